package org.steplens.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws a {@link ComparisonCardSpec}: two columns of steps with a tint bar and probability each, gaps drawn as a
 * dashed box, the delta in the middle, the first divergence and first errors marked. Height follows the content.
 */
public final class ComparisonCard extends SpecChart<ComparisonCardSpec> {
    private static final double WIDTH = 1040;
    private static final double TEXT_SIZE = 10.5;
    private static final double LINE = TEXT_SIZE * 1.4;
    private static final double BAR = 6;
    private static final double MIDDLE = 64;
    private static final double ROW_GAP = 8;

    public ComparisonCard(ComparisonCardSpec spec) {
        super(spec, WIDTH, layout(spec, WIDTH).height);
    }

    private record Layout(List<String> problemLines, List<List<String>> left, List<List<String>> right,
                          List<String> footer, double height) {
    }

    private static double columnWidth(double width) {
        return (width - 2 * FigureChrome.MARGIN - MIDDLE) / 2;
    }

    private static Layout layout(ComparisonCardSpec spec, double width) {
        double textWidth = columnWidth(width) - BAR - 44;
        List<String> problem = TextWrap.lines(spec.problem(), mutedStyle(), width - 2 * FigureChrome.MARGIN);
        double h = FigureChrome.titleHeight(spec.title(), subtitle(spec)) + problem.size() * LINE + 14 + LINE * 1.5;
        List<List<String>> left = new ArrayList<>();
        List<List<String>> right = new ArrayList<>();
        for (ComparisonCardSpec.Row row : spec.rows()) {
            List<String> l = row.leftStep() < 0 ? List.of() : TextWrap.lines(row.leftText(), textStyle(), textWidth);
            List<String> r = row.rightStep() < 0 ? List.of() : TextWrap.lines(row.rightText(), textStyle(), textWidth);
            left.add(l);
            right.add(r);
            h += rowHeight(row, l, r) + ROW_GAP;
        }
        List<String> footer = FigureChrome.footerLines(spec.provenance(), width - 2 * FigureChrome.MARGIN);
        h += LINE + FigureChrome.footerHeight(footer);
        return new Layout(problem, left, right, footer, Math.ceil(h));
    }

    private static double rowHeight(ComparisonCardSpec.Row row, List<String> l, List<String> r) {
        int lines = Math.max(Math.max(l.size() + (row.leftFirstError() ? 1 : 0), r.size() + (row.rightFirstError() ? 1 : 0)), 1);
        return lines * LINE + 4;
    }

    @Override
    public void draw(DrawingSurface s, double width, double height) {
        Layout l = layout(spec(), width);
        FigureChrome.background(s, width, height);
        FigureChrome.drawTitle(s, spec().title(), subtitle(spec()), width);
        double y = FigureChrome.titleHeight(spec().title(), subtitle(spec())) + TEXT_SIZE;
        for (String line : l.problemLines()) {
            s.text(line, FigureChrome.MARGIN, y, mutedStyle());
            y += LINE;
        }
        double column = columnWidth(width);
        double leftX = FigureChrome.MARGIN;
        double rightX = FigureChrome.MARGIN + column + MIDDLE;
        y += 8;
        s.text(spec().leftTitle(), leftX, y, textStyle().emphasized());
        s.text("Δ P", leftX + column + MIDDLE / 2, y, labelStyle().anchored(TextStyle.Anchor.MIDDLE));
        s.text(spec().rightTitle(), rightX, y, textStyle().emphasized());
        y += LINE * 1.5;
        for (int i = 0; i < spec().rows().size(); i++) {
            ComparisonCardSpec.Row row = spec().rows().get(i);
            double rowHeight = rowHeight(row, l.left().get(i), l.right().get(i));
            double top = y - TEXT_SIZE;
            Map<String, String> data = new LinkedHashMap<>();
            data.put("row", Integer.toString(i + 1));
            data.put("left_step", Integer.toString(row.leftStep() + 1));
            data.put("right_step", Integer.toString(row.rightStep() + 1));
            s.beginGroup("row", data);
            if (row.firstDivergence()) {
                s.line(FigureChrome.MARGIN, top - ROW_GAP / 2, width - FigureChrome.MARGIN, top - ROW_GAP / 2,
                        Stroke.solid(Palette.BLUE, 1.2));
                s.text("first divergence", leftX + column + MIDDLE / 2, top - ROW_GAP / 2 - 2,
                        TextStyle.of(8, TextStyle.Anchor.MIDDLE, Palette.BLUE).emphasized());
            }
            side(s, leftX, y, top, column, rowHeight, row.leftStep(), row.leftP(), row.leftFirstError(), l.left().get(i));
            side(s, rightX, y, top, column, rowHeight, row.rightStep(), row.rightP(), row.rightFirstError(), l.right().get(i));
            double delta = row.rightP() - row.leftP();
            s.text(Double.isNaN(delta) ? "–" : String.format(Locale.ROOT, "%+.2f", delta), leftX + column + MIDDLE / 2, y,
                    labelStyle().emphasized().anchored(TextStyle.Anchor.MIDDLE));
            s.endGroup();
            y += rowHeight + ROW_GAP;
        }
        FigureChrome.drawFooter(s, l.footer(), width, height);
    }

    private static void side(DrawingSurface s, double x, double y, double top, double width, double height, int step,
                             double p, boolean firstError, List<String> lines) {
        if (step < 0) {
            s.rect(x, top - 2, width, height, null, Stroke.dashed(Palette.GRID, 1));
            s.text("no matching step", x + width / 2, y, labelStyle().anchored(TextStyle.Anchor.MIDDLE));
            return;
        }
        if (firstError) {
            s.rect(x - 3, top - 3, width + 6, height + 2, new Fill(Palette.VERMILLION, 0.07),
                    Stroke.solid(Palette.VERMILLION, 1.2));
        }
        s.rect(x, top, BAR, height - 4, Fill.solid(ProbabilityScale.color(p)), null);
        s.text("Step " + (step + 1), x + BAR + 4, y, labelStyle());
        s.text(Double.isNaN(p) ? "—" : String.format(Locale.ROOT, "%.2f", p), x + BAR + 4, y + LINE,
                labelStyle().emphasized());
        double textX = x + BAR + 44;
        double ly = y;
        for (String line : lines) {
            s.text(line, textX, ly, textStyle());
            ly += LINE;
        }
        if (firstError) {
            s.text("▲ first predicted error", textX, ly, TextStyle.of(9, TextStyle.Anchor.START, Palette.VERMILLION).emphasized());
        }
    }

    private static String subtitle(ComparisonCardSpec spec) {
        long pairs = spec.rows().stream().filter(r -> r.leftStep() >= 0 && r.rightStep() >= 0).count();
        return "steps aligned by content: " + pairs + " paired, " + (spec.rows().size() - pairs)
                + " facing a gap · tinted by " + spec.scorer() + " P(correct) · Δ = right − left";
    }

    private static TextStyle textStyle() {
        return TextStyle.of(TEXT_SIZE, TextStyle.Anchor.START, Palette.INK);
    }

    private static TextStyle mutedStyle() {
        return TextStyle.of(TEXT_SIZE, TextStyle.Anchor.START, Palette.MUTED_INK);
    }

    private static TextStyle labelStyle() {
        return TextStyle.of(9, TextStyle.Anchor.START, Palette.MUTED_INK);
    }
}
