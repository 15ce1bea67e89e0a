package org.steplens.typeset;

import org.steplens.typeset.MathRuns;
import org.steplens.typeset.MathRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MathRunsTest {

    @Test
    void splitsInlineDollarMath() {
        List<MathRun> runs = MathRuns.split("So, I can write the rotation as $(7 + 2i)i = 7i + 2i^2.$ Done");
        assertEquals(3, runs.size());
        assertEquals("So, I can write the rotation as ", runs.get(0).text());
        assertTrue(runs.get(1).math());
        assertFalse(runs.get(1).display());
        assertEquals("(7 + 2i)i = 7i + 2i^2.", runs.get(1).text());
        assertEquals("$(7 + 2i)i = 7i + 2i^2.$", runs.get(1).source());
        assertEquals(" Done", runs.get(2).text());
    }

    @Test
    void understandsEveryDelimiter() {
        List<MathRun> runs = MathRuns.split("a \\(x\\) b \\[y\\] c $$z$$ d");
        assertEquals(List.of("a ", "x", " b ", "y", " c ", "z", " d"), runs.stream().map(MathRun::text).toList());
        assertFalse(runs.get(1).display());
        assertTrue(runs.get(3).display());
        assertTrue(runs.get(5).display());
    }

    @Test
    void escapedDollarIsProse() {
        List<MathRun> runs = MathRuns.split("It costs \\$5 and \\$6.");
        assertEquals(1, runs.size());
        assertEquals("It costs $5 and $6.", runs.get(0).text());
    }

    @Test
    void unclosedDelimiterLeavesTheRestAsProse() {
        List<MathRun> runs = MathRuns.split("x $y + 1");
        assertEquals(1, runs.size());
        assertFalse(runs.get(0).math());
        assertEquals("x $y + 1", runs.get(0).text());
    }

    @Test
    void emptyMathIsProse() {
        assertEquals(List.of("a $$ b"), MathRuns.split("a $$ b").stream().map(MathRun::text).toList());
        assertTrue(MathRuns.split("").isEmpty());
    }
}
