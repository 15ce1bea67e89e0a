package org.steplens.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws a {@link SolutionCardSpec}: a coloured bar and probability beside each step, marks for the predicted and
 * the human first error, the answer and verdict at the bottom. Its height follows its content.
 */
public final class SolutionCard extends SpecChart<SolutionCardSpec> {
    private static final double WIDTH = 720;
    private static final double TEXT_SIZE = 11.5;
    private static final double LINE = TEXT_SIZE * 1.4;
    private static final double BAR = 7;
    private static final double GUTTER = 84;
    private static final double STEP_GAP = 7;

    public SolutionCard(SolutionCardSpec spec) {
        super(spec, WIDTH, layout(spec, WIDTH).height);
    }

    private record Layout(List<String> problemLines, List<List<String>> stepLines, List<String> footer,
                          double height) {
    }

    private static Layout layout(SolutionCardSpec spec, double width) {
        double textWidth = width - 2 * FigureChrome.MARGIN - GUTTER - BAR - 10;
        List<String> problem = TextWrap.lines(spec.problem(), problemStyle(), width - 2 * FigureChrome.MARGIN);
        List<List<String>> steps = new ArrayList<>();
        double h = FigureChrome.titleHeight(spec.title(), subtitle(spec)) + problem.size() * LINE + 14;
        for (int i = 0; i < spec.steps().size(); i++) {
            List<String> lines = TextWrap.lines(spec.steps().get(i).text(), textStyle(), textWidth);
            steps.add(lines);
            h += (lines.size() + (marked(spec, i) ? 1 : 0)) * LINE + STEP_GAP;
        }
        List<String> footer = FigureChrome.footerLines(spec.provenance(), width - 2 * FigureChrome.MARGIN);
        h += LINE * 1.6 + FigureChrome.footerHeight(footer);
        return new Layout(problem, steps, footer, Math.ceil(h));
    }

    @Override
    public void draw(DrawingSurface s, double width, double height) {
        Layout l = layout(spec(), width);
        FigureChrome.background(s, width, height);
        FigureChrome.drawTitle(s, spec().title(), subtitle(spec()), width);
        double y = FigureChrome.titleHeight(spec().title(), subtitle(spec())) + TEXT_SIZE;
        for (String line : l.problemLines()) {
            s.text(line, FigureChrome.MARGIN, y, problemStyle());
            y += LINE;
        }
        y += 4;
        s.line(FigureChrome.MARGIN, y - TEXT_SIZE, width - FigureChrome.MARGIN, y - TEXT_SIZE,
                Stroke.solid(Palette.GRID, 1));
        y += 6;
        double textX = FigureChrome.MARGIN + GUTTER + BAR + 10;
        for (int i = 0; i < spec().steps().size(); i++) {
            SolutionCardSpec.Step step = spec().steps().get(i);
            List<String> lines = l.stepLines().get(i);
            double top = y - TEXT_SIZE;
            boolean predicted = spec().predictedError() != null && spec().predictedError() == i;
            boolean human = spec().humanError() != null && spec().humanError() == i;
            int rows = lines.size() + (predicted || human ? 1 : 0);
            double blockHeight = rows * LINE - (LINE - TEXT_SIZE) + 6;
            Map<String, String> data = new LinkedHashMap<>();
            data.put("step", Integer.toString(i + 1));
            data.put("probability", Double.toString(step.probability()));
            s.beginGroup("step", data);
            if (predicted || human) {
                s.rect(FigureChrome.MARGIN - 4, top - 3, width - 2 * FigureChrome.MARGIN + 8, blockHeight,
                        new Fill(Palette.VERMILLION, 0.07), Stroke.solid(Palette.VERMILLION, predicted ? 1.2 : 0.8));
            }
            s.text("Step " + (i + 1), FigureChrome.MARGIN, y, labelStyle());
            String prob = Double.isNaN(step.probability()) ? "—"
                    : String.format(Locale.ROOT, "%.2f", step.probability());
            s.text(prob, FigureChrome.MARGIN + GUTTER - 6, y, labelStyle().emphasized().anchored(TextStyle.Anchor.END));
            s.rect(FigureChrome.MARGIN + GUTTER, top, BAR, blockHeight - 6, Fill.solid(step.tint()), null);
            for (String line : lines) {
                s.text(line, textX, y, textStyle());
                y += LINE;
            }
            if (predicted || human) {
                String mark = predicted && human ? "▲ first error: " + spec().scorer() + " and human agree"
                        : predicted ? "▲ first error by " + spec().scorer() + " (P < " + trim(spec().threshold()) + ")"
                        : "▲ first error by the human label";
                s.text(mark, textX, y, TextStyle.of(10, TextStyle.Anchor.START, Palette.VERMILLION).emphasized());
                y += LINE;
            }
            s.endGroup();
            y += STEP_GAP;
        }
        y += 6;
        String verdict = spec().correct() == null ? "" : spec().correct() ? " · ✓ correct" : " · ✗ wrong";
        s.text("Answer: " + (spec().finalAnswer() == null ? "(none)" : spec().finalAnswer()) + verdict,
                FigureChrome.MARGIN, y, textStyle().emphasized());
        FigureChrome.drawFooter(s, l.footer(), width, height);
    }

    private static boolean marked(SolutionCardSpec spec, int step) {
        return (spec.predictedError() != null && spec.predictedError() == step)
                || (spec.humanError() != null && spec.humanError() == step);
    }

    private static String subtitle(SolutionCardSpec spec) {
        String pred = spec.predictedError() == null ? "not scored"
                : spec.predictedError() < 0 ? "none" : "step " + (spec.predictedError() + 1);
        String human = spec.humanError() == null ? "unlabelled"
                : spec.humanError() < 0 ? "none" : "step " + (spec.humanError() + 1);
        return "steps tinted by " + spec.scorer() + " P(correct) · first error: " + spec.scorer() + " " + pred
                + ", human " + human;
    }

    private static String trim(double v) {
        return String.format(Locale.ROOT, "%.2f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    private static TextStyle textStyle() {
        return TextStyle.of(TEXT_SIZE, TextStyle.Anchor.START, Palette.INK);
    }

    private static TextStyle problemStyle() {
        return TextStyle.of(TEXT_SIZE, TextStyle.Anchor.START, Palette.MUTED_INK);
    }

    private static TextStyle labelStyle() {
        return TextStyle.of(9.5, TextStyle.Anchor.START, Palette.MUTED_INK);
    }
}
