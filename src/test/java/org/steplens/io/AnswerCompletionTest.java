package org.steplens.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.steplens.model.Problem;
import org.steplens.model.Solution;

class AnswerCompletionTest {
    private final AnswerCompletion completion = new AnswerCompletion();

    private static Problem problem(String truth, Solution... solutions) {
        return new Problem("p", "What is 1/2 + 0?", truth, null, null, null, null, List.of(solutions), null);
    }

    @Test
    void extractsAndGradesWhatTheSourceLeftImplicit() {
        Solution prm800kStyle = Solution.builder().steps(List.of("Half.", "So it is 0.5.\n\n# Answer\n\n0.5")).build();
        Solution wrong = Solution.builder().steps(List.of("It is $\\boxed{2/4}$.")).build();
        Problem done = completion.complete(problem("\\frac{1}{2}", prm800kStyle, wrong));
        assertEquals(Optional.of("0.5"), done.solution(0).finalAnswer());
        assertEquals(Optional.of(true), done.solution(0).correct());
        assertEquals(Optional.of("2/4"), done.solution(1).finalAnswer());
        assertEquals(Optional.of(false), done.solution(1).correct(), "the PRM800K grader wants unreduced fractions to match");
    }

    @Test
    void neverOverridesWhatTheSourceStated() {
        Solution stated = Solution.builder().steps(List.of("$\\boxed{7}$")).finalAnswer("8").correct(true).build();
        Problem p = problem("9", stated);
        assertTrue(completion.complete(p) == p, "unchanged problem is returned as is");
    }

    @Test
    void noAnswerAndNoTruthLeaveTheSolutionAlone() {
        Solution none = Solution.builder().steps(List.of("I give up.")).build();
        Problem done = completion.complete(problem(null, none));
        assertEquals(Optional.empty(), done.solution(0).finalAnswer());
        assertEquals(Optional.empty(), done.solution(0).correct());
        Solution answered = Solution.builder().steps(List.of("$\\boxed{3}$")).build();
        assertEquals(Optional.empty(), completion.complete(problem(null, answered)).solution(0).correct(),
                "without a ground truth correctness stays unknown");
    }
}
