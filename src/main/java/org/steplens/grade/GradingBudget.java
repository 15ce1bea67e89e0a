package org.steplens.grade;

/**
 * The size limits every grading step works within, so that no answer can make the grader hang or run out of
 * memory. Answers are untrusted text (model output): a comparison that would go beyond a limit stops with
 * {@link Exceeded}, and {@link Grader} counts it as "not equal" with a warning. The limits sit far above
 * anything in the MATH, PRM800K, ProcessBench or Math-Shepherd answers (the longest ground truth is under 200
 * characters; model answers rarely reach 1,000).
 */
public final class GradingBudget {
    /** Longest answer (in UTF-16 chars) that is graded at all. */
    public static final int MAX_ANSWER_CHARS = 4_000;
    /** Longest text the LaTeX-to-text step may produce (matrices pad cells, nested ones can double per level). */
    public static final int MAX_TEXT_CHARS = 32_000;
    /** Largest power of ten a decimal literal such as {@code 1e5000} may carry. */
    public static final int MAX_DECIMAL_EXPONENT = 5_000;
    /** Most digits a number literal may have. */
    public static final int MAX_LITERAL_DIGITS = 5_000;

    private GradingBudget() {
    }

    /** A grading step went beyond its budget; the comparison counts as not equal. */
    public static final class Exceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Exceeded(String reason) {
            super(reason, null, false, false);
        }
    }

    /** Throws {@link Exceeded} when {@code text} is longer than {@code limit}. */
    static void checkLength(CharSequence text, int limit, String what) {
        if (text.length() > limit) {
            throw new Exceeded(what + " longer than " + limit + " characters");
        }
    }
}
