package org.steplens.select;

import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of a best-of-N simulation: accuracy mean and standard deviation per (method, N), and which
 * problems each method solved in each trial (so a view can ask where methods disagree).
 */
public final class BestOfNResult {
    private final List<String> problemIds;
    private final List<SelectionMethod> methods;
    private final int[] nValues;
    private final int trials;
    private final int slotCount;
    /** One byte per (problem, trial, N index), bit m set when method m solved it. */
    private final byte[] solved;
    private final double[][] mean;
    private final double[][] std;

    BestOfNResult(List<String> problemIds, List<SelectionMethod> methods, int[] nValues, int trials, int slotCount,
                  byte[] solved) {
        this.problemIds = List.copyOf(problemIds);
        this.methods = List.copyOf(methods);
        this.nValues = nValues.clone();
        this.trials = trials;
        this.slotCount = slotCount;
        this.solved = solved;
        this.mean = new double[methods.size()][nValues.length];
        this.std = new double[methods.size()][nValues.length];
        summarise();
    }

    private void summarise() {
        int problems = problemIds.size();
        int nCount = nValues.length;
        int[][][] counts = new int[methods.size()][nCount][trials];
        for (int p = 0; p < problems; p++) {
            for (int t = 0; t < trials; t++) {
                int base = (p * trials + t) * nCount;
                for (int k = 0; k < nCount; k++) {
                    int bits = solved[base + k];
                    for (int m = 0; bits != 0; m++, bits >>>= 1) {
                        counts[m][k][t] += bits & 1;
                    }
                }
            }
        }
        // From integer counts, so that equal trials give exactly the count's ratio and a standard deviation of 0.
        for (int m = 0; m < methods.size(); m++) {
            for (int k = 0; k < nCount; k++) {
                long sum = 0;
                long squares = 0;
                for (int t = 0; t < trials; t++) {
                    long c = counts[m][k][t];
                    sum += c;
                    squares += c * c;
                }
                double scale = (double) trials * Math.max(1, problems);
                mean[m][k] = sum / scale;
                std[m][k] = Math.sqrt(Math.max(0, (double) (trials * squares - sum * sum))) / scale;
            }
        }
    }

    public List<SelectionMethod> methods() {
        return methods;
    }

    public int[] nValues() {
        return nValues.clone();
    }

    public int trials() {
        return trials;
    }

    public int problemCount() {
        return problemIds.size();
    }

    public List<String> problemIds() {
        return problemIds;
    }

    /** P: the number of slots each problem's pool was padded to. */
    public int slotCount() {
        return slotCount;
    }

    /** Mean accuracy (0–1) over trials. */
    public double mean(SelectionMethod method, int nIndex) {
        return mean[methodIndex(method)][nIndex];
    }

    /** Population standard deviation of accuracy over trials. */
    public double std(SelectionMethod method, int nIndex) {
        return std[methodIndex(method)][nIndex];
    }

    /** Accuracy of each trial. */
    public double[] trialAccuracies(SelectionMethod method, int nIndex) {
        int m = methodIndex(method);
        double[] acc = new double[trials];
        for (int p = 0; p < problemIds.size(); p++) {
            for (int t = 0; t < trials; t++) {
                acc[t] += (solved[(p * trials + t) * nValues.length + nIndex] >>> m) & 1;
            }
        }
        for (int t = 0; t < trials; t++) {
            acc[t] /= Math.max(1, problemIds.size());
        }
        return acc;
    }

    public boolean solved(SelectionMethod method, int nIndex, int problem, int trial) {
        return ((solved[(problem * trials + trial) * nValues.length + nIndex] >>> methodIndex(method)) & 1) != 0;
    }

    /** The fraction of trials in which the method solved the problem at N. */
    public double solveRate(SelectionMethod method, int nIndex, int problem) {
        int m = methodIndex(method);
        int count = 0;
        for (int t = 0; t < trials; t++) {
            count += (solved[(problem * trials + t) * nValues.length + nIndex] >>> m) & 1;
        }
        return (double) count / trials;
    }

    /**
     * Problems on which two methods' solve rates at N differ by at least {@code minGap} (0–1), largest gap first
     * (ties in problem order). With {@code minGap} just above 0 this is every problem where they ever disagree
     * on average.
     */
    public List<Disagreement> disagreements(SelectionMethod a, SelectionMethod b, int nIndex, double minGap) {
        List<Disagreement> out = new ArrayList<>();
        for (int p = 0; p < problemIds.size(); p++) {
            double ra = solveRate(a, nIndex, p);
            double rb = solveRate(b, nIndex, p);
            if (Math.abs(ra - rb) >= minGap && ra != rb) {
                out.add(new Disagreement(p, problemIds.get(p), ra, rb));
            }
        }
        out.sort((x, y) -> Double.compare(Math.abs(y.rateA() - y.rateB()), Math.abs(x.rateA() - x.rateB())));
        return out;
    }

    /** Index of an N value in {@link #nValues()}, or -1. */
    public int nIndex(int n) {
        for (int k = 0; k < nValues.length; k++) {
            if (nValues[k] == n) {
                return k;
            }
        }
        return -1;
    }

    private int methodIndex(SelectionMethod method) {
        int m = methods.indexOf(method);
        if (m < 0) {
            throw new IllegalArgumentException(method + " was not simulated; simulated: " + methods);
        }
        return m;
    }

    /**
     * A problem on which two methods fare differently.
     *
     * @param problem   index into the dataset's problems
     * @param problemId its id
     * @param rateA     the first method's solve rate over trials
     * @param rateB     the second method's
     */
    public record Disagreement(int problem, String problemId, double rateA, double rateB) {
    }
}
