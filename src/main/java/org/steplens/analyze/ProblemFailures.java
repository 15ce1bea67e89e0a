package org.steplens.analyze;

import java.util.ArrayList;
import java.util.List;
import org.steplens.model.Dataset;
import org.steplens.model.Problem;
import org.steplens.model.ScorerNames;
import org.steplens.select.PrmAggregation;
import org.steplens.select.SelectionMethod;
import org.steplens.select.SelectionSettings;

/**
 * One problem's failure cases as the problem list's filters define them, so that the filter's tick and the case a
 * deck takes from it can never disagree: "methods disagree" compares the PRM with majority vote and with the ORM,
 * and a wrong answer is convincing when its PRM score reaches the first-error threshold.
 */
public final class ProblemFailures {
    private final FailureFinder finder;
    private final double threshold;

    /**
     * @param stepScorer  the step scorer whose probabilities make the PRM score
     * @param aggregation how they aggregate
     * @param threshold   the first-error threshold (also the score a convincing wrong answer reaches)
     */
    public ProblemFailures(Problem problem, String stepScorer, PrmAggregation aggregation, double threshold) {
        SelectionSettings selection = SelectionSettings.defaults().withScorers(stepScorer, ScorerNames.ORM)
                .withAggregation(aggregation);
        this.finder = new FailureFinder(new Dataset(problem.id(), "", List.of(problem)), selection, threshold);
        this.threshold = threshold;
    }

    /** Whether the problem shows {@code kind} (stops at the first example). */
    public boolean has(FailureKind kind) {
        if (kind == FailureKind.METHODS_DISAGREE) {
            return !finder.methodsDisagree(SelectionMethod.PRM, SelectionMethod.MAJORITY).isEmpty()
                    || !finder.methodsDisagree(SelectionMethod.PRM, SelectionMethod.ORM).isEmpty();
        }
        return !of(kind).isEmpty();
    }

    /** Every example of {@code kind} in the problem, the most telling first where the finder ranks them. */
    public List<Failure> of(FailureKind kind) {
        return switch (kind) {
            case CONVINCING_WRONG_ANSWER -> finder.convincingWrongAnswers(threshold);
            case RIGHT_ANSWER_WRONG_STEP -> finder.rightAnswerWrongStep();
            case PRM_LATER_THAN_HUMAN, PRM_EARLIER_THAN_HUMAN, PRM_MISSES_FIRST_ERROR -> finder.firstErrorMismatches(kind);
            case METHODS_DISAGREE -> {
                List<Failure> both = new ArrayList<>(finder.methodsDisagree(SelectionMethod.PRM, SelectionMethod.MAJORITY));
                both.addAll(finder.methodsDisagree(SelectionMethod.PRM, SelectionMethod.ORM));
                yield both;
            }
        };
    }
}
