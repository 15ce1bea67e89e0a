package org.steplens.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each intermediate step of the reference grader, on its own. */
class NormalizationStepsTest {
    @Test
    void hendrycksSteps() {
        assertEquals("\\frac{1}{2}", HendrycksNormalizer.fixFracs("\\frac12"));
        assertEquals("\\frac{1}{72}", HendrycksNormalizer.fixFracs("\\frac1{72}"));
        assertEquals("\\frac{a}{b}+1", HendrycksNormalizer.fixFracs("\\frac{a}{b}+1"));
        assertEquals("\\frac1", HendrycksNormalizer.fixFracs("\\frac1")); // too short: left alone
        assertEquals("\\sqrt{3}x", HendrycksNormalizer.fixSqrt("\\sqrt3x"));
        assertEquals("\\frac{3}{4}", HendrycksNormalizer.fixASlashB("3/4"));
        assertEquals("\\frac{-3}{4}", HendrycksNormalizer.fixASlashB("-3/4"));
        assertEquals("03/4", HendrycksNormalizer.fixASlashB("03/4"));
        assertEquals("x/4", HendrycksNormalizer.fixASlashB("x/4"));
        assertEquals("5", HendrycksNormalizer.removeRightUnits("5\\text{ cm}"));
        assertEquals(" 5", HendrycksNormalizer.dropShortEquationLhs("k = 5"));
        assertEquals("abc=5", HendrycksNormalizer.dropShortEquationLhs("abc=5"));
    }

    @Test
    void hendrycksWholeFormAndItsFallbacks() {
        assertEquals("\\frac{1}{2}", HendrycksNormalizer.normalize(" 0.5 "));
        assertEquals("\\frac{11}{2}", HendrycksNormalizer.normalize("1 1/2"));
        assertEquals("Evelyn", HendrycksNormalizer.normalize("\\text{Evelyn}"));
        assertEquals("0.25", HendrycksNormalizer.normalize(".25"));
        // where the reference raises, the trimmed answer is kept
        assertEquals("2\\sqrt", HendrycksNormalizer.normalize(" 2\\sqrt "));
        assertEquals("1 + \\frac", HendrycksNormalizer.normalize("1 + \\frac"));
        assertEquals("5\\text{ cm}\\text{ cm}", HendrycksNormalizer.normalize("5\\text{ cm}\\text{ cm}"));
        assertNull(HendrycksNormalizer.normalize(null));
    }

    @Test
    void secondNormalisationSteps() {
        assertEquals("7+3/4", AnswerNormalizer.injectMixedNumbers("7 3/4"));
        assertEquals("1+2 3", AnswerNormalizer.injectMixedNumbers("1 2 3"));
        assertEquals("5", AnswerNormalizer.normalize("5 inches"));
        assertEquals("5^2", AnswerNormalizer.normalize("5 \\mbox{ cm}^2"));
        assertEquals("3,4", AnswerNormalizer.normalize("3 and 4"));
        assertEquals("1*10^6", AnswerNormalizer.normalize("1 million"));
        assertEquals("12", AnswerNormalizer.normalize("12.0000000001"));
        assertEquals("1000", AnswerNormalizer.normalize("1e3"));
        assertEquals("-1/2", AnswerNormalizer.normalize("- \\frac{1}{2}"));
        assertEquals("[1,2;3,4]", AnswerNormalizer.normalize("\\begin{bmatrix}1,2\\\\3,4\\end{bmatrix}"));
        // an empty matrix makes the LaTeX step fail: the expression is kept as it was
        assertEquals("\\beginpmatrix\\endpmatrix", AnswerNormalizer.normalize("\\begin{pmatrix}\\end{pmatrix}"));
        assertNull(AnswerNormalizer.normalize(null));
    }

    @Test
    void latexToTextFollowsTheReferenceRendering() {
        assertEquals("11+9a/20", AnswerNormalizer.latexToText("\\frac{11+9a}{20}"));
        assertEquals("sqrt(2)", AnswerNormalizer.latexToText("\\sqrt[3]{2}")); // degree dropped
        assertEquals("1 ±sqrt(19)", AnswerNormalizer.latexToText("1 \\pm \\sqrt{19}"));
        assertEquals("x", AnswerNormalizer.latexToText("\\cot x")); // unknown macro vanishes with its space
        assertEquals("52", AnswerNormalizer.latexToText("\\binom{5}{2}"));
        assertEquals("5", AnswerNormalizer.latexToText("\\boxed{5}"));
        assertEquals("864 ^2", AnswerNormalizer.latexToText("864 \\mbox{ inches}^2"));
        assertEquals("[ -1  0;  0 -1 ]", AnswerNormalizer.latexToText("\\begin{pmatrix} -1 & 0 \\\\ 0 & -1 \\end{pmatrix}"));
        assertEquals("(0,9) U(9,36)", AnswerNormalizer.latexToText("(0,9) \\cup (9,36)"));
        assertEquals("2*3", AnswerNormalizer.latexToText("2\\cdot3"));
        assertEquals("3*4", AnswerNormalizer.latexToText("3\\times4"));
        assertEquals("x ≤5", AnswerNormalizer.latexToText("x \\le 5")); // space after a macro name is dropped
        assertEquals("11, 111", AnswerNormalizer.latexToText("11,\\! 111"));
        assertEquals("a     b", LatexToText.convert("a & b")); // the spaces around & are kept
        assertEquals("ñ", LatexToText.convert("\\~{n}"));
        assertEquals("\uD835\uDC31", LatexToText.convert("\\mathbf{x}"));
        assertEquals("ℝ", LatexToText.convert("\\mathbb{R}"));
        assertEquals("a\nb", LatexToText.convert("a\\\\b"));
        assertEquals("x", LatexToText.convert("{{x}}}"));
        assertThrows(IllegalStateException.class, () -> LatexToText.convert("\\begin{pmatrix}\\end{pmatrix}"));
    }

    @Test
    void pathologicalLatexIsRenderedWithoutFailing() {
        long t0 = System.nanoTime();
        String deep = "{".repeat(100_000) + "x" + "}".repeat(100_000);
        assertTrue(LatexToText.convert(deep).contains("x"));
        // cut off by the end of the input, the roots have no argument: pylatexenc raises (KeyError) on that
        assertThrows(IllegalStateException.class, () -> LatexToText.convert("\\sqrt[".repeat(20_000) + "2"));
        // pylatexenc 2.10 on "\\frac" * 7 (a macro without arguments prints the template "%s/%s")
        assertEquals("%s/%s/%s/%s%s/%s/%s/%s%s/%s", LatexToText.convert("\\frac".repeat(7)));
        assertEquals("%s/%s/12", LatexToText.convert("\\frac\\frac12"));
        assertEquals("x%s/%s1", LatexToText.convert("x\\frac{1}"));
        assertThrows(IllegalStateException.class, () -> LatexToText.convert("\\frac\\sqrt2"));
        assertTrue(LatexToText.convert("\\frac".repeat(50_000)).length() < 300_000);
        assertThrows(GradingBudget.Exceeded.class,
                () -> LatexToText.convert("\\begin{pmatrix}1\\\\2\\endpmatrix}".repeat(32)),
                "unclosed nested matrices would double the text per level");
        assertFalse(Grader.prm800k().grade("\\frac{".repeat(10_000), "1"));
        // a hang guard, not a speed target (each call above is bounded by its size budget, not by the clock)
        assertTrue((System.nanoTime() - t0) / 1e9 < 60);
    }

    @Test
    void numberRulesAndTupleSplit() {
        assertTrue(NumberRules.isFraction("2/4"));
        assertTrue(NumberRules.isFraction("-3/07"));
        assertFalse(NumberRules.isFraction("2/0"));
        assertFalse(NumberRules.isFraction("x/2"));
        assertTrue(NumberRules.strIsInt("1,000"));
        assertTrue(NumberRules.strIsInt("2.00000001"));
        assertFalse(NumberRules.strIsInt("2.001"));
        assertFalse(NumberRules.strIsInt("inf"));
        assertEquals("1000,5", NumberRules.stripProperlyFormattedCommas("1,000,5"));
        assertEquals("(12102)", NumberRules.stripProperlyFormattedCommas("(12,102)"));
        assertEquals(List.of("1", "2"), TupleSplitter.split("(1,2]"));
        assertEquals(List.of("(0,9)u(9,36)"), TupleSplitter.split("(0,9)u(9,36)"));
        assertEquals(List.of("1,2"), TupleSplitter.split("1,2"));
        assertEquals(List.of(), TupleSplitter.split(""));
        assertEquals(List.of("()"), TupleSplitter.split("()"));
    }

    @Test
    void pythonFloatSemantics() {
        assertEquals(1000.0, PyText.parseFloat(" 1_000 "));
        assertEquals(0.5, PyText.parseFloat(".5"));
        assertEquals(5.0, PyText.parseFloat("5."));
        assertEquals(Double.NEGATIVE_INFINITY, PyText.parseFloat("-Infinity"));
        assertNull(PyText.parseFloat("."));
        assertNull(PyText.parseFloat("1__0"));
        assertNull(PyText.parseFloat("1/2"));
        assertNull(PyText.parseFloat("0x10"));
        assertEquals("2", PyText.roundToIntString(2.5)); // round half to even
        assertEquals("x", PyText.strip("\u00A0x\u2003"));
    }
}
