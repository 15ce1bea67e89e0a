package org.steplens.select;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlotShuffleTest {

    @Test
    void everyOrderOfFourSlotsIsEquallyLikely() {
        Map<String, Integer> counts = new HashMap<>();
        int trials = 48_000;
        for (int t = 0; t < trials; t++) {
            counts.merge(Arrays.toString(SlotShuffle.permutation(4, 99, 3, t)), 1, Integer::sum);
        }
        assertEquals(24, counts.size());
        double expected = trials / 24.0;
        double chi2 = 0;
        for (int c : counts.values()) {
            chi2 += (c - expected) * (c - expected) / expected;
        }
        // 23 degrees of freedom: the 99.9th percentile is 49.7.
        assertTrue(chi2 < 49.7, "chi-square " + chi2);
    }

    @Test
    void eachSlotPositionIsUniformInAPaperSizedPool() {
        int slots = 1860;
        int[] firstSlotHits = new int[4];
        int trials = 20_000;
        for (int t = 0; t < trials; t++) {
            int v = SlotShuffle.permutation(slots, 1, 0, t)[0];
            firstSlotHits[v * 4 / slots]++;
        }
        for (int q : firstSlotHits) {
            assertEquals(trials / 4.0, q, 5 * Math.sqrt(trials * 0.25 * 0.75), Arrays.toString(firstSlotHits));
        }
    }

    @Test
    void shufflesArePermutationsDeterminedBySeedProblemAndTrial() {
        int[] a = SlotShuffle.permutation(100, 5, 1, 2);
        assertArrayEquals(a, SlotShuffle.permutation(100, 5, 1, 2));
        assertFalse(Arrays.equals(a, SlotShuffle.permutation(100, 5, 1, 3)));
        assertFalse(Arrays.equals(a, SlotShuffle.permutation(100, 5, 2, 2)));
        assertFalse(Arrays.equals(a, SlotShuffle.permutation(100, 6, 1, 2)));
        int[] sorted = a.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < 100; i++) {
            assertEquals(i, sorted[i]);
        }
        // Pools of 2^21 slots or more take the 32-bit path.
        int[] big = SlotShuffle.permutation((1 << 21) + 3, 1, 0, 0);
        boolean[] seen = new boolean[big.length];
        for (int v : big) {
            assertFalse(seen[v]);
            seen[v] = true;
        }
    }

    @Test
    void drawingInPiecesGivesTheSameOrderAsAtOnce() {
        SlotShuffle s = new SlotShuffle(50);
        s.start(7, 1, 1);
        s.advance(3);
        s.advance(20);
        int[] pieces = s.advance(27).clone();
        assertArrayEquals(SlotShuffle.permutation(50, 7, 1, 1), pieces);
    }
}
