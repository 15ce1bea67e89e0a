package org.steplens.io;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Byte searches over lines of a file, eight bytes at a time (a long read from the array; a byte is found by the
 * usual "has a zero byte" bit trick). The hot loops of reading a big JSON Lines file.
 */
final class ByteScan {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long LOW_BITS = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long SPACES = 0x2020202020202020L;

    private ByteScan() {
    }

    /** The first {@code target} in {@code b[from, to)}; -1 when there is none. */
    static int indexOf(byte[] b, int from, int to, byte target) {
        long pattern = LOW_BITS * (target & 0xFF);
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long found = zeroBytes((long) LONGS.get(b, i) ^ pattern);
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (b[i] == target) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The first byte in {@code b[from, to)} that can end a plain run of JSON string content: a quote, a backslash,
     * a control character or a byte of 0x80 or more; {@code to} when there is none.
     */
    static int plainRunEnd(byte[] b, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            if (mayEndPlainRun(word(b, i))) {
                break;
            }
        }
        for (; i < to; i++) {
            byte c = b[i];
            if (c == '"' || c == '\\' || c < 0x20) { // c < 0x20 covers bytes >= 0x80 too (negative)
                return i;
            }
        }
        return to;
    }

    /**
     * Whether the eight bytes {@code x} may hold a byte that ends a plain run (see {@link #plainRunEnd}); false
     * means surely none. It may flag a byte next to a real hit too (a borrow): the caller's byte loop decides.
     */
    static boolean mayEndPlainRun(long x) {
        return plainRunEnds(x) != 0;
    }

    /**
     * The high bit of each byte of {@code x} that may end a plain run; 0 when none does. The lowest set bit is
     * exact (a borrow only flags bytes above a real hit), so {@code numberOfTrailingZeros(result) / 8} is the index
     * of the first byte that ends the run.
     */
    static long plainRunEnds(long x) {
        return zeroBytes(x ^ 0x2222222222222222L) | zeroBytes(x ^ 0x5C5C5C5C5C5C5C5CL)
                | (x - SPACES) & HIGH_BITS | x & HIGH_BITS;
    }

    /** The eight bytes at {@code b[i]} as one long (little-endian). */
    static long word(byte[] b, int i) {
        return (long) LONGS.get(b, i);
    }

    /** Writes {@code x} as eight bytes at {@code b[i]} (little-endian). */
    static void putWord(byte[] b, int i, long x) {
        LONGS.set(b, i, x);
    }

    /** A high bit in each byte of {@code x} that is zero (the lowest one is exact; higher ones may be false hits). */
    private static long zeroBytes(long x) {
        return (x - LOW_BITS) & ~x & HIGH_BITS;
    }
}
