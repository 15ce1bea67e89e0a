package org.steplens.ui.session;

import java.util.Locale;
import java.util.Objects;
import org.steplens.model.ScorerNames;
import org.steplens.select.PrmAggregation;
import org.steplens.select.PrmAggregation.NeutralPolicy;
import org.steplens.select.PrmAggregation.Reduction;

/**
 * The one set of analysis choices a window works under: which step scorer, how step probabilities aggregate into a
 * solution score, how neutral steps count, and the first-error threshold. The inspector, the best-of-N tab and the
 * first-error panel all read this value from the {@link Session} and change it through
 * {@link Session#changeSettings}; it is immutable, so a change is a new value (and an undoable command).
 *
 * @param stepScorer    the step scorer's name ({@code prm} for scores that came with the file)
 * @param reduction     product, minimum or last step
 * @param neutralPolicy whether a neutral step (three-way PRMs) counts as correct
 * @param threshold     a step with P(correct) below this is predicted incorrect, in [0, 1]
 */
public record AnalysisSettings(String stepScorer, Reduction reduction, NeutralPolicy neutralPolicy, double threshold) {

    /** The paper's convention: the file's PRM, product, neutral counted as correct, threshold 0.5. */
    public static final AnalysisSettings DEFAULT = new AnalysisSettings(ScorerNames.PRM, Reduction.PRODUCT,
            NeutralPolicy.POSITIVE, 0.5);

    public AnalysisSettings {
        Objects.requireNonNull(stepScorer, "stepScorer");
        Objects.requireNonNull(reduction, "reduction");
        Objects.requireNonNull(neutralPolicy, "neutralPolicy");
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in [0, 1], got " + threshold);
        }
    }

    /** The selection engine's aggregation for these settings. */
    public PrmAggregation aggregation() {
        return new PrmAggregation(reduction, neutralPolicy);
    }

    public boolean neutralAsPositive() {
        return neutralPolicy == NeutralPolicy.POSITIVE;
    }

    public AnalysisSettings withThreshold(double value) {
        return new AnalysisSettings(stepScorer, reduction, neutralPolicy, value);
    }

    public AnalysisSettings withReduction(Reduction value) {
        return new AnalysisSettings(stepScorer, value, neutralPolicy, threshold);
    }

    public AnalysisSettings withNeutralPolicy(NeutralPolicy value) {
        return new AnalysisSettings(stepScorer, reduction, value, threshold);
    }

    public AnalysisSettings withNeutralAsPositive(boolean value) {
        return withNeutralPolicy(value ? NeutralPolicy.POSITIVE : NeutralPolicy.NEGATIVE);
    }

    /** Reduction and neutral policy at once, e.g. from the best-of-N tab's aggregation choice. */
    public AnalysisSettings withAggregation(PrmAggregation value) {
        return new AnalysisSettings(stepScorer, value.reduction(), value.neutral(), threshold);
    }

    public AnalysisSettings withStepScorer(String value) {
        return new AnalysisSettings(value, reduction, neutralPolicy, threshold);
    }

    /**
     * What changed from {@code before} to this value, as an Edit menu says it ("threshold 0.35", "aggregation
     * min-neutral-positive", "scorer tiny-prm"); "settings" when several things changed, "" when nothing did.
     */
    public String describeChangeFrom(AnalysisSettings before) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (!stepScorer.equals(before.stepScorer)) {
            parts.add("scorer " + stepScorer);
        }
        if (reduction != before.reduction) {
            parts.add("aggregation " + reduction.name().toLowerCase(Locale.ROOT));
        }
        if (neutralPolicy != before.neutralPolicy) {
            parts.add(neutralAsPositive() ? "neutral counts as correct" : "neutral counts as incorrect");
        }
        if (threshold != before.threshold) {
            parts.add(String.format(Locale.ROOT, "threshold %.2f", threshold));
        }
        return parts.size() == 1 ? parts.get(0) : parts.isEmpty() ? "" : "settings";
    }
}
