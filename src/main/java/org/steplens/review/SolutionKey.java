package org.steplens.review;

import java.util.Comparator;
import java.util.Objects;

/** A solution within a dataset: problem id and 0-based solution index. */
public record SolutionKey(String problemId, int solution) implements Comparable<SolutionKey> {
    private static final Comparator<SolutionKey> ORDER =
            Comparator.comparing(SolutionKey::problemId).thenComparingInt(SolutionKey::solution);

    public SolutionKey {
        Objects.requireNonNull(problemId, "problemId");
    }

    @Override
    public int compareTo(SolutionKey o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return problemId + "#" + solution;
    }
}
