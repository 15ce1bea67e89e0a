package org.steplens.deck;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.steplens.analyze.Failure;
import org.steplens.analyze.FailureKind;
import org.steplens.analyze.ProblemFailures;
import org.steplens.model.Problem;
import org.steplens.select.PrmAggregation;

/**
 * The deck cases of a failure filter's result: for each problem the candidate that shows the failure (the first
 * active kind's most telling example; the candidate on screen when it is one of the examples), under the settings
 * the filter ran with, the finder's one-line explanation as the case's note.
 */
public final class FailureCases {
    /** A deck is for an audience: more cases than this from one filter are not added (a size budget). */
    public static final int LIMIT = 200;

    /** The cases found, and how many problems of the result were left out by {@link #LIMIT}. */
    public record Found(List<DeckCase> cases, int leftOut) {
        public Found {
            cases = List.copyOf(cases);
        }
    }

    /** What the filter ran with and what is on screen. */
    public record Settings(String scorer, PrmAggregation aggregation, double threshold, String shownProblemId,
                           int shownCandidate) {
    }

    private FailureCases() {
    }

    /**
     * @param problems  the filter's result, in the order shown
     * @param kinds     the failure filters that are on (a problem passes only when it shows all of them)
     * @param cancelled checked between problems
     */
    public static Found of(List<Problem> problems, List<FailureKind> kinds, Settings settings, BooleanSupplier cancelled) {
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("no failure filter is on");
        }
        List<DeckCase> cases = new ArrayList<>();
        int leftOut = 0;
        for (Problem p : problems) {
            if (cancelled.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException();
            }
            if (cases.size() == LIMIT) {
                leftOut++;
                continue;
            }
            Failure f = pick(new ProblemFailures(p, settings.scorer(), settings.aggregation(), settings.threshold()),
                    kinds, p.id().equals(settings.shownProblemId()) ? settings.shownCandidate() : -1);
            if (f != null) {
                cases.add(new DeckCase(p.id(), f.solutionIndex(), settings.scorer(), settings.aggregation(),
                        settings.threshold(), label(f.kind()) + ": " + f.why()));
            }
        }
        return new Found(cases, leftOut);
    }

    private static Failure pick(ProblemFailures failures, List<FailureKind> kinds, int shown) {
        Failure first = null;
        for (FailureKind kind : kinds) {
            for (Failure f : failures.of(kind)) {
                if (f.solutionIndex() < 0) {
                    continue; // a method without a pick: nothing to show
                }
                if (f.solutionIndex() == shown) {
                    return f;
                }
                if (first == null) {
                    first = f;
                }
            }
        }
        return first;
    }

    /** The failure as the filter names it. */
    public static String label(FailureKind kind) {
        return switch (kind) {
            case METHODS_DISAGREE -> "Methods disagree";
            case CONVINCING_WRONG_ANSWER -> "Convincing wrong answer";
            case RIGHT_ANSWER_WRONG_STEP -> "Right answer, wrong step";
            case PRM_LATER_THAN_HUMAN -> "PRM flags the labelled first error too late";
            case PRM_EARLIER_THAN_HUMAN -> "PRM flags the labelled first error too early";
            case PRM_MISSES_FIRST_ERROR -> "PRM misses the labelled first error";
        };
    }
}
