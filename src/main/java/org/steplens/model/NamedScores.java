package org.steplens.model;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Solution-level scores keyed by scorer name, stored as two parallel arrays (a solution rarely has more than
 * three scorers, so a linear scan beats a hash map in both time and memory).
 */
public final class NamedScores {
    public static final NamedScores EMPTY = new NamedScores(new String[0], new double[0]);

    private final String[] names;
    private final double[] values;

    private NamedScores(String[] names, double[] values) {
        this.names = names;
        this.values = values;
    }

    public static NamedScores of(Map<String, Double> scores) {
        if (scores.isEmpty()) {
            return EMPTY;
        }
        String[] names = new String[scores.size()];
        double[] values = new double[scores.size()];
        int i = 0;
        for (Map.Entry<String, Double> e : scores.entrySet()) {
            names[i] = e.getKey();
            values[i++] = e.getValue();
        }
        return new NamedScores(ScorerNameSets.canonical(names), values);
    }

    public OptionalDouble get(String scorer) {
        int i = ScorerNameSets.indexOf(names, scorer);
        return i < 0 ? OptionalDouble.empty() : OptionalDouble.of(values[i]);
    }

    /** A copy with {@code scorer} set to {@code value} (replacing any earlier value). */
    public NamedScores with(String scorer, double value) {
        String[] more = ScorerNameSets.with(names, scorer);
        double[] copy = Arrays.copyOf(values, more.length);
        copy[ScorerNameSets.indexOf(more, scorer)] = value;
        return new NamedScores(more, copy);
    }

    /**
     * The same scorers with other scores, one per scorer in {@link #name} order; {@code values} is taken as it is
     * (the caller hands it over). For readers that make millions: no name lookups, nothing copied.
     */
    public NamedScores withValues(double[] values) {
        if (values.length != names.length) {
            throw new IllegalArgumentException(values.length + " scores for " + names.length + " scorers");
        }
        return new NamedScores(names, values);
    }

    /** The index of {@code scorer} for {@link #value}; -1 when absent. */
    public int indexOf(String scorer) {
        return ScorerNameSets.indexOf(names, scorer);
    }

    /** The {@code i}-th scorer's name, in insertion order (0 ≤ i &lt; {@link #size()}). */
    public String name(int i) {
        return names[i];
    }

    /** The {@code i}-th scorer's score. */
    public double value(int i) {
        return values[i];
    }

    public List<String> names() {
        return List.of(names);
    }

    public boolean isEmpty() {
        return names.length == 0;
    }

    /** A mutable copy, in insertion order. */
    public Map<String, Double> asMap() {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            map.put(names[i], values[i]);
        }
        return map;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NamedScores other && asMap().equals(other.asMap());
    }

    @Override
    public int hashCode() {
        return asMap().hashCode();
    }

    @Override
    public String toString() {
        return asMap().toString();
    }

    /** Whether {@code other} names the same scorers in the same order (cheap: their names are usually shared). */
    public boolean sameScorers(NamedScores other) {
        return other != null && (names == other.names || Arrays.equals(names, other.names));
    }

    /** The number of scorers. */
    public int size() {
        return names.length;
    }
}
