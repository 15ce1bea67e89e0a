package org.steplens.ui.session;

/**
 * Properties the problem list filters on, as org.steplens.analyze.FailureFinder defines them.
 *
 * @param methodsDisagree       the PRM's pick is right where majority vote's or the ORM's is wrong, or the reverse
 * @param convincingWrongAnswer a wrong answer whose PRM score reaches the threshold
 * @param rightAnswerWrongStep  a correct answer with a wrong step (human label, else the PRM's first error)
 * @param hasHumanLabels        some candidate carries human step labels
 */
public record ProblemFlags(boolean methodsDisagree, boolean convincingWrongAnswer, boolean rightAnswerWrongStep,
                           boolean hasHumanLabels) {
    public static final ProblemFlags NONE = new ProblemFlags(false, false, false, false);
}
