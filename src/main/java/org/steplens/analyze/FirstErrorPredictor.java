package org.steplens.analyze;

import java.util.OptionalInt;
import org.steplens.model.Solution;
import org.steplens.select.StepScoring;

/**
 * The predicted first incorrect step: the first step whose probability is below the threshold, or
 * {@link Solution#NO_ERROR} when none is.
 */
public final class FirstErrorPredictor {
    /** The usual threshold when the user picks none. */
    public static final double DEFAULT_THRESHOLD = 0.5;

    private FirstErrorPredictor() {
    }

    /** On an array of step probabilities; NaN steps (unscored) never count as errors. */
    public static int predict(double[] stepProbabilities, double threshold) {
        for (int i = 0; i < stepProbabilities.length; i++) {
            if (StepScoring.flagged(stepProbabilities[i], threshold)) {
                return i;
            }
        }
        return Solution.NO_ERROR;
    }

    /** On a solution's step probabilities under the scoring; empty when the scorer scored none of its steps. */
    public static OptionalInt predict(Solution solution, StepScoring scoring, double threshold) {
        double[] p = scoring.probabilities(solution);
        return p.length == 0 ? OptionalInt.empty() : OptionalInt.of(predict(p, threshold));
    }
}
