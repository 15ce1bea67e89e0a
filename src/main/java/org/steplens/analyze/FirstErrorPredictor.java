package org.steplens.analyze;

import java.util.OptionalInt;
import org.steplens.model.Solution;

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
            if (stepProbabilities[i] < threshold) {
                return i;
            }
        }
        return Solution.NO_ERROR;
    }

    /** On a solution, by the named step scorer; empty when that scorer has no probabilities for it. */
    public static OptionalInt predict(Solution solution, String scorer, double threshold) {
        return solution.stepProbabilities().get(scorer)
                .map(p -> OptionalInt.of(predict(p, threshold)))
                .orElse(OptionalInt.empty());
    }
}
