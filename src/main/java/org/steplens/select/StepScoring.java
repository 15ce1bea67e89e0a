package org.steplens.select;

import java.util.Arrays;
import java.util.Objects;
import org.steplens.model.ScorerNames;
import org.steplens.model.Solution;
import org.steplens.select.PrmAggregation.NeutralPolicy;

/**
 * The one rule for "the step probabilities of this solution under these settings": which step scorer, and how a
 * three-way PRM's neutral rating counts. Colours, first-error marks, failure flags, aggregation and every metric
 * read step probabilities through {@link #probabilities}, so they can never disagree.
 *
 * @param scorer  the step scorer's name
 * @param neutral whether P(0) of a three-way PRM counts towards P(correct)
 */
public record StepScoring(String scorer, NeutralPolicy neutral) {

    public StepScoring {
        Objects.requireNonNull(scorer, "scorer");
        Objects.requireNonNull(neutral, "neutral");
    }

    /** The named scorer with neutral counted as correct (the convention of the released scores). */
    public static StepScoring of(String scorer) {
        return new StepScoring(scorer, NeutralPolicy.POSITIVE);
    }

    /** The step scorer and neutral policy of selection settings. */
    public static StepScoring of(SelectionSettings settings) {
        return new StepScoring(settings.prmScorer(), settings.aggregation().neutral());
    }

    /**
     * P(correct) per step: one entry per step, NaN where the scorer did not score that step; an empty array when
     * the scorer scored none of this solution. Three-way probabilities belong to the file's own PRM, so the neutral
     * policy applies to scorer "prm" only; any other scorer's probabilities are read as stored.
     */
    public double[] probabilities(Solution solution) {
        int n = solution.stepCount();
        if (ScorerNames.PRM.equals(scorer) && solution.hasThreeWay() && n > 0) {
            double[] p = new double[n];
            for (int i = 0; i < n; i++) {
                var tw = solution.threeWay(i).orElseThrow();
                p[i] = neutral == NeutralPolicy.POSITIVE ? tw.neutralAsPositive() : tw.neutralAsNegative();
            }
            return p;
        }
        double[] stored = solution.stepProbabilities().get(scorer).orElse(null);
        if (stored == null) {
            return new double[0];
        }
        if (stored.length == n) {
            return stored;
        }
        // a stored array of the wrong length (hand-edited file): unscored beyond its end, extra entries ignored
        double[] p = new double[n];
        Arrays.fill(p, Double.NaN);
        System.arraycopy(stored, 0, p, 0, Math.min(n, stored.length));
        return p;
    }

    /**
     * The one flag rule: a step is predicted incorrect when its probability is strictly below the threshold; an
     * unscored step (NaN) never is. Marks, colours' captions, metrics and labels all ask this.
     */
    public static boolean flagged(double probability, double threshold) {
        return probability < threshold;
    }

    /** Whether the scorer scored every step of the solution (and it has steps). */
    public static boolean complete(double[] probabilities) {
        if (probabilities.length == 0) {
            return false;
        }
        for (double v : probabilities) {
            if (Double.isNaN(v)) {
                return false;
            }
        }
        return true;
    }
}
