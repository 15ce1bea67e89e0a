package org.steplens.ui.solution;

import java.util.Set;
import org.steplens.select.SelectionMethod;

/**
 * One line of the candidate list.
 *
 * @param index      position in the problem (shown 1-based)
 * @param answer     the final answer, or null
 * @param correct    null when unknown
 * @param prmScore   aggregated PRM score, NaN when unscored
 * @param ormScore   NaN when absent
 * @param firstError 0-based first step predicted incorrect; -1 none; -2 unscored
 * @param steps      number of steps
 * @param pickedBy   the methods that pick this candidate
 */
public record CandidateRow(int index, String answer, Boolean correct, double prmScore, double ormScore, int firstError,
                           int steps, Set<SelectionMethod> pickedBy) {

    /** The first error as people count steps: "3", "none" or "–" when unscored. */
    public String firstErrorLabel() {
        return firstError >= 0 ? Integer.toString(firstError + 1) : firstError == -1 ? "none" : "–";
    }

    /** Sort key: unscored last, no error after every error. */
    public int firstErrorSortKey() {
        return firstError >= 0 ? firstError : firstError == -1 ? Integer.MAX_VALUE - 1 : Integer.MAX_VALUE;
    }
}
