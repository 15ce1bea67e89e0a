package org.steplens.grade;

import java.util.List;

/**
 * The reference grader's intermediate forms of one answer, computed once and reused across comparisons.
 *
 * @param answer     the answer as written
 * @param hendrycks  the MATH ("Hendrycks") normal form
 * @param normalized the second normal form
 * @param elements   the normal form split into tuple or interval elements
 * @param refusal    why the answer was not normalised (it is over the {@link GradingBudget}; then every form is
 *                   the answer itself and the grader counts any comparison with it as not equal), else null
 */
public record NormalizedAnswer(String answer, String hendrycks, String normalized, List<String> elements,
                               String refusal) {
    public NormalizedAnswer {
        elements = List.copyOf(elements);
    }

    /** Computes all forms of {@code answer} (not null); throws {@link GradingBudget.Exceeded} when over budget. */
    public static NormalizedAnswer of(String answer) {
        GradingBudget.checkLength(answer, GradingBudget.MAX_ANSWER_CHARS, "answer");
        String normalized = AnswerNormalizer.normalize(answer);
        return new NormalizedAnswer(answer, HendrycksNormalizer.normalize(answer), normalized,
                TupleSplitter.split(normalized), null);
    }

    /** The stand-in for an answer over the budget. */
    static NormalizedAnswer refused(String answer, String reason) {
        return new NormalizedAnswer(answer, answer, answer, List.of(), reason);
    }

    /** Whether the answer was over the budget and is never graded equal. */
    public boolean isRefused() {
        return refusal != null;
    }
}
