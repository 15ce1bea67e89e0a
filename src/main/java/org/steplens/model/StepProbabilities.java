package org.steplens.model;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Per-step probabilities of being correct, keyed by scorer name; one primitive array per scorer.
 * A scorer that could not score a step (e.g. the solution exceeded the model's limit) stores {@code NaN}.
 */
public final class StepProbabilities {
    public static final StepProbabilities EMPTY = new StepProbabilities(new String[0], new double[0][]);

    private final String[] names;
    private final double[][] values;

    private StepProbabilities(String[] names, double[][] values) {
        this.names = names;
        this.values = values;
    }

    public static StepProbabilities of(Map<String, double[]> byScorer) {
        if (byScorer.isEmpty()) {
            return EMPTY;
        }
        String[] names = new String[byScorer.size()];
        double[][] values = new double[byScorer.size()][];
        int i = 0;
        for (Map.Entry<String, double[]> e : byScorer.entrySet()) {
            names[i] = e.getKey();
            values[i++] = e.getValue().clone();
        }
        return new StepProbabilities(ScorerNameSets.canonical(names), values);
    }

    /** The probabilities of the named scorer (a copy), if present. */
    public Optional<double[]> get(String scorer) {
        int i = indexOf(scorer);
        return i < 0 ? Optional.empty() : Optional.of(values[i].clone());
    }

    /** NaN when the scorer is absent, or did not score that step. */
    public double get(String scorer, int step) {
        int i = indexOf(scorer);
        if (i < 0 || step >= values[i].length) {
            return Double.NaN;
        }
        return values[i][step];
    }

    public boolean has(String scorer) {
        return indexOf(scorer) >= 0;
    }

    /** A copy with {@code scorer}'s probabilities (copied) set, replacing any earlier ones. */
    public StepProbabilities with(String scorer, double[] probabilities) {
        String[] more = ScorerNameSets.with(names, scorer);
        double[][] copy = Arrays.copyOf(values, more.length);
        copy[ScorerNameSets.indexOf(more, scorer)] = probabilities.clone();
        return new StepProbabilities(more, copy);
    }

    /** Whether {@code other} names the same scorers in the same order (cheap: their names are usually shared). */
    public boolean sameScorers(StepProbabilities other) {
        return other != null && (names == other.names || Arrays.equals(names, other.names));
    }

    /**
     * The same scorers with other probabilities, one array per scorer in {@link #name} order, each taken as it is
     * (the caller hands them over). For readers that make millions: no name lookups, nothing copied.
     */
    public StepProbabilities withValues(double[]... probabilities) {
        if (probabilities.length != names.length) {
            throw new IllegalArgumentException(probabilities.length + " arrays for " + names.length + " scorers");
        }
        for (double[] p : probabilities) {
            java.util.Objects.requireNonNull(p, "step probabilities");
        }
        return new StepProbabilities(names, probabilities);
    }

    /** The index of {@code scorer} for {@link #value(int, int)}; -1 when absent. */
    public int indexOf(String scorer) {
        return ScorerNameSets.indexOf(names, scorer);
    }

    /** The number of scorers. */
    public int size() {
        return names.length;
    }

    /** The {@code i}-th scorer's name, in insertion order (0 ≤ i &lt; {@link #size()}). */
    public String name(int i) {
        return names[i];
    }

    /** How many steps the {@code i}-th scorer scored. */
    public int stepCount(int i) {
        return values[i].length;
    }

    /** The {@code i}-th scorer's probability of step {@code step}. */
    public double value(int i, int step) {
        return values[i][step];
    }

    public List<String> names() {
        return List.of(names);
    }

    public boolean isEmpty() {
        return names.length == 0;
    }

    /** A mutable copy, in insertion order; the arrays are copies too. */
    public Map<String, double[]> asMap() {
        Map<String, double[]> map = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            map.put(names[i], values[i].clone());
        }
        return map;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof StepProbabilities other) || other.names.length != names.length) {
            return false;
        }
        for (int i = 0; i < names.length; i++) {
            int j = other.indexOf(names[i]);
            if (j < 0 || !Arrays.equals(values[i], other.values[j])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = 0;
        for (int i = 0; i < names.length; i++) {
            h += names[i].hashCode() ^ Arrays.hashCode(values[i]);
        }
        return h;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < names.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(names[i]).append('=').append(Arrays.toString(values[i]));
        }
        return sb.append('}').toString();
    }
}
