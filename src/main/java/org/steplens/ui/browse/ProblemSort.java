package org.steplens.ui.browse;

import java.util.Comparator;
import java.util.function.Function;
import org.steplens.ui.session.ProblemFlags;

/** Orders for the problem list. Some follow the scoring settings and need the problems' {@link ProblemFlags}. */
public enum ProblemSort {
    FILE("File order", false, flags -> Comparator.comparingInt(ProblemItem::index)),
    ID("Id", false, flags -> Comparator.comparing((ProblemItem i) -> i.problem().id())),
    SUBJECT("Subject", false, flags -> Comparator.comparing((ProblemItem i) -> i.problem().subject(),
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparingInt(ProblemItem::index)),
    LEVEL("Level", false, flags -> Comparator.comparing((ProblemItem i) -> i.problem().level(),
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparingInt(ProblemItem::index)),
    CANDIDATES("Most candidates", false, flags -> Comparator.comparingInt((ProblemItem i) -> -i.problem().solutionCount())
            .thenComparingInt(ProblemItem::index)),
    /** Highest best-candidate PRM score first; unscored problems last. */
    PRM_SCORE("Highest PRM score", true, flags -> Comparator.comparingDouble((ProblemItem i) -> {
        double s = flags.apply(i).bestPrmScore();
        return Double.isNaN(s) ? Double.POSITIVE_INFINITY : -s;
    }).thenComparingInt(ProblemItem::index)),
    /** Earliest step the PRM flags first; problems it flags nowhere last. */
    FIRST_ERROR("Earliest PRM error", true, flags -> Comparator.comparingInt((ProblemItem i) -> {
        int e = flags.apply(i).firstPrmError();
        return e < 0 ? Integer.MAX_VALUE : e;
    }).thenComparingInt(ProblemItem::index)),
    /** Problems where the methods disagree first, then those where the PRM misses the labelled first error. */
    DISAGREEMENT("Disagreement first", true, flags -> Comparator.comparingInt((ProblemItem i) -> {
        ProblemFlags f = flags.apply(i);
        return f.methodsDisagree() ? 0 : f.prmMissesFirstError() ? 1 : 2;
    }).thenComparingInt(ProblemItem::index));

    private final String label;
    private final boolean needsFlags;
    private final Function<Function<ProblemItem, ProblemFlags>, Comparator<ProblemItem>> comparator;

    ProblemSort(String label, boolean needsFlags,
                Function<Function<ProblemItem, ProblemFlags>, Comparator<ProblemItem>> comparator) {
        this.label = label;
        this.needsFlags = needsFlags;
        this.comparator = comparator;
    }

    /** The order, reading scores and flags through {@code flags} (they change with the settings). */
    public Comparator<ProblemItem> comparator(Function<ProblemItem, ProblemFlags> flags) {
        return comparator.apply(flags);
    }

    /** Whether the order depends on the problems' flags (computed in the background for the current settings). */
    public boolean needsFlags() {
        return needsFlags;
    }

    @Override
    public String toString() {
        return label;
    }
}
