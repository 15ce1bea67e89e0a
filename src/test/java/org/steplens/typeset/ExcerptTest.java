package org.steplens.typeset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExcerptTest {

    @Test
    void aShortProblemIsOneCleanLineWithItsMathReadAsText() {
        assertEquals("A 90° rotation around the origin is applied to 7 + 2i.",
                Excerpt.of("A $90^\\circ$ rotation around\nthe origin  is applied to $7 + 2i.$", 80));
    }

    @Test
    void aLongOneIsCutBetweenWordsOrBeforeAFormulaNeverInsideOne() {
        String problem = "Let $f(x) = \\frac{x^2 + 1}{x - 3}$ for all real $x \\neq 3$. Find the sum of all values.";
        String cut = Excerpt.of(problem, 30);
        assertTrue(cut.endsWith("…") && cut.length() <= 30, cut);
        // the first formula is one unit: whole or not at all
        assertEquals("Let…", Excerpt.of(problem, 20));
        assertTrue(cut.startsWith("Let f(x) = "), cut);
        assertEquals("What is the area of…", Excerpt.of("What is the area of, in square units", 22));
    }

    @Test
    void punctuationAfterAFormulaStaysWithIt() {
        assertEquals("written as (x+b)^2+c, where b and c are constants.",
                Excerpt.of("written as $(x+b)^2+c$, where $b$ and $c$ are constants.", 80));
    }

    @Test
    void oneWordLongerThanTheLineIsCutInsideOnlyThen() {
        assertEquals("abcdefghi…", Excerpt.of("abcdefghijklmnopqrstuvwxyz and more", 10));
        assertEquals("", Excerpt.of("  ", 10));
    }
}
