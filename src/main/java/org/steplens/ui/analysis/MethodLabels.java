package org.steplens.ui.analysis;

import java.util.List;
import org.steplens.select.SelectionMethod;

/** How the inspector names the selection engine's methods, and which it shows. */
public final class MethodLabels {
    /** The methods in the selection panel, in display order. */
    public static final List<SelectionMethod> SHOWN = List.of(SelectionMethod.MAJORITY, SelectionMethod.ORM,
            SelectionMethod.PRM, SelectionMethod.PRM_WEIGHTED_MAJORITY, SelectionMethod.ORACLE, SelectionMethod.RANDOM);

    private MethodLabels() {
    }

    public static String label(SelectionMethod m) {
        return switch (m) {
            case MAJORITY -> "Majority vote";
            case ORM -> "ORM";
            case PRM -> "PRM";
            case PRM_WEIGHTED_MAJORITY -> "PRM-weighted vote";
            case ORM_WEIGHTED_MAJORITY -> "ORM-weighted vote";
            case ORACLE -> "Oracle";
            case RANDOM -> "Random";
        };
    }

    /** A short tag for badges in the candidate list. */
    public static String badge(SelectionMethod m) {
        return switch (m) {
            case MAJORITY -> "MAJ";
            case ORM -> "ORM";
            case PRM -> "PRM";
            case PRM_WEIGHTED_MAJORITY -> "PRM-V";
            case ORM_WEIGHTED_MAJORITY -> "ORM-V";
            case ORACLE -> "ORC";
            case RANDOM -> "RND";
        };
    }

    /** One sentence on what the method picks: the tooltip of its badge, column and tick box. */
    public static String description(SelectionMethod m) {
        return switch (m) {
            case MAJORITY -> "Majority vote: the most common answer (answers grouped by the grader's equivalence)";
            case ORM -> "ORM: the candidate with the highest outcome reward model score";
            case PRM -> "PRM: the candidate with the highest PRM score (step probabilities aggregated)";
            case PRM_WEIGHTED_MAJORITY -> "PRM-weighted vote: the answer whose candidates' PRM scores sum highest";
            case ORM_WEIGHTED_MAJORITY -> "ORM-weighted vote: the answer whose candidates' ORM scores sum highest";
            case ORACLE -> "Oracle (pass@N): a correct candidate whenever there is one; an upper bound";
            case RANDOM -> "Random: a candidate picked at random, seeded by the problem id";
        };
    }
}
