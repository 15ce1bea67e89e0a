package org.steplens.grade;

import java.util.List;

/**
 * The reference grader's intermediate forms of one answer, computed once and reused across comparisons.
 *
 * @param answer     the answer as written
 * @param hendrycks  the MATH ("Hendrycks") normal form
 * @param normalized the second normal form
 * @param elements   the normal form split into tuple or interval elements
 */
public record NormalizedAnswer(String answer, String hendrycks, String normalized, List<String> elements) {
    public NormalizedAnswer {
        elements = List.copyOf(elements);
    }

    /** Computes all forms of {@code answer} (not null). */
    public static NormalizedAnswer of(String answer) {
        String normalized = AnswerNormalizer.normalize(answer);
        return new NormalizedAnswer(answer, HendrycksNormalizer.normalize(answer), normalized,
                TupleSplitter.split(normalized));
    }
}
