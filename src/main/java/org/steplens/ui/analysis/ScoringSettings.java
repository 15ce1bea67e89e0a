package org.steplens.ui.analysis;

import java.util.Objects;
import org.steplens.model.ScorerNames;

/**
 * What the user chose in the toolbar: which step scorer, how to aggregate, how to count neutral steps, and the
 * first-error threshold.
 *
 * @param stepScorer        the step scorer's name ({@code prm} for scores that came with the file)
 * @param aggregation       product, minimum or last step
 * @param neutralAsPositive whether a neutral step (three-way PRMs) counts as correct
 * @param threshold         a step with P(correct) below this is predicted incorrect
 */
public record ScoringSettings(String stepScorer, Aggregation aggregation, boolean neutralAsPositive, double threshold) {

    public static final ScoringSettings DEFAULT = new ScoringSettings(ScorerNames.PRM, Aggregation.PRODUCT, true, 0.5);

    public ScoringSettings {
        Objects.requireNonNull(stepScorer, "stepScorer");
        Objects.requireNonNull(aggregation, "aggregation");
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in [0, 1], got " + threshold);
        }
    }

    public ScoringSettings withThreshold(double value) {
        return new ScoringSettings(stepScorer, aggregation, neutralAsPositive, value);
    }

    public ScoringSettings withAggregation(Aggregation value) {
        return new ScoringSettings(stepScorer, value, neutralAsPositive, threshold);
    }

    public ScoringSettings withNeutralAsPositive(boolean value) {
        return new ScoringSettings(stepScorer, aggregation, value, threshold);
    }

    public ScoringSettings withStepScorer(String value) {
        return new ScoringSettings(value, aggregation, neutralAsPositive, threshold);
    }
}
