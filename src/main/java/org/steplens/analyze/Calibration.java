package org.steplens.analyze;

import java.util.ArrayList;
import java.util.List;
import org.steplens.model.Dataset;
import org.steplens.model.Problem;
import org.steplens.model.Solution;
import org.steplens.select.StepScoring;

/**
 * How well step probabilities match how often humans call the step correct, in equal-width bins, with the
 * expected calibration error (bin-size-weighted mean |observed - predicted|). Only steps with a known human
 * verdict (see {@link StepTruth}) and a probability count.
 *
 * @param bins the bins, from [0, 1/k) up to [(k-1)/k, 1]
 * @param ece  expected calibration error; NaN when no step counted
 * @param steps the number of steps that counted
 */
public record Calibration(List<Bin> bins, double ece, long steps) {

    /**
     * One bin.
     *
     * @param lower         inclusive lower edge
     * @param upper         upper edge (inclusive for the last bin)
     * @param count         steps in the bin
     * @param meanPredicted their mean probability (NaN when empty)
     * @param observed      the share of them humans call correct (NaN when empty)
     */
    public record Bin(double lower, double upper, long count, double meanPredicted, double observed) {
    }

    public Calibration {
        bins = List.copyOf(bins);
    }

    public static Calibration of(Dataset dataset, StepScoring scoring, int binCount, boolean neutralIsCorrect) {
        if (binCount < 1) {
            throw new IllegalArgumentException("bins must be at least 1, got " + binCount);
        }
        long[] count = new long[binCount];
        double[] sumP = new double[binCount];
        long[] right = new long[binCount];
        for (Problem problem : dataset.problems()) {
            for (Solution s : problem.solutions()) {
                byte[] truth = StepTruth.of(s, neutralIsCorrect);
                double[] p = scoring.probabilities(s);
                if (truth == null || p.length == 0) {
                    continue;
                }
                for (int i = 0; i < Math.min(p.length, truth.length); i++) {
                    if (truth[i] == StepTruth.UNKNOWN || Double.isNaN(p[i])) {
                        continue;
                    }
                    int b = Math.min(binCount - 1, Math.max(0, (int) (p[i] * binCount)));
                    count[b]++;
                    sumP[b] += p[i];
                    right[b] += truth[i] == StepTruth.RIGHT ? 1 : 0;
                }
            }
        }
        long total = 0;
        for (long c : count) {
            total += c;
        }
        List<Bin> bins = new ArrayList<>();
        double ece = 0;
        for (int b = 0; b < binCount; b++) {
            double mean = count[b] == 0 ? Double.NaN : sumP[b] / count[b];
            double obs = count[b] == 0 ? Double.NaN : (double) right[b] / count[b];
            bins.add(new Bin((double) b / binCount, (double) (b + 1) / binCount, count[b], mean, obs));
            if (count[b] > 0) {
                ece += (double) count[b] / total * Math.abs(obs - mean);
            }
        }
        return new Calibration(bins, total == 0 ? Double.NaN : ece, total);
    }
}
