package org.steplens.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws a {@link ComparisonCardSpec}: the start of the problem as the title, two columns of steps (math typeset)
 * with a tint bar and probability each, gaps drawn as a dashed box, the delta in the middle, the first divergence
 * and first errors marked. Height follows the content.
 */
public final class ComparisonCard extends SpecChart<ComparisonCardSpec> {
    private static final double WIDTH = 1040;
    private static final double TEXT_SIZE = 10.5;
    private static final double LABEL_SIZE = 9;
    private static final double BAR = 6;
    private static final double MIDDLE = 64;
    private static final double ROW_GAP = 8;
    private static final double LABEL_COLUMN = 44;

    private final Layout layout;

    public ComparisonCard(ComparisonCardSpec spec) {
        this(spec, layout(spec, WIDTH));
    }

    private ComparisonCard(ComparisonCardSpec spec, Layout layout) {
        super(spec, WIDTH, layout.height());
        this.layout = layout;
    }

    /** Everything measured once, for the card's width; a gap's text is null. */
    private record Layout(String title, String subtitle, RichText problem, List<RichText> left, List<RichText> right,
                          List<String> footer, double height) {
    }

    private static double columnWidth(double width) {
        return (width - 2 * FigureChrome.MARGIN - MIDDLE) / 2;
    }

    private static double line() {
        return TEXT_SIZE * RichText.LINE_GAP;
    }

    private static Layout layout(ComparisonCardSpec spec, double width) {
        double textWidth = columnWidth(width) - BAR - LABEL_COLUMN;
        String title = CardText.title(spec.problem(), spec.title(), width);
        String subtitle = CardText.subtitle(spec.title(), settings(spec));
        RichText problem = RichText.layout(spec.problem(), CardText.muted(TEXT_SIZE), width - 2 * FigureChrome.MARGIN);
        double h = FigureChrome.titleHeight(title, subtitle) + problem.height() + 14 + line() * 1.5;
        List<RichText> left = new ArrayList<>();
        List<RichText> right = new ArrayList<>();
        for (ComparisonCardSpec.Row row : spec.rows()) {
            RichText l = row.leftStep() < 0 ? null : RichText.layout(row.leftText(), CardText.ink(TEXT_SIZE), textWidth);
            RichText r = row.rightStep() < 0 ? null : RichText.layout(row.rightText(), CardText.ink(TEXT_SIZE), textWidth);
            left.add(l);
            right.add(r);
            h += rowHeight(row, l, r) + ROW_GAP;
        }
        List<String> footer = FigureChrome.footerLines(spec.provenance(), width - 2 * FigureChrome.MARGIN);
        h += line() + FigureChrome.footerHeight(footer);
        return new Layout(title, subtitle, problem, left, right, footer, Math.ceil(h));
    }

    private static double rowHeight(ComparisonCardSpec.Row row, RichText l, RichText r) {
        double left = side(l, row.leftFirstError());
        double right = side(r, row.rightFirstError());
        return Math.max(Math.max(left, right), 2 * line()) + 4;
    }

    private static double side(RichText text, boolean firstError) {
        return (text == null ? 0 : text.height()) + (firstError ? line() : 0);
    }

    @Override
    public void draw(DrawingSurface s, double width, double height) {
        Layout l = width == preferredWidth() ? layout : layout(spec(), width);
        FigureChrome.background(s, width, height);
        FigureChrome.drawTitle(s, l.title(), l.subtitle(), width);
        double top = FigureChrome.titleHeight(l.title(), l.subtitle());
        l.problem().draw(s, FigureChrome.MARGIN, top);
        double y = top + l.problem().height() + 8 + TEXT_SIZE;
        double column = columnWidth(width);
        double leftX = FigureChrome.MARGIN;
        double rightX = FigureChrome.MARGIN + column + MIDDLE;
        s.text(spec().leftTitle(), leftX, y, CardText.ink(TEXT_SIZE).emphasized());
        s.text("Δ P", leftX + column + MIDDLE / 2, y, CardText.muted(LABEL_SIZE).anchored(TextStyle.Anchor.MIDDLE));
        s.text(spec().rightTitle(), rightX, y, CardText.ink(TEXT_SIZE).emphasized());
        y += line() * 1.5;
        for (int i = 0; i < spec().rows().size(); i++) {
            ComparisonCardSpec.Row row = spec().rows().get(i);
            double rowHeight = rowHeight(row, l.left().get(i), l.right().get(i));
            double rowTop = y - TEXT_SIZE;
            Map<String, String> data = new LinkedHashMap<>();
            data.put("row", Integer.toString(i + 1));
            data.put("left_step", Integer.toString(row.leftStep() + 1));
            data.put("right_step", Integer.toString(row.rightStep() + 1));
            s.beginGroup("row", data);
            if (row.firstDivergence()) {
                s.line(FigureChrome.MARGIN, rowTop - ROW_GAP / 2, width - FigureChrome.MARGIN, rowTop - ROW_GAP / 2,
                        Stroke.solid(Palette.BLUE, 1.2));
                s.text("first divergence", leftX + column + MIDDLE / 2, rowTop - ROW_GAP / 2 - 2,
                        TextStyle.of(8, TextStyle.Anchor.MIDDLE, Palette.BLUE).emphasized());
            }
            side(s, leftX, rowTop, column, rowHeight, row.leftStep(), row.leftP(), row.leftFirstError(), l.left().get(i));
            side(s, rightX, rowTop, column, rowHeight, row.rightStep(), row.rightP(), row.rightFirstError(), l.right().get(i));
            double delta = row.rightP() - row.leftP();
            s.text(Double.isNaN(delta) ? "–" : String.format(Locale.ROOT, "%+.2f", delta), leftX + column + MIDDLE / 2, y,
                    CardText.muted(LABEL_SIZE).emphasized().anchored(TextStyle.Anchor.MIDDLE));
            s.endGroup();
            y += rowHeight + ROW_GAP;
        }
        FigureChrome.drawFooter(s, l.footer(), width, height);
    }

    private static void side(DrawingSurface s, double x, double top, double width, double height, int step, double p,
                             boolean firstError, RichText text) {
        double y = top + TEXT_SIZE;
        if (step < 0) {
            s.rect(x, top - 2, width, height, null, Stroke.dashed(Palette.GRID, 1));
            s.text("no matching step", x + width / 2, y, CardText.muted(LABEL_SIZE).anchored(TextStyle.Anchor.MIDDLE));
            return;
        }
        if (firstError) {
            CardText.errorFrame(s, x - 3, top - 3, width + 6, height + 2, true);
        }
        s.rect(x, top, BAR, height - 4, Fill.solid(ProbabilityScale.color(p)), null);
        s.text("Step " + (step + 1), x + BAR + 4, y, CardText.muted(LABEL_SIZE));
        s.text(CardText.probability(p), x + BAR + 4, y + line(), CardText.muted(LABEL_SIZE).emphasized());
        double textX = x + BAR + LABEL_COLUMN;
        text.draw(s, textX, top);
        if (firstError) {
            s.text("▲ first predicted error", textX, top + text.height() + TEXT_SIZE, CardText.errorLabel(9));
        }
    }

    private static String settings(ComparisonCardSpec spec) {
        long pairs = spec.rows().stream().filter(r -> r.leftStep() >= 0 && r.rightStep() >= 0).count();
        return "steps aligned by content: " + pairs + " paired, " + (spec.rows().size() - pairs)
                + " facing a gap · tinted by " + spec.scorer() + " P(correct) · Δ = right − left";
    }
}
