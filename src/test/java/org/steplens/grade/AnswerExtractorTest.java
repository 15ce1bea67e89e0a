package org.steplens.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnswerExtractorTest {
    private static Optional<String> x(String text) {
        return AnswerExtractor.extract(text);
    }

    @Test
    void lastBoxedWithNestedBraces() {
        assertEquals(Optional.of("\\frac{1}{2}"), x("So $x=\\boxed{3}$ first, then $\\boxed{\\frac{1}{2}}$."));
        assertEquals(Optional.of("\\{1,2\\}"), x("$\\boxed{\\{1,2\\}}$"));
        assertEquals(Optional.of("5"), x("The answer is $\\boxed 5$."));
        assertEquals(Optional.of("7"), x("\\fbox{7}"));
        assertEquals(Optional.empty(), x("\\boxed{unbalanced"));
        assertEquals(Optional.empty(), x("\\boxed{}"));
    }

    @Test
    void otherConventions() {
        assertEquals(Optional.of("18"), x("Step 1.\n\n# Answer\n\n18"));
        assertEquals(Optional.of("\\frac{3}{4}"), x("Step 2: so it is 3/4. ки\nThe answer is: \\frac{3}{4} ки"));
        assertEquals(Optional.of("3.5"), x("Therefore, the answer is 3.5."));
        assertEquals(Optional.of("1,200"), x("She pays 1,200 dollars.\n#### 1,200"));
        assertEquals(Optional.of("6"), x("The answer is: $6$"));
    }

    @Test
    void theLastConventionInTheTextWins() {
        assertEquals(Optional.of("5"), x("The answer is: \\boxed{5}"));
        assertEquals(Optional.of("4"), x("We get \\boxed{3}. Wait, that is wrong.\n\n# Answer\n\n4"));
    }

    @Test
    void noAnswerIsEmptyNotBlank() {
        assertEquals(Optional.empty(), x("We simplify and get nowhere."));
        assertEquals(Optional.empty(), x(""));
        assertEquals(Optional.empty(), x(null));
        assertEquals(Optional.empty(), x("# Answer\n\n   "));
    }

    /** ProcessBench's generators close with "Final Answer: The final answer is X. I hope it is correct." */
    @Test
    void theTrailingSentenceIsNotPartOfTheAnswer() {
        assertEquals(Optional.of("107"), x("So, my father's age is 107 years old. Final Answer: The final answer is 107. I hope it is correct."));
        assertEquals(Optional.of("0"), x("area \\(\\boxed{0}\\). Final Answer: The final answer is 0. I hope it is correct."));
        assertEquals(Optional.of("(-6, \\frac{5}{2})"),
                x("Final Answer: The final answer is \\((-6, \\frac{5}{2})\\). I hope it is correct."));
        assertEquals(Optional.of("\\frac{1}{2}"), x("The final answer is $\\frac{1}{2}$. I hope it is correct."));
        assertEquals(Optional.of("3.5"), x("The answer is 3.5. Next we check."));
        assertEquals(Optional.of("{x. Y}"), x("The answer is ${x. Y}$"), "a period inside braces or math ends nothing");
        assertEquals(Optional.of("$a$ and $b$"), x("The answer is $a$ and $b$."), "two formulas keep their dollars");
    }
}
