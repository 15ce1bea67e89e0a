package org.steplens.ui.common;

import org.steplens.typeset.MathRuns;
import org.steplens.typeset.MathRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Defect 15 (bare LaTeX, Asymptote, Markdown), 2 (long display math), 18 (tiny fractions), 5 (answers): text logic. */
class RichTextSourceTest {

    private static List<MathRun> math(String text) {
        return MathRuns.split(text).stream().filter(MathRun::math).toList();
    }

    private static List<String> latex(String text) {
        return math(text).stream().map(MathRun::text).toList();
    }

    @Test
    void bareLatexOutsideDollarsIsMath() {
        // the last step of ProcessBench math records, as written
        assertEquals(List.of("\\boxed{9}"), latex("So, the remainder of 194 (mod 11) is: \\boxed{9}."));
        assertEquals(List.of("\\frac{1}{2}=x"), latex("then \\frac{1}{2}=x, so"));
        assertEquals(List.of("\\boxed{\\text{the answer}}"), latex("(\\boxed{\\text{the answer}})"),
                "spaces inside braces belong to the formula; the closing parenthesis does not");
        MathRun env = math("We get \\begin{align} a &= b \\\\ c &= d \\end{align} and more").get(0);
        assertTrue(env.display());
        assertEquals("\\begin{align} a &= b \\\\ c &= d \\end{align}", env.text());
        assertTrue(math("It costs \\$5 and 50\\% more").isEmpty(), "escapes are prose");
        assertTrue(math("\\boxed{unbalanced and so on").isEmpty(), "an unbalanced command stays prose");
        assertEquals(List.of("x^2"), latex("$x^2$ then"), "delimited math as before");
    }

    @Test
    void asymptoteIsTakenOutBeforeMathAndMarkdown() {
        String problem = "In the diagram, $AB = 4$.\n[asy]\ndraw((0,0)--(1,1));\nlabel(\"$A$\", (0,0), SW);\n[/asy]\nFind $x$.";
        RichTextSource s = RichTextSource.of(problem);
        assertEquals(List.of("draw((0,0)--(1,1));\nlabel(\"$A$\", (0,0), SW);"), s.diagrams());
        assertEquals(List.of("AB = 4", "x"), s.math().stream().map(MathRun::text).toList(),
                "the $A$ inside the diagram code is not math of the text");
        assertFalse(s.markdown().contains("draw"));
        assertTrue(s.markdown().contains("\n\n" + RichTextSource.DIAGRAM + "0" + RichTextSource.DIAGRAM + "\n\n"));
        RichTextSource unclosed = RichTextSource.of("Look: [ASY] draw(unitcircle);");
        assertEquals(List.of("draw(unitcircle);"), unclosed.diagrams(), "unclosed: the rest is the diagram; case ignored");
    }

    @Test
    void markdownNeverSeesLatexAndTheTextIsBudgeted() {
        RichTextSource s = RichTextSource.of("# Answer\n\n- $a_1 * b_2$ and \\frac{x_1}{y_2}");
        assertEquals("# Answer\n\n- " + RichTextSource.MATH + "0" + RichTextSource.MATH + " and "
                + RichTextSource.MATH + "1" + RichTextSource.MATH, s.markdown());
        RichTextSource big = RichTextSource.of("x".repeat(RichTextSource.MAX_CHARS + 123));
        assertEquals(123, big.omitted());
        assertEquals(RichTextSource.MAX_CHARS, big.markdown().length());
        assertFalse(RichTextSource.of("a\uE000b").markdown().contains("\uE000"), "a stray private-use character is no placeholder");
    }

    @Test
    void longFormulasBreakBeforeTopLevelRelationsOnly() {
        // ProcessBench math 327, step 9 (shortened): one chain of equalities
        String chain = "\\sum_{k=1}^{12} \\sin \\left( \\frac{4\\pi k}{25} \\right) = \\frac{\\sin ( \\frac{26\\pi}{25} )}"
                + "{\\sin ( \\frac{2\\pi}{25} )} = \\frac{1}{2}.";
        List<String> pieces = MathBreaks.pieces(chain);
        assertEquals(3, pieces.size(), pieces.toString());
        assertEquals("\\sum_{k=1}^{12} \\sin \\left( \\frac{4\\pi k}{25} \\right)", pieces.get(0));
        assertEquals("{}= \\frac{1}{2}.", pieces.get(2));
        assertEquals(List.of("x = 1"), MathBreaks.pieces("x = 1"), "short formulas stay whole");
        String inside = "\\left( a = b + c + d + e + f + g + h + i + j + k \\right) + \\{ x \\}";
        assertEquals(List.of(inside), MathBreaks.pieces(inside), "never inside \\left…\\right");
        String aligned = "\\begin{aligned} a &= b + c + d + e + f \\\\ &= g + h + i + j + k \\end{aligned}";
        assertEquals(List.of(aligned), MathBreaks.pieces(aligned));
        assertEquals(2, MathBreaks.pieces("a + b + c + d + e + f + g + h + i + j \\le k + l + m").size());
        assertEquals(1, MathBreaks.pieces("a + b + c + d + e + f + g + h + i + j + \\left( k + l \\right) + m").size(),
                "\\left is no \\le");
    }

    @Test
    void fractionsInRunningTextAndMatrixCellsAreSetInDisplayStyle() {
        assertEquals("\\dfrac{1}{2} + x^{\\frac{1}{2}}", MathStyle.readable("\\frac{1}{2} + x^{\\frac{1}{2}}", false));
        assertEquals("\\frac{1}{2}", MathStyle.readable("\\frac{1}{2}", true), "display math is display style already");
        assertEquals("\\begin{pmatrix} \\dfrac{1}{2} \\\\ \\dfrac{\\frac{a}{b}}{3} \\end{pmatrix}",
                MathStyle.readable("\\begin{pmatrix} \\frac{1}{2} \\\\ \\frac{\\frac{a}{b}}{3} \\end{pmatrix}", true));
        assertEquals("e^\\frac{1}{2}", MathStyle.readable("e^\\frac{1}{2}", false), "a script stays small");
        assertEquals("\\fracture", MathStyle.readable("\\fracture", false));
    }

    @Test
    void answersReadAsTextInTables() {
        assertEquals("12", AnswerText.readable("12"));
        assertNull(AnswerText.readable(null));
        String polar = AnswerText.readable("\\left( 3, \\frac{\\pi}{2} \\right)");
        assertFalse(polar.contains("\\"), polar);
        assertTrue(polar.contains("π/2"), polar);
        String matrix = AnswerText.readable("\\begin{pmatrix} 1 \\\\ 2 \\end{pmatrix}");
        assertFalse(matrix.contains("\\"), matrix);
        assertTrue(AnswerText.readable("\\x".repeat(5_000)).length() <= AnswerText.MAX_CHARS + 1, "bounded");
    }
}
