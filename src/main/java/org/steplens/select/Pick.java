package org.steplens.select;

/**
 * What one method chose for one problem.
 *
 * @param method        the method
 * @param solutionIndex the chosen candidate (index into the problem's solutions), or -1 when there was nothing to
 *                      choose (no candidate with an answer, or none with the needed score)
 * @param answer        the chosen candidate's answer, or null
 * @param correct       whether that answer is correct: the file's verdict when stated, else the grader's against
 *                      the ground truth; null when unknown or nothing was chosen
 */
public record Pick(SelectionMethod method, int solutionIndex, String answer, Boolean correct) {

    public boolean hasPick() {
        return solutionIndex >= 0;
    }

    /** True only when a candidate was chosen and it is known to be correct. */
    public boolean solved() {
        return Boolean.TRUE.equals(correct);
    }
}
