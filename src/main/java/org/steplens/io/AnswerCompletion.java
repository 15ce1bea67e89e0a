package org.steplens.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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
    /** Distinct (answer, truth) pairs remembered; a file rarely has more (beyond it, pairs are graded again). */
    private static final int MEMO_LIMIT = 1 << 21;

    private final Grader grader = Grader.prm800k();
    /** Grades by (answer, truth): a best-of-N file repeats few distinct pairs across thousands of samples. */
    private final Map<List<String>, Boolean> graded = new ConcurrentHashMap<>();

    /** Grades a pair ahead of time (on a parsing worker), so that completing the problem later finds it done. */
    void prefetch(String answer, String truth) {
        grade(answer, truth);
    }

    private boolean grade(String answer, String truth) {
        List<String> pair = List.of(answer, truth);
        Boolean known = graded.get(pair);
        if (known != null) {
            return known;
        }
        boolean correct = grader.grade(answer, truth);
        if (graded.size() < MEMO_LIMIT) {
            graded.put(pair, correct);
        }
        return correct;
    }

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
            b.correct(grade(answer.get(), groundTruth));
        }
        return b.build();
    }
}
