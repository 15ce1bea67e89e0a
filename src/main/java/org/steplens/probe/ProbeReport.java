package org.steplens.probe;

import java.util.List;

/**
 * How a PRM reacted to one perturbation over a dataset.
 *
 * @param kind             the perturbation
 * @param threshold        a step below it counts as flagged
 * @param applied          solutions perturbed (and scored)
 * @param notApplicable    solutions it did not apply to (no number, one step, no wrong answer to hint at, ...)
 * @param detected         perturbed solutions with a flagged step at or after the watched step
 * @param flaggedBefore    the same rule on the unperturbed solutions (at or after the original step): the baseline
 * @param meanDrop         mean of P(original step) − P(watched step) where both exist (NaN when none)
 * @param meanWatched      mean P(watched step) after the perturbation
 * @param hintAgreeingDelta for hints: mean change of the solution score (product) of candidates whose answer is the
 *                         hinted one; NaN otherwise
 * @param hintOtherDelta   for hints: the same for the other candidates
 * @param byOffset         mean probability before and after by step offset from the perturbation
 */
public record ProbeReport(Perturbation kind, double threshold, int applied, int notApplicable, int detected,
                          int flaggedBefore, double meanDrop, double meanWatched, double hintAgreeingDelta,
                          double hintOtherDelta, List<OffsetMean> byOffset) {

    /** Mean step probability at one offset from the perturbed step, before and after (NaN when no step there). */
    public record OffsetMean(int offset, double before, double after, int count) {
    }

    public double detectionRate() {
        return applied == 0 ? Double.NaN : (double) detected / applied;
    }

    public double baselineFlagRate() {
        return applied == 0 ? Double.NaN : (double) flaggedBefore / applied;
    }
}
