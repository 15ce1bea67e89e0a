package org.steplens.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The reference grader's Python semantics (issue 18, point 12), against 225 decisions of the real PRM800K grader
 * (sympy 1.14, pylatexenc 2.10): Unicode decimal digits read as digits, decimals as binary Floats, an empty
 * ground truth equal to an empty or blank answer, a bare {@code \sqrt} not equal to {@code \sqrt{}}.
 */
class ReferenceSemanticsTest {
    private final Grader grader = Grader.prm800k();

    @Test
    void decidesAsTheReferenceGraderDoes() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> wrong = new ArrayList<>();
        Map<String, Integer> perKind = new TreeMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(getClass().getResourceAsStream(
                "/data/grader/reference_decisions_python_semantics.jsonl"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                JsonNode v = json.readTree(line);
                String given = v.get("given").asText();
                String truth = v.get("ground_truth").asText();
                boolean expected = v.get("correct").asBoolean();
                perKind.merge(v.get("kind").asText().replaceAll(":.*", ""), 1, Integer::sum);
                if (grader.grade(given, truth) != expected) {
                    wrong.add(v.get("kind").asText() + ": " + given + " vs " + truth + " (reference " + expected + ")");
                }
            }
        }
        assertEquals(Map.of("binary floats", 37, "cut-off macros", 12, "decimal vs fraction", 24,
                "empty answers", 24, "fraction vs decimal", 24, "unicode digits", 104), perKind);
        // every decision matches, including 0.1x+0.2x vs 0.3x: with symbols, Float coefficients are collected in
        // binary as sympy collects them (CollectedTerms)
        assertEquals(List.of(), wrong);
    }

    @Test
    void unicodeDigitsReadAsDigits() {
        assertTrue(grader.grade("\uFF15", "5"), "fullwidth five");
        assertTrue(grader.grade("\u0665", "5"), "Arabic-Indic five");
        assertTrue(grader.grade("\u0967\u0968", "12"), "Devanagari twelve");
        assertTrue(grader.grade("\uD835\uDFD3", "5"), "mathematical bold five");
        assertFalse(grader.grade("\uFF17", "5"));
        assertEquals("5", AnswerNormalizer.normalize("\uFF15"));
        assertTrue(NumberRules.strIsInt("\u0661,\u0660\u0660\u0660"), "Python's \\d matches any decimal digit");
    }

    @Test
    void decimalsAreBinaryFloatsAsInSympy() {
        assertFalse(grader.grade("0.1+0.2", "0.3"));
        assertFalse(grader.grade("0.3333333333333333", "\\frac{1}{3}"));
        assertFalse(grader.grade("0.3000000000000000", "0.3"), "16 digits is a 56-bit Float, 0.3 a 53-bit one");
        assertTrue(grader.grade("0.30", "0.3"));
        assertTrue(grader.grade("2.5e-1", "\\frac{1}{4}"));
        assertTrue(grader.grade("0.5x", "\\frac{x}{2}"));
        assertEquals(53, SympyFloat.literal("0.1").precision());
        assertEquals(56, SympyFloat.literal("0.3333333333333333").precision());
        assertEquals(73, SympyFloat.literal("1e20").precision(), "sympy keeps all 21 digits of an integer literal");
    }

    @Test
    void emptyTruthAcceptsEmptyAndBlankAnswers() {
        for (String blank : new String[] {"", " ", "\\text{}", "{}"}) {
            assertTrue(grader.grade(blank, ""), "'" + blank + "'");
        }
        assertFalse(grader.grade("", "5"));
        assertFalse(grader.grade(null, ""));
        assertFalse(grader.grade("", null));
    }

    @Test
    void bareSquareRootIsNotAnEmptyOne() {
        assertFalse(grader.grade("\\sqrt", "\\sqrt{}"));
        assertTrue(grader.grade("\\sqrt{}", "\\sqrt{}"));
        assertEquals("\\sqrt", AnswerNormalizer.normalize("\\sqrt"), "pylatexenc raises, the reference keeps it");
    }
}
