package org.steplens.io.cache;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.steplens.model.TextStore;

/**
 * The step text of one block of a file being parsed: UTF-8 bytes appended by the one thread parsing the block,
 * then moved into the cache's text column ({@link #moveTo}), after which reads come from the mapped file and the
 * heap copy is dropped. Without a cache it simply stays on the heap.
 */
public final class BlockText implements TextStore {
    private volatile byte[] bytes;
    private int length;
    private volatile ByteBuffer mapped;
    private volatile TextColumnWriter column;
    private volatile long base = -1;

    /** {@code capacity}: the bytes expected (grows as needed). */
    public BlockText(int capacity) {
        bytes = new byte[Math.max(1 << 12, capacity)];
    }

    /** Appends {@code text[from, to)} as UTF-8; false (nothing appended) when it holds an unpaired surrogate. */
    public boolean append(char[] text, int from, int to) {
        ensure(3 * (to - from));
        byte[] b = bytes;
        int n = length;
        for (int i = from; i < to; i++) {
            char c = text[i];
            if (c < 0x80) {
                b[n++] = (byte) c;
            } else if (c < 0x800) {
                b[n++] = (byte) (0xC0 | c >> 6);
                b[n++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || i + 1 >= to || !Character.isLowSurrogate(text[i + 1])) {
                    return false;
                }
                int cp = Character.toCodePoint(c, text[++i]);
                b[n++] = (byte) (0xF0 | cp >> 18);
                b[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
                b[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
                b[n++] = (byte) (0x80 | cp & 0x3F);
            } else {
                b[n++] = (byte) (0xE0 | c >> 12);
                b[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[n++] = (byte) (0x80 | c & 0x3F);
            }
        }
        length = n;
        return true;
    }

    /** Appends bytes that are already UTF-8 (the caller has checked them). */
    public void appendUtf8(byte[] utf8, int from, int to) {
        ensure(to - from);
        System.arraycopy(utf8, from, bytes, length, to - from);
        length += to - from;
    }

    /** Appends one byte below 0x80. */
    public void appendByte(byte ascii) {
        ensure(1);
        bytes[length++] = ascii;
    }

    /** Bytes appended so far: the offset the next step starts at. */
    public int length() {
        return length;
    }

    /** Forgets everything after {@code newLength} (a record given up half way). */
    public void truncate(int newLength) {
        length = newLength;
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }

    /** Drops unused capacity (a block that stays on the heap, when there is no cache). */
    public void trim() {
        if (bytes.length > length) {
            bytes = Arrays.copyOf(bytes, length);
        }
    }

    /** Moves the bytes into {@code column}; reads then come from the mapped file. Called once, after parsing. */
    public void moveTo(TextColumnWriter target) {
        long at = target.append(bytes, length);
        mapped = target.map(at, length);
        base = at;
        column = target;
        bytes = null; // after mapped: a reader that finds no bytes finds the mapping
    }

    /** Where this block starts in the text column, or -1 when it is still on the heap. */
    public long base() {
        return base;
    }

    /** Whether this block's bytes are in {@code column}. */
    public boolean isIn(TextColumnWriter target) {
        return column == target;
    }

    @Override
    public void read(long offset, byte[] target, int targetOffset, int count) {
        byte[] b = bytes;
        if (b != null) {
            System.arraycopy(b, (int) offset, target, targetOffset, count);
        } else {
            mapped.get((int) offset, target, targetOffset, count);
        }
    }
}
