package org.steplens.ui.session;

/**
 * Properties the problem list filters and sorts on, as org.steplens.analyze.FailureFinder defines them.
 *
 * @param methodsDisagree       the PRM's pick is right where majority vote's or the ORM's is wrong, or the reverse
 * @param convincingWrongAnswer a wrong answer whose PRM score reaches the threshold
 * @param rightAnswerWrongStep  a correct answer with a wrong step (human label, else the PRM's first error)
 * @param hasHumanLabels        some candidate carries human step labels
 * @param prmMissesFirstError   some candidate has a labelled first error (human or dataset) the PRM does not put on that step
 * @param prmFlagsTooEarly      the PRM flags a step of some candidate before its labelled first error
 * @param prmFlagsTooLate       the PRM flags some candidate's labelled error late, or not at all
 * @param bestPrmScore          the highest PRM score of a candidate, NaN when none is scored
 * @param firstPrmError         the earliest step (0-based) the PRM flags in any candidate, -1 when it flags none
 */
public record ProblemFlags(boolean methodsDisagree, boolean convincingWrongAnswer, boolean rightAnswerWrongStep,
                           boolean hasHumanLabels, boolean prmMissesFirstError, boolean prmFlagsTooEarly,
                           boolean prmFlagsTooLate, double bestPrmScore, int firstPrmError) {
    public static final ProblemFlags NONE = new ProblemFlags(false, false, false, false, false, false, false,
            Double.NaN, -1);
}
