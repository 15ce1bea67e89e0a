package org.steplens.ui.browse;

import java.util.Comparator;

/** Orders for the problem list. */
public enum ProblemSort {
    FILE("File order", Comparator.comparingInt(ProblemItem::index)),
    ID("Id", Comparator.comparing((ProblemItem i) -> i.problem().id())),
    SUBJECT("Subject", Comparator.comparing((ProblemItem i) -> i.problem().subject(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(ProblemItem::index)),
    LEVEL("Level", Comparator.comparing((ProblemItem i) -> i.problem().level(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(ProblemItem::index)),
    CANDIDATES("Most candidates", Comparator.comparingInt((ProblemItem i) -> -i.problem().solutionCount())
            .thenComparingInt(ProblemItem::index));

    private final String label;
    private final Comparator<ProblemItem> comparator;

    ProblemSort(String label, Comparator<ProblemItem> comparator) {
        this.label = label;
        this.comparator = comparator;
    }

    public Comparator<ProblemItem> comparator() {
        return comparator;
    }

    @Override
    public String toString() {
        return label;
    }
}
