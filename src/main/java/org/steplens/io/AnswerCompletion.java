package org.steplens.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.steplens.grade.AnswerExtractor;
import org.steplens.grade.Grader;
import org.steplens.model.Problem;
import org.steplens.model.Solution;

/**
 * Fills in what a source leaves implicit: a solution without a stated final answer gets the one its text states
 * ({@code \boxed{}}, PRM800K's "# Answer", "The answer is", "####"), and a solution whose correctness is unknown
 * is graded against the problem's ground truth when there is one. Stated answers and stated correctness are never
 * changed, so a file written by StepLens reads back identically.
 */
final class AnswerCompletion {
    private final Grader grader = Grader.prm800k();

    Problem complete(Problem problem) {
        List<Solution> solutions = problem.solutions();
        List<Solution> completed = null;
        for (int i = 0; i < solutions.size(); i++) {
            Solution s = solutions.get(i);
            Solution c = complete(s, problem.groundTruthAnswer());
            if (c != s) {
                if (completed == null) {
                    completed = new ArrayList<>(solutions);
                }
                completed.set(i, c);
            }
        }
        return completed == null ? problem : problem.withSolutions(completed);
    }

    /**
     * Completion runs when a problem is complete, which may be at the end of the file, outside any one record's
     * error handling: it must not fail. The grader never throws; should extraction ever do, the solution stays
     * as read (answer and correctness unknown) rather than taking the whole file down.
     */
    private Solution complete(Solution s, String groundTruth) {
        try {
            return completeOrThrow(s, groundTruth);
        } catch (RuntimeException | StackOverflowError e) {
            return s;
        }
    }

    private Solution completeOrThrow(Solution s, String groundTruth) {
        Optional<String> answer = s.finalAnswer();
        boolean extracted = false;
        if (answer.isEmpty() && s.stepCount() > 0) {
            answer = AnswerExtractor.extract(s.fullText());
            extracted = answer.isPresent();
        }
        boolean grade = s.correct().isEmpty() && answer.isPresent() && groundTruth != null;
        if (!extracted && !grade) {
            return s;
        }
        Solution.Builder b = s.toBuilder().finalAnswer(answer.orElse(null));
        if (grade) {
            b.correct(grader.grade(answer.get(), groundTruth));
        }
        return b.build();
    }
}
