package org.steplens.select;

/**
 * The shuffle of one (problem, trial): a forward Fisher–Yates over padded slots, seeded from (seed, problem,
 * trial) alone so results do not depend on which thread ran what. Slot values below the pool size are candidates;
 * the rest are the protocol's empty padding.
 *
 * <p>Random numbers come from SplitMix64 with Lemire's multiply-and-reject bounded draw on 21-bit words: exactly uniform, and
 * without the integer division per draw that dominated the cost of the simulation with {@code SplittableRandom}.
 */
public final class SlotShuffle {
    private final int[] slots;
    private final int[] identity;
    private long state;
    private static final long WORD = 1L << 21;
    /** Unused 21-bit words of the last 64-bit draw. */
    private long spare;
    private int spareWords;
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
        state = seedFor(seed, problem, trial);
        spareWords = 0;
        position = 0;
    }

    /**
     * Fixes the next {@code count} slots of the shuffled order and returns the slot array: its entries
     * {@code [position() - count, position())} are the slots just fixed. The array is reused; do not keep it.
     */
    public int[] advance(int count) {
        final int[] a = slots;
        final int n = a.length;
        final int end = position + count;
        for (int i = position; i < end; i++) {
            int j = i + below(n - i);
            int v = a[j];
            a[j] = a[i];
            a[i] = v;
        }
        position = end;
        return a;
    }

    /** How many slots are fixed so far. */
    public int position() {
        return position;
    }

    /**
     * A uniform integer in [0, bound), bound below 2^21: Lemire's method on 21-bit words, three to a 64-bit draw
     * (rejection keeps it exact; it rejects with probability below bound / 2^21).
     */
    private int below(int bound) {
        if (bound >= WORD) {
            return belowWide(bound);
        }
        long m = next21() * bound;
        long low = m & (WORD - 1);
        if (low < bound) {
            long threshold = (WORD - bound) % bound;
            while (low < threshold) {
                m = next21() * bound;
                low = m & (WORD - 1);
            }
        }
        return (int) (m >>> 21);
    }

    /** The same with 32-bit words, for pools of two million slots or more. */
    private int belowWide(int bound) {
        long m = (nextLong() >>> 32) * bound;
        long low = m & 0xFFFFFFFFL;
        if (low < bound) {
            long threshold = (0x100000000L - bound) % bound;
            while (low < threshold) {
                m = (nextLong() >>> 32) * bound;
                low = m & 0xFFFFFFFFL;
            }
        }
        return (int) (m >>> 32);
    }

    /** 21 random bits; each 64-bit draw gives three. */
    private long next21() {
        if (spareWords == 0) {
            spare = nextLong();
            spareWords = 3;
        }
        spareWords--;
        long w = spare & (WORD - 1);
        spare >>>= 21;
        return w;
    }

    private long nextLong() {
        return mix(state += 0x9E3779B97F4A7C15L);
    }

    /** The whole shuffled order of one (problem, trial), for reference checks. */
    public static int[] permutation(int slotCount, long seed, int problem, int trial) {
        SlotShuffle s = new SlotShuffle(slotCount);
        s.start(seed, problem, trial);
        return s.advance(slotCount).clone();
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
