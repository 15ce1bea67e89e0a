package org.steplens.analyze;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.steplens.model.Dataset;
import org.steplens.model.Problem;
import org.steplens.model.Solution;
import org.steplens.select.StepScoring;

/**
 * Area under the ROC curve: the probability that a random correct step scores above a random wrong one (ties
 * count half), by the rank-sum (Mann–Whitney) formula with tied ranks averaged.
 */
public final class Auroc {
    private Auroc() {
    }

    /** NaN unless both classes are present. */
    public static double of(double[] scores, boolean[] positive) {
        if (scores.length != positive.length) {
            throw new IllegalArgumentException(scores.length + " scores for " + positive.length + " labels");
        }
        int n = scores.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
        double rankSumPositive = 0;
        long positives = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && scores[order[j + 1]] == scores[order[i]]) {
                j++;
            }
            double averageRank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (positive[order[k]]) {
                    rankSumPositive += averageRank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = n - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (rankSumPositive - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    /** Step probabilities of a scorer against human step verdicts ({@link StepTruth}); NaN without both classes. */
    public static double ofSteps(Dataset dataset, StepScoring scoring, boolean neutralIsCorrect) {
        List<Double> scores = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        for (Problem problem : dataset.problems()) {
            for (Solution s : problem.solutions()) {
                byte[] truth = StepTruth.of(s, neutralIsCorrect);
                double[] p = scoring.probabilities(s);
                if (truth == null || p.length == 0) {
                    continue;
                }
                for (int i = 0; i < Math.min(p.length, truth.length); i++) {
                    if (truth[i] != StepTruth.UNKNOWN && !Double.isNaN(p[i])) {
                        scores.add(p[i]);
                        labels.add(truth[i] == StepTruth.RIGHT);
                    }
                }
            }
        }
        double[] sc = new double[scores.size()];
        boolean[] lb = new boolean[scores.size()];
        for (int i = 0; i < sc.length; i++) {
            sc[i] = scores.get(i);
            lb[i] = labels.get(i);
        }
        return of(sc, lb);
    }
}
