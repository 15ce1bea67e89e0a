package org.steplens.ui.session;

import org.steplens.select.SelectionMethod;

/**
 * The candidate a method picks for one problem.
 *
 * @param method    the method
 * @param candidate the candidate's index, or -1 when the method cannot pick (e.g. ORM without ORM scores)
 * @param answer    the picked answer, or null
 * @param correct   whether it is correct, null when unknown
 * @param why       a short reason the user can read, e.g. "highest PRM score 0.91" or "no ORM scores"
 */
public record MethodPick(SelectionMethod method, int candidate, String answer, Boolean correct, String why) {

    public boolean picked() {
        return candidate >= 0;
    }
}
