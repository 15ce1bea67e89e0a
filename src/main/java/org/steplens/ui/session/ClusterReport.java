package org.steplens.ui.session;

/**
 * Candidates whose answers the grader treats as equal.
 *
 * @param answer        the representative answer
 * @param votes         how many candidates gave it
 * @param prmScoreSum   the sum of their PRM scores (the weighted vote), NaN when unscored
 * @param bestPrmScore  the highest PRM score among them, NaN when unscored
 * @param correct       whether the answer is correct, null when unknown
 * @param bestCandidate the member with the highest PRM score (or the first member when unscored)
 */
public record ClusterReport(String answer, int votes, double prmScoreSum, double bestPrmScore, Boolean correct,
                            int bestCandidate) {
}
