package org.steplens.model;

/**
 * Bytes of UTF-8 step text kept outside the Java heap's string objects: a memory-mapped cache file, or a block of
 * bytes still being written. Big files keep their step text here so that a loaded dataset costs little heap.
 * Implementations are thread-safe for reading.
 */
public interface TextStore {
    /** Copies {@code length} bytes starting at {@code offset} into {@code target} from {@code targetOffset}. */
    void read(long offset, byte[] target, int targetOffset, int length);
}
