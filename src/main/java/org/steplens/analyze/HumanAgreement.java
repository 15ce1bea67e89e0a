package org.steplens.analyze;

import java.util.OptionalInt;
import org.steplens.model.Dataset;
import org.steplens.model.Problem;
import org.steplens.model.Solution;
import org.steplens.select.StepScoring;

/**
 * How a scorer's first errors (at a threshold) compare with the human ones, and how often its step verdicts
 * (probability ≥ threshold means correct) agree with human step verdicts.
 *
 * @param solutions      solutions with both a human first error and the scorer's probabilities
 * @param sameFirstError the predicted first error equals the human one (including both "no error")
 * @param earlier        the prediction flags a step before the human first error (or flags one when humans saw none)
 * @param later          the prediction is later than the human first error, or finds none when humans did
 * @param stepsCompared  steps with a known human verdict and a probability
 * @param stepsAgreeing  of those, steps where thresholded probability and human verdict agree
 */
public record HumanAgreement(int solutions, int sameFirstError, int earlier, int later, long stepsCompared,
                             long stepsAgreeing) {

    public double firstErrorAgreement() {
        return solutions == 0 ? Double.NaN : (double) sameFirstError / solutions;
    }

    public double stepAgreement() {
        return stepsCompared == 0 ? Double.NaN : (double) stepsAgreeing / stepsCompared;
    }

    public static HumanAgreement of(Dataset dataset, StepScoring scoring, double threshold, boolean neutralIsCorrect) {
        int solutions = 0;
        int same = 0;
        int earlier = 0;
        int later = 0;
        long compared = 0;
        long agreeing = 0;
        for (Problem problem : dataset.problems()) {
            for (Solution s : problem.solutions()) {
                OptionalInt human = s.humanFirstError();
                double[] p = scoring.probabilities(s);
                if (human.isEmpty() || p.length == 0) {
                    continue;
                }
                solutions++;
                int h = human.getAsInt();
                int predicted = FirstErrorPredictor.predict(p, threshold);
                if (predicted == h) {
                    same++;
                } else if (isLater(predicted, h)) {
                    later++;
                } else {
                    earlier++;
                }
                byte[] truth = StepTruth.of(s, neutralIsCorrect);
                for (int i = 0; truth != null && i < Math.min(p.length, truth.length); i++) {
                    if (truth[i] != StepTruth.UNKNOWN && !Double.isNaN(p[i])) {
                        compared++;
                        agreeing += (p[i] >= threshold) == (truth[i] == StepTruth.RIGHT) ? 1 : 0;
                    }
                }
            }
        }
        return new HumanAgreement(solutions, same, earlier, later, compared, agreeing);
    }

    /** Whether a predicted first error comes after the human one; "no error" (-1) is later than any step. */
    static boolean isLater(int predicted, int human) {
        if (human < 0) {
            return false;
        }
        return predicted < 0 || predicted > human;
    }
}
