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
}
