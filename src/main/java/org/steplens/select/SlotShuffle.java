package org.steplens.select;

import java.util.SplittableRandom;

/**
 * The shuffle of one (problem, trial): a forward Fisher–Yates over padded slots, seeded from (seed, problem,
 * trial) alone so results do not depend on which thread ran what. Slot values below the pool size are candidates;
 * the rest are the protocol's empty padding.
 */
public final class SlotShuffle {
    private final int[] slots;
    private final int[] identity;
    private SplittableRandom random;
    private int position;

    public SlotShuffle(int slotCount) {
        slots = new int[slotCount];
        identity = new int[slotCount];
        for (int i = 0; i < slotCount; i++) {
            identity[i] = i;
        }
    }

    /** Starts the shuffle of {@code problem}'s trial {@code trial}. */
    public void start(long seed, int problem, int trial) {
        System.arraycopy(identity, 0, slots, 0, slots.length);
        random = new SplittableRandom(seedFor(seed, problem, trial));
        position = 0;
    }

    /** The content of the next slot of the shuffled order; each slot is fixed as soon as it is returned. */
    public int next() {
        int i = position++;
        int j = i + random.nextInt(slots.length - i);
        int v = slots[j];
        slots[j] = slots[i];
        slots[i] = v;
        return v;
    }

    /** The whole shuffled order of one (problem, trial), for reference checks. */
    public static int[] permutation(int slotCount, long seed, int problem, int trial) {
        SlotShuffle s = new SlotShuffle(slotCount);
        s.start(seed, problem, trial);
        int[] out = new int[slotCount];
        for (int i = 0; i < slotCount; i++) {
            out[i] = s.next();
        }
        return out;
    }

    static long seedFor(long seed, int problem, int trial) {
        return mix(mix(seed ^ 0x5DEECE66DL) + 0x9E3779B97F4A7C15L * (problem + 1L)) + 0xBF58476D1CE4E5B9L * (trial + 1L);
    }

    /** SplitMix64's finaliser. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
