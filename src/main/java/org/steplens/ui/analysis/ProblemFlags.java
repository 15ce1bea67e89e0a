package org.steplens.ui.analysis;

/**
 * Properties the problem list filters on.
 *
 * @param methodsDisagree      majority vote, ORM and PRM do not all pick the same answer
 * @param convincingWrongAnswer a wrong answer that majority vote or the ORM picks, which the PRM rejects
 * @param rightAnswerWrongStep a candidate with the correct answer and a step predicted (or labelled) incorrect
 * @param hasHumanLabels       some candidate carries human step labels
 */
public record ProblemFlags(boolean methodsDisagree, boolean convincingWrongAnswer, boolean rightAnswerWrongStep,
                           boolean hasHumanLabels) {
    public static final ProblemFlags NONE = new ProblemFlags(false, false, false, false);
}
