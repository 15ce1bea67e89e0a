package org.steplens.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Aligns the steps of two solutions by content (Needleman–Wunsch): identical and near-identical steps share a row,
 * an inserted step faces a gap, and two steps less similar than the floor are never paired, so unrelated solutions
 * do not claim false pairs. Similarity is the Jaccard index of normalised tokens.
 */
public final class StepAlignment {
    /** Steps less similar than this are never paired. */
    public static final double DEFAULT_FLOOR = 0.35;
    /** The cost of leaving a step unpaired. */
    public static final double DEFAULT_GAP = 0.1;
    /** Solutions longer than this are aligned row by row (keeps the quadratic table bounded). */
    static final int MAX_STEPS = 2000;

    /**
     * One row of the alignment.
     *
     * @param left       step index on the left, or -1 for a gap
     * @param right      step index on the right, or -1 for a gap
     * @param similarity the pair's similarity (0 for a gap)
     */
    public record Row(int left, int right, double similarity) {
        public boolean isPair() {
            return left >= 0 && right >= 0;
        }

        /** A pair of steps whose normalised tokens are the same. */
        public boolean isIdentical() {
            return isPair() && similarity >= 1.0;
        }
    }

    private StepAlignment() {
    }

    public static List<Row> align(List<String> left, List<String> right) {
        return align(left, right, DEFAULT_FLOOR, DEFAULT_GAP);
    }

    public static List<Row> align(List<String> left, List<String> right, double floor, double gap) {
        int n = left.size();
        int m = right.size();
        if ((long) n * m > (long) MAX_STEPS * MAX_STEPS / 4) {
            return byPosition(n, m);
        }
        List<Set<String>> a = left.stream().map(StepTokens::set).toList();
        List<Set<String>> b = right.stream().map(StepTokens::set).toList();
        double[][] sim = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                sim[i][j] = StepTokens.jaccard(a.get(i), b.get(j));
            }
        }
        double[][] best = new double[n + 1][m + 1];
        for (int i = 1; i <= n; i++) {
            best[i][0] = best[i - 1][0] - gap;
        }
        for (int j = 1; j <= m; j++) {
            best[0][j] = best[0][j - 1] - gap;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                double pair = sim[i - 1][j - 1] >= floor ? best[i - 1][j - 1] + sim[i - 1][j - 1]
                        : Double.NEGATIVE_INFINITY;
                best[i][j] = Math.max(pair, Math.max(best[i - 1][j] - gap, best[i][j - 1] - gap));
            }
        }
        List<Row> rows = new ArrayList<>();
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            if (i > 0 && j > 0 && sim[i - 1][j - 1] >= floor
                    && best[i][j] == best[i - 1][j - 1] + sim[i - 1][j - 1]) {
                rows.add(new Row(i - 1, j - 1, sim[i - 1][j - 1]));
                i--;
                j--;
            } else if (i > 0 && best[i][j] == best[i - 1][j] - gap) {
                rows.add(new Row(i - 1, -1, 0));
                i--;
            } else {
                rows.add(new Row(-1, j - 1, 0));
                j--;
            }
        }
        Collections.reverse(rows);
        return rows;
    }

    /** The first row that is not a pair of identical steps, or -1 when the solutions are the same step for step. */
    public static int firstDivergence(List<Row> rows) {
        for (int r = 0; r < rows.size(); r++) {
            if (!rows.get(r).isIdentical()) {
                return r;
            }
        }
        return -1;
    }

    /** Mean similarity over rows, gaps counting 0: 1 for equal solutions, 0 for unrelated ones. */
    public static double meanSimilarity(List<Row> rows) {
        if (rows.isEmpty()) {
            return 1;
        }
        double sum = 0;
        for (Row r : rows) {
            sum += r.similarity();
        }
        return sum / rows.size();
    }

    private static List<Row> byPosition(int n, int m) {
        List<Row> rows = new ArrayList<>();
        for (int k = 0; k < Math.max(n, m); k++) {
            rows.add(new Row(k < n ? k : -1, k < m ? k : -1, 0));
        }
        return rows;
    }
}
