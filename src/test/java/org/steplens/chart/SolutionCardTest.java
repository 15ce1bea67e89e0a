package org.steplens.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steplens.io.DatasetLoader;
import org.steplens.io.LoadProgress;
import org.steplens.model.Problem;
import org.steplens.model.ScorerNames;
import org.steplens.model.Solution;
import org.steplens.select.StepScoring;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SolutionCardTest {
    private static final ChartColor LOW = Palette.ORANGE;
    private static final ChartColor HIGH = Palette.BLUE;

    @TempDir
    Path dir;

    /** A two-colour stand-in for the UI's probability scale: enough to see each step got its own tint. */
    private static ChartColor tint(double p) {
        return Double.isNaN(p) ? Palette.GRID : p < 0.5 ? LOW : HIGH;
    }

    @Test
    void aRealLightmanSampleBecomesACardWithOneTintedBlockPerStep() throws Exception {
        Problem problem = DatasetLoader.load(Path.of("src/test/resources/data/lightman/scored_sample_example1.json"),
                LoadProgress.NONE).dataset().problems().get(0);
        Solution s = problem.solution(0);
        SolutionCardSpec spec = SolutionCardSpec.of(problem, s, StepScoring.of(ScorerNames.PRM), 0.5, 0, SolutionCardTest::tint,
                Provenance.forDataset("scored_sample_example1.json").scorer("prm").threshold(0.5).build());
        assertEquals(s.stepCount(), spec.steps().size());
        assertTrue(s.stepProbability(ScorerNames.PRM, 0).getAsDouble() < 0.5, "step 1 is the first below 0.5");
        assertEquals(LOW, spec.steps().get(0).tint());
        assertEquals(HIGH, spec.steps().get(1).tint());
        SolutionCard card = new SolutionCard(spec);
        assertTrue(card.preferredHeight() > 200);

        Path svg = dir.resolve("card.svg");
        ChartExport.write(card, svg);
        Element root = SvgDocuments.parse(svg);
        assertEquals(0, root.getElementsByTagName("image").getLength());
        NodeList groups = root.getElementsByTagName("g");
        List<Double> probabilities = new ArrayList<>();
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if ("step".equals(g.getAttribute("class"))) {
                probabilities.add(Double.parseDouble(g.getAttribute("data-probability")));
            }
        }
        List<Double> expected = new ArrayList<>();
        for (int i = 0; i < s.stepCount(); i++) {
            expected.add(s.stepProbability(ScorerNames.PRM, i).getAsDouble());
        }
        assertEquals(expected, probabilities);
        String text = java.nio.file.Files.readString(svg);
        assertTrue(text.contains("first error by prm (P &lt; 0.5)"));
        // titled by the start of the problem, its math read as text; the id leads the subtitle
        assertTrue(text.contains(">A 90° rotation around the origin in the counter-clockwise direction is"), text);
        assertTrue(text.contains(">test/precalculus/779.json · steps tinted by prm"), "the id stays as a subtitle");
        // the math typeset as vector paths, its source kept; the prose beside it stays text
        List<String> latex = new ArrayList<>();
        NodeList all = root.getElementsByTagName("g");
        for (int i = 0; i < all.getLength(); i++) {
            Element g = (Element) all.item(i);
            if ("math".equals(g.getAttribute("class"))) {
                latex.add(g.getAttribute("data-latex"));
                assertTrue(g.getElementsByTagName("path").getLength() > 0, "outlines of " + g.getAttribute("data-latex"));
            }
        }
        assertTrue(latex.containsAll(List.of("90^\\circ", "7 + 2i.", "(7 + 2i)i = 7i + 2i^2.", "i^2 = -1")), latex.toString());
        assertTrue(text.contains(">So, I can write the rotation as</text>"), "prose before a formula is text");
        assertFalse(text.contains("$"), "no LaTeX source is printed");

        Path png = dir.resolve("card.png");
        ChartExport.write(card, png);
        assertEquals((int) Math.round(2 * card.preferredHeight()), javax.imageio.ImageIO.read(png.toFile()).getHeight());
    }

    @Test
    void mathWrapsWithTheProseAndDisplayMathGetsItsOwnLine() {
        TextStyle style = TextStyle.of(11.5, TextStyle.Anchor.START, Palette.INK);
        RichText inline = RichText.layout("Now $x = 1$ and then some words", style, 400);
        assertEquals(1, inline.lineCount());
        RichText display = RichText.layout("We get $$\\frac{20}{\\sqrt{2}} = 10\\sqrt{2}$$ so done", style, 400);
        assertEquals(3, display.lineCount(), "text, the display formula, text");
        assertTrue(display.height() > 3 * 11.5 * RichText.LINE_GAP, "the fraction makes its line taller");
        RichText unparsable = RichText.layout("broken $\\frac{1}{$ math", style, 400);
        assertEquals(1, unparsable.lineCount(), "a formula that does not parse is text");
        RichText narrow = RichText.layout("words $a+b+c+d+e+f+g+h+i+j+k+l+m+n+o+p$ words", style, 60);
        assertTrue(narrow.lineCount() >= 3, "a formula wider than the line is shrunk onto a line of its own");
    }

    @Test
    void longWordsAndLinesWrapWithinTheCard() {
        TextStyle style = TextStyle.of(11.5, TextStyle.Anchor.START, Palette.INK);
        List<String> lines = TextWrap.lines("a".repeat(300) + " short\nsecond paragraph", style, 200);
        for (String line : lines) {
            assertTrue(TextMeasure.width(line, style) <= 200, line);
        }
        assertEquals("second paragraph", lines.get(lines.size() - 1));
        assertEquals("a".repeat(300) + "short", String.join("", lines.subList(0, lines.size() - 1)).replace(" ", ""));
    }
}
