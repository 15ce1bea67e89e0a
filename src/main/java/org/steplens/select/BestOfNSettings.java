package org.steplens.select;

import java.util.Arrays;
import java.util.List;

/**
 * Best-of-N simulation settings.
 *
 * @param methods the methods to simulate (at most 8)
 * @param nValues the sample counts, ascending, without repeats
 * @param trials  shuffles per problem
 * @param seed    the seed; results depend only on it (and the data), not on the thread count
 * @param threads worker threads; 0 means one per available processor
 */
public record BestOfNSettings(List<SelectionMethod> methods, int[] nValues, int trials, long seed, int threads) {

    /** The paper's N values (Lightman et al. 2023 evaluation). */
    public static final int[] PAPER_N = {10, 25, 50, 75, 100, 200, 300, 400, 500, 750, 1000, 1250, 1500, 1860};
    public static final int PAPER_TRIALS = 400;

    public BestOfNSettings {
        methods = List.copyOf(methods);
        if (methods.isEmpty() || methods.size() > 8) {
            throw new IllegalArgumentException("between 1 and 8 methods, got " + methods.size());
        }
        if (methods.stream().distinct().count() != methods.size()) {
            throw new IllegalArgumentException("methods repeat: " + methods);
        }
        nValues = nValues.clone();
        if (nValues.length == 0) {
            throw new IllegalArgumentException("no N values");
        }
        for (int i = 0; i < nValues.length; i++) {
            if (nValues[i] < 1 || (i > 0 && nValues[i] <= nValues[i - 1])) {
                throw new IllegalArgumentException("N values must be positive and ascending: " + Arrays.toString(nValues));
            }
        }
        if (trials < 1) {
            throw new IllegalArgumentException("trials must be at least 1, got " + trials);
        }
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be 0 (automatic) or more, got " + threads);
        }
    }

    /** The paper's protocol: its N grid, 400 trials, seed 0, all processors. */
    public static BestOfNSettings paper(List<SelectionMethod> methods) {
        return new BestOfNSettings(methods, PAPER_N, PAPER_TRIALS, 0L, 0);
    }

    @Override
    public int[] nValues() {
        return nValues.clone();
    }

    public int largestN() {
        return nValues[nValues.length - 1];
    }

    public int effectiveThreads() {
        return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
    }

    public BestOfNSettings withTrials(int value) {
        return new BestOfNSettings(methods, nValues, value, seed, threads);
    }

    public BestOfNSettings withSeed(long value) {
        return new BestOfNSettings(methods, nValues, trials, value, threads);
    }

    public BestOfNSettings withThreads(int value) {
        return new BestOfNSettings(methods, nValues, trials, seed, value);
    }

    public BestOfNSettings withNValues(int[] value) {
        return new BestOfNSettings(methods, value, trials, seed, threads);
    }

    /**
     * The default N grid for pools of {@code largestPool} samples: the paper's grid when pools reach 1,860; else
     * powers of two below the largest pool, and the pool itself.
     */
    public static int[] defaultGrid(int largestPool) {
        int largest = Math.max(1, largestPool);
        if (largest >= PAPER_N[PAPER_N.length - 1]) {
            return PAPER_N.clone();
        }
        java.util.List<Integer> grid = new java.util.ArrayList<>();
        for (int n = 1; n < largest; n *= 2) {
            grid.add(n);
        }
        grid.add(largest);
        return grid.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Parses "10,25,50" into a sorted array without repeats. */
    public static int[] parseNValues(String text) {
        try {
            int[] n = Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                    .mapToInt(Integer::parseInt).sorted().distinct().toArray();
            if (n.length == 0 || n[0] < 1) {
                throw new IllegalArgumentException("N values must be positive integers, got '" + text + "'");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("N values must be positive integers, got '" + text + "'");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BestOfNSettings s && methods.equals(s.methods) && Arrays.equals(nValues, s.nValues)
                && trials == s.trials && seed == s.seed && threads == s.threads;
    }

    @Override
    public int hashCode() {
        return methods.hashCode() * 31 + Arrays.hashCode(nValues) + trials * 7 + Long.hashCode(seed);
    }

    @Override
    public String toString() {
        return "BestOfNSettings[methods=" + methods + ", n=" + Arrays.toString(nValues) + ", trials=" + trials
                + ", seed=" + seed + ", threads=" + threads + "]";
    }
}
