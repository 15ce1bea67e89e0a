package org.steplens.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws a {@link SolutionCardSpec}: the start of the problem as the title, the problem with its math typeset, a
 * coloured bar and probability beside each step (math typeset, prose as text), marks for the predicted and the
 * human first error, the answer and verdict at the bottom. Its height follows its content.
 */
public final class SolutionCard extends SpecChart<SolutionCardSpec> {
    private static final double WIDTH = 720;
    private static final double TEXT_SIZE = 11.5;
    private static final double LABEL_SIZE = 9.5;
    private static final double BAR = 7;
    private static final double GUTTER = 84;
    private static final double STEP_GAP = 7;
    private static final double TEXT_X = FigureChrome.MARGIN + GUTTER + BAR + 10;

    private final Layout layout;

    public SolutionCard(SolutionCardSpec spec) {
        this(spec, layout(spec, WIDTH));
    }

    private SolutionCard(SolutionCardSpec spec, Layout layout) {
        super(spec, WIDTH, layout.height());
        this.layout = layout;
    }

    /** Everything measured once (typesetting is the costly part), for the card's width. */
    private record Layout(String title, String subtitle, RichText problem, List<RichText> steps, List<String> footer,
                          double height) {
    }

    private static Layout layout(SolutionCardSpec spec, double width) {
        String title = CardText.title(spec.problem(), spec.title(), width);
        String subtitle = CardText.subtitle(spec.title(), settings(spec));
        RichText problem = RichText.layout(spec.problem(), CardText.muted(TEXT_SIZE), width - 2 * FigureChrome.MARGIN);
        double h = FigureChrome.titleHeight(title, subtitle) + problem.height() + 14;
        List<RichText> steps = new ArrayList<>();
        for (int i = 0; i < spec.steps().size(); i++) {
            RichText text = RichText.layout(spec.steps().get(i).text(), CardText.ink(TEXT_SIZE), width - TEXT_X - FigureChrome.MARGIN);
            steps.add(text);
            h += text.height() + (marked(spec, i) ? line() : 0) + STEP_GAP;
        }
        List<String> footer = FigureChrome.footerLines(spec.provenance(), width - 2 * FigureChrome.MARGIN);
        h += line() * 1.6 + FigureChrome.footerHeight(footer);
        return new Layout(title, subtitle, problem, steps, footer, Math.ceil(h));
    }

    private static double line() {
        return TEXT_SIZE * RichText.LINE_GAP;
    }

    @Override
    public void draw(DrawingSurface s, double width, double height) {
        Layout l = width == preferredWidth() ? layout : layout(spec(), width);
        FigureChrome.background(s, width, height);
        FigureChrome.drawTitle(s, l.title(), l.subtitle(), width);
        double top = FigureChrome.titleHeight(l.title(), l.subtitle());
        l.problem().draw(s, FigureChrome.MARGIN, top);
        top += l.problem().height() + 4;
        s.line(FigureChrome.MARGIN, top, width - FigureChrome.MARGIN, top, Stroke.solid(Palette.GRID, 1));
        top += 10;
        for (int i = 0; i < spec().steps().size(); i++) {
            top = drawStep(s, i, l.steps().get(i), top, width) + STEP_GAP;
        }
        top += 6;
        String verdict = spec().correct() == null ? "" : spec().correct() ? " · ✓ correct" : " · ✗ wrong";
        s.text("Answer: " + (spec().finalAnswer() == null ? "(none)" : spec().finalAnswer()) + verdict,
                FigureChrome.MARGIN, top + TEXT_SIZE, CardText.ink(TEXT_SIZE).emphasized());
        FigureChrome.drawFooter(s, l.footer(), width, height);
    }

    /** Draws step {@code i} with its top at {@code top}; returns its bottom. */
    private double drawStep(DrawingSurface s, int i, RichText text, double top, double width) {
        SolutionCardSpec.Step step = spec().steps().get(i);
        boolean predicted = spec().predictedError() != null && spec().predictedError() == i;
        boolean human = spec().humanError() != null && spec().humanError() == i;
        double blockHeight = text.height() + (predicted || human ? line() : 0);
        Map<String, String> data = new LinkedHashMap<>();
        data.put("step", Integer.toString(i + 1));
        data.put("probability", Double.toString(step.probability()));
        s.beginGroup("step", data);
        if (predicted || human) {
            CardText.errorFrame(s, FigureChrome.MARGIN - 4, top - 3, width - 2 * FigureChrome.MARGIN + 8, blockHeight + 4,
                    predicted);
        }
        double firstBaseline = top + TEXT_SIZE;
        s.text("Step " + (i + 1), FigureChrome.MARGIN, firstBaseline, CardText.muted(LABEL_SIZE));
        s.text(CardText.probability(step.probability()), FigureChrome.MARGIN + GUTTER - 6, firstBaseline,
                CardText.muted(LABEL_SIZE).emphasized().anchored(TextStyle.Anchor.END));
        s.rect(FigureChrome.MARGIN + GUTTER, top, BAR, blockHeight - 2, Fill.solid(step.tint()), null);
        text.draw(s, TEXT_X, top);
        if (predicted || human) {
            String mark = predicted && human ? "▲ first error: " + spec().scorer() + " and human agree"
                    : predicted ? "▲ first error by " + spec().scorer() + " (P < " + CardText.trim(spec().threshold()) + ")"
                    : "▲ first error by the human label";
            s.text(mark, TEXT_X, top + text.height() + TEXT_SIZE, CardText.errorLabel(10));
        }
        s.endGroup();
        return top + blockHeight;
    }

    private static boolean marked(SolutionCardSpec spec, int step) {
        return (spec.predictedError() != null && spec.predictedError() == step)
                || (spec.humanError() != null && spec.humanError() == step);
    }

    private static String settings(SolutionCardSpec spec) {
        String pred = spec.predictedError() == null ? "not scored"
                : spec.predictedError() < 0 ? "none" : "step " + (spec.predictedError() + 1);
        String human = spec.humanError() == null ? "unlabelled"
                : spec.humanError() < 0 ? "none" : "step " + (spec.humanError() + 1);
        return "steps tinted by " + spec.scorer() + " P(correct) · first error: " + spec.scorer() + " " + pred
                + ", human " + human;
    }
}
