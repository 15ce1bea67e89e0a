package org.steplens.ui.probe;

import java.util.Arrays;
import java.util.List;

/**
 * Which original step each step of a variant stands for, so that every step can show its change: steps with the same
 * text are matched in order (longest common subsequence); between two matches, the remaining steps pair up in order
 * (edited steps), and the rest are inserted (no original) or deleted.
 */
final class StepAlignment {
    private StepAlignment() {
    }

    /** For each variant step, the index of its original step, or -1 for an inserted step. */
    static int[] originalOf(List<String> original, List<String> variant) {
        int n = original.size();
        int m = variant.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = original.get(i).equals(variant.get(j)) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int[] out = new int[m];
        Arrays.fill(out, -1);
        int i = 0;
        int j = 0;
        int gapI = 0; // first unmatched original step of the current gap
        int gapJ = 0;
        while (i < n && j < m) {
            if (original.get(i).equals(variant.get(j))) {
                pairGap(out, gapI, i, gapJ, j);
                out[j] = i;
                i++;
                j++;
                gapI = i;
                gapJ = j;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        pairGap(out, gapI, n, gapJ, m);
        return out;
    }

    private static void pairGap(int[] out, int fromI, int toI, int fromJ, int toJ) {
        for (int k = 0; fromI + k < toI && fromJ + k < toJ; k++) {
            out[fromJ + k] = fromI + k;
        }
    }
}
