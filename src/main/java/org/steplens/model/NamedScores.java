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
            names[i] = e.getKey().intern();
            values[i++] = e.getValue();
        }
        return new NamedScores(names, values);
    }

    public OptionalDouble get(String scorer) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(scorer)) {
                return OptionalDouble.of(values[i]);
            }
        }
        return OptionalDouble.empty();
    }

    /** A copy with {@code scorer} set to {@code value} (replacing any earlier value). */
    public NamedScores with(String scorer, double value) {
        Map<String, Double> copy = asMap();
        copy.put(scorer, value);
        return of(copy);
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

    int size() {
        return names.length;
    }

    static String[] internAll(String[] names) {
        String[] copy = Arrays.copyOf(names, names.length);
        for (int i = 0; i < copy.length; i++) {
            copy[i] = copy[i].intern();
        }
        return copy;
    }
}
