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

    /** Writes into {@code buffer} (a recycled one: see {@link #moveTo}); grows past it as needed. */
    public BlockText(byte[] buffer) {
        bytes = buffer;
    }

    /**
     * The array to write up to {@code more} bytes into, from {@link #length()} on; the writer then sets the new
     * length with {@link #setLength}. For the byte-level readers, which copy and decode in one pass.
     */
    public byte[] room(int more) {
        ensure(more);
        return bytes;
    }

    /** The length after the caller wrote into {@link #room}. */
    public void setLength(int newLength) {
        if (newLength < 0 || newLength > bytes.length) {
            throw new IllegalArgumentException("length " + newLength + " outside 0.." + bytes.length);
        }
        length = newLength;
    }

    /** Bytes appended so far: the offset the next step starts at. */
    public int length() {
        return length;
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

    /**
     * Moves the bytes into {@code column}; reads then come from the mapped file. Called once, after parsing.
     * Returns the heap buffer, no longer used, for the next block to write into.
     */
    public byte[] moveTo(TextColumnWriter target) {
        long at = target.append(bytes, length);
        mapped = target.map(at, length);
        base = at;
        column = target;
        byte[] buffer = bytes;
        bytes = null; // after mapped: a reader that finds no bytes finds the mapping
        return buffer;
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
