package org.steplens.ui.analysis;

import java.util.Objects;
import org.steplens.model.ScorerNames;
import org.steplens.select.PrmAggregation;
import org.steplens.select.PrmAggregation.NeutralPolicy;
import org.steplens.select.PrmAggregation.Reduction;

/**
 * What the user chose in the toolbar: which step scorer, how to aggregate, how to count neutral steps, and the
 * first-error threshold.
 *
 * @param stepScorer        the step scorer's name ({@code prm} for scores that came with the file)
 * @param reduction         product, minimum or last step
 * @param neutralAsPositive whether a neutral step (three-way PRMs) counts as correct
 * @param threshold         a step with P(correct) below this is predicted incorrect
 */
public record ScoringSettings(String stepScorer, Reduction reduction, boolean neutralAsPositive, double threshold) {

    public static final ScoringSettings DEFAULT = new ScoringSettings(ScorerNames.PRM, Reduction.PRODUCT, true, 0.5);

    public ScoringSettings {
        Objects.requireNonNull(stepScorer, "stepScorer");
        Objects.requireNonNull(reduction, "reduction");
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in [0, 1], got " + threshold);
        }
    }

    /** The selection engine's aggregation for these settings. */
    public PrmAggregation aggregation() {
        return new PrmAggregation(reduction, neutralAsPositive ? NeutralPolicy.POSITIVE : NeutralPolicy.NEGATIVE);
    }

    public ScoringSettings withThreshold(double value) {
        return new ScoringSettings(stepScorer, reduction, neutralAsPositive, value);
    }

    public ScoringSettings withReduction(Reduction value) {
        return new ScoringSettings(stepScorer, value, neutralAsPositive, threshold);
    }

    public ScoringSettings withNeutralAsPositive(boolean value) {
        return new ScoringSettings(stepScorer, reduction, value, threshold);
    }

    public ScoringSettings withStepScorer(String value) {
        return new ScoringSettings(value, reduction, neutralAsPositive, threshold);
    }
}
