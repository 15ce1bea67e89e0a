package org.steplens.grade;

/**
 * Decides whether a given answer matches the ground truth, as the PRM800K reference grader does.
 * Thread-safe. PLACEHOLDER: the grading issue replaces the body.
 */
public final class Grader {
    private static final Grader PRM800K = new Grader();

    private Grader() {
    }

    /** The grader with PRM800K semantics. */
    public static Grader prm800k() {
        return PRM800K;
    }

    /** True when {@code given} counts as equal to {@code groundTruth}; a null or blank given answer is wrong. */
    public boolean grade(String given, String groundTruth) {
        return given != null && groundTruth != null && !given.isBlank() && given.trim().equals(groundTruth.trim());
    }
}
