package org.steplens.model;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The step texts of one solution: either plain strings, or one block of UTF-8 bytes in a {@link TextStore}
 * (cumulative end offsets per step) decoded when a step is read. Immutable.
 */
public final class StepTexts {
    static final StepTexts NONE = new StepTexts(new String[0], null, 0, null);

    private final String[] strings;
    private final TextStore store;
    private final long offset;
    private final int[] ends;

    private StepTexts(String[] strings, TextStore store, long offset, int[] ends) {
        this.strings = strings;
        this.store = store;
        this.offset = offset;
        this.ends = ends;
    }

    public static StepTexts of(List<String> texts) {
        String[] copy = texts.toArray(String[]::new);
        for (String s : copy) {
            Objects.requireNonNull(s, "step text");
        }
        return copy.length == 0 ? NONE : new StepTexts(copy, null, 0, null);
    }

    /**
     * Steps stored as UTF-8 in {@code store}: step {@code i} is the bytes from {@code offset + ends[i - 1]} (0 for
     * the first) to {@code offset + ends[i]}. The array is taken as it is (not copied): the caller hands it over.
     */
    public static StepTexts stored(TextStore store, long offset, int[] ends) {
        for (int i = 0; i < ends.length; i++) {
            if (ends[i] < (i == 0 ? 0 : ends[i - 1])) {
                throw new IllegalArgumentException("step text ends go backwards at step " + i);
            }
        }
        return new StepTexts(null, Objects.requireNonNull(store), offset, ends);
    }

    public int count() {
        return strings != null ? strings.length : ends.length;
    }

    public String get(int index) {
        if (strings != null) {
            return strings[index];
        }
        int start = index == 0 ? 0 : ends[index - 1];
        byte[] bytes = new byte[ends[index] - start];
        store.read(offset + start, bytes, 0, bytes.length);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    public List<String> all() {
        if (strings != null) {
            return List.of(strings);
        }
        String[] out = new String[ends.length];
        byte[] block = bytes();
        for (int i = 0; i < out.length; i++) {
            int start = i == 0 ? 0 : ends[i - 1];
            out[i] = new String(block, start, ends[i] - start, StandardCharsets.UTF_8);
        }
        return List.of(out);
    }

    /** The store holding the bytes, or null when the steps are plain strings. */
    public TextStore store() {
        return store;
    }

    /** Where the block starts in {@link #store()}. */
    public long offset() {
        return offset;
    }

    /** Cumulative UTF-8 end of each step within the block (a copy); null when the steps are plain strings. */
    public int[] ends() {
        return ends == null ? null : ends.clone();
    }

    /** {@code ends()[i]} without the copy (stored steps only). */
    public int end(int i) {
        return ends[i];
    }

    /** The whole block of UTF-8 bytes (stored steps only). */
    public byte[] bytes() {
        byte[] block = new byte[ends.length == 0 ? 0 : ends[ends.length - 1]];
        store.read(offset, block, 0, block.length);
        return block;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof StepTexts other) || other.count() != count()) {
            return false;
        }
        if (strings == null && other.strings == null) {
            return Arrays.equals(ends, other.ends) && Arrays.equals(bytes(), other.bytes());
        }
        return all().equals(other.all());
    }

    @Override
    public int hashCode() {
        return all().hashCode();
    }
}
