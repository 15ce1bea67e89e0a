package org.steplens.review;

import java.util.Objects;

/**
 * What an edit is about: a solution of a problem, or one of its steps.
 *
 * @param problemId the problem's id in the dataset
 * @param solution  0-based index of the solution within the problem
 * @param step      0-based step index, or {@link #WHOLE_SOLUTION}
 */
public record ReviewTarget(String problemId, int solution, int step) {
    public static final int WHOLE_SOLUTION = -1;

    public ReviewTarget {
        Objects.requireNonNull(problemId, "problemId");
        if (solution < 0 || step < WHOLE_SOLUTION) {
            throw new IllegalArgumentException("bad review target " + problemId + " #" + solution + " step " + step);
        }
    }

    public static ReviewTarget solution(String problemId, int solution) {
        return new ReviewTarget(problemId, solution, WHOLE_SOLUTION);
    }

    public static ReviewTarget step(String problemId, int solution, int step) {
        return new ReviewTarget(problemId, solution, step);
    }

    public boolean isStep() {
        return step != WHOLE_SOLUTION;
    }

    public SolutionKey solutionKey() {
        return new SolutionKey(problemId, solution);
    }
}
