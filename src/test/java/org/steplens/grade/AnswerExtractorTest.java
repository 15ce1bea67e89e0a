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
}
