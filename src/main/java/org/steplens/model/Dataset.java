package org.steplens.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Problems loaded from one or more files. Immutable.
 *
 * @param name     a display name (usually the file name)
 * @param format   the detected format(s) of the source, e.g. "ProcessBench"
 * @param problems the problems, in file order
 */
public record Dataset(String name, String format, List<Problem> problems) {

    public Dataset {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(format, "format");
        problems = List.copyOf(problems);
    }

    public int problemCount() {
        return problems.size();
    }

    public long solutionCount() {
        long n = 0;
        for (Problem p : problems) {
            n += p.solutionCount();
        }
        return n;
    }

    public long stepCount() {
        long n = 0;
        for (Problem p : problems) {
            for (Solution s : p.solutions()) {
                n += s.stepCount();
            }
        }
        return n;
    }

    /** Names of solution-level scorers present anywhere in the dataset, in order of first appearance. */
    public Set<String> solutionScorers() {
        return ScorersSeen.of(problems).solutionScorers();
    }

    /** Names of step-level scorers present anywhere in the dataset, in order of first appearance. */
    public Set<String> stepScorers() {
        return ScorersSeen.of(problems).stepScorers();
    }

    /**
     * Whether this dataset's problems are exactly {@code others}: the same objects, in the same order. What was
     * computed from those objects as a load completed them then holds for this dataset (the model is immutable).
     */
    public boolean holdsExactly(List<Problem> others) {
        if (others.size() != problems.size()) {
            return false;
        }
        for (int i = 0; i < others.size(); i++) {
            if (others.get(i) != problems.get(i)) {
                return false;
            }
        }
        return true;
    }

    public boolean hasHumanLabels() {
        for (Problem p : problems) {
            if (p.hasHumanLabels()) {
                return true;
            }
        }
        return false;
    }

    public Dataset withProblems(List<Problem> replacement) {
        return new Dataset(name, format, replacement);
    }

    /** Several datasets as one, e.g. the four ProcessBench subsets opened together. */
    public static Dataset combine(String name, List<Dataset> parts) {
        List<Problem> all = new ArrayList<>();
        Set<String> formats = new LinkedHashSet<>();
        for (Dataset d : parts) {
            all.addAll(d.problems());
            formats.add(d.format());
        }
        return new Dataset(name, String.join(", ", formats), all);
    }
}
