package org.steplens.analyze;

/**
 * One example of a failure mode.
 *
 * @param kind          which failure mode
 * @param problem       index of the problem in the dataset
 * @param problemId     its id
 * @param solutionIndex the solution to show (for disagreements: the first method's pick), or -1
 * @param why           a one-line explanation for a reader
 */
public record Failure(FailureKind kind, int problem, String problemId, int solutionIndex, String why) {
}
