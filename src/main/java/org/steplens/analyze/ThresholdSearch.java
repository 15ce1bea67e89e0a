package org.steplens.analyze;

import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * The step-probability threshold that maximises ProcessBench F1 on a set of labelled records — exactly, not on a
 * grid. A record is predicted right for thresholds in an interval: an erroneous record with first error L for
 * t in (p[L], min p[0..L-1]], a correct record for t ≤ min p. F1 is therefore constant between interval ends, so
 * checking every end (and just above every open end) finds the maximum. Ties go to the threshold closest to 0.5.
 */
public final class ThresholdSearch {
    private ThresholdSearch() {
    }

    /**
     * The chosen threshold and what it achieves on the records it was chosen on.
     *
     * @param threshold         in [0, 1]
     * @param f1                ProcessBench F1 there
     * @param accuracyErroneous accuracy on erroneous records
     * @param accuracyCorrect   accuracy on correct records
     */
    public record Choice(double threshold, double f1, double accuracyErroneous, double accuracyCorrect) {
    }

    public static Choice bestF1(List<LabelledSteps> records) {
        int erroneous = 0;
        int correct = 0;
        double[] los = new double[records.size()];
        double[] his = new double[records.size()];
        double[] correctMins = new double[records.size()];
        int intervals = 0;
        TreeSet<Double> candidates = new TreeSet<>(List.of(0.0, 0.5, 1.0));
        for (LabelledSteps r : records) {
            double[] p = r.probabilities();
            if (r.label() < 0) {
                correctMins[correct++] = minBefore(p, p.length);
                candidates.add(clip(correctMins[correct - 1]));
                continue;
            }
            erroneous++;
            if (r.label() >= p.length || Double.isNaN(p[r.label()])) {
                continue; // never predicted right
            }
            double lo = p[r.label()];
            double hi = minBefore(p, r.label());
            if (lo < hi) {
                los[intervals] = lo;
                his[intervals++] = hi;
                candidates.add(clip(hi));
                candidates.add(clip(Math.nextUp(lo)));
            }
        }
        los = Arrays.copyOf(los, intervals);
        his = Arrays.copyOf(his, intervals);
        correctMins = Arrays.copyOf(correctMins, correct);
        Arrays.sort(los);
        Arrays.sort(his);
        Arrays.sort(correctMins);
        Choice best = null;
        for (double t : candidates) {
            int hitsE = countBelow(los, t) - countBelow(his, t);
            int hitsC = correct - countBelow(correctMins, t);
            double accE = erroneous == 0 ? 0 : (double) hitsE / erroneous;
            double accC = correct == 0 ? 0 : (double) hitsC / correct;
            Choice c = new Choice(t, SubsetMetrics.harmonicMean(accE, accC), accE, accC);
            if (best == null || c.f1() > best.f1()
                    || (c.f1() == best.f1() && Math.abs(t - 0.5) < Math.abs(best.threshold() - 0.5))) {
                best = c;
            }
        }
        return best;
    }

    /** The smallest non-NaN probability among the first {@code end} steps; +inf when there is none. */
    private static double minBefore(double[] p, int end) {
        double m = Double.POSITIVE_INFINITY;
        for (int i = 0; i < end; i++) {
            if (p[i] < m) {
                m = p[i];
            }
        }
        return m;
    }

    private static double clip(double t) {
        return Math.max(0, Math.min(1, t));
    }

    /** How many sorted values are strictly below t. */
    private static int countBelow(double[] sorted, double t) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
