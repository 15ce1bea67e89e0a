package org.steplens.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Draws a {@link BarChartSpec}: bars grouped by category with optional whiskers and a legend row. */
public final class BarChart extends SpecChart<BarChartSpec> {
    private static final double LEGEND_ROW = FigureChrome.LEGEND_SIZE * 2;
    private static final double MAX_BAR_WIDTH = 48;

    public BarChart(BarChartSpec spec) {
        this(spec, 720, 420);
    }

    public BarChart(BarChartSpec spec, double preferredWidth, double preferredHeight) {
        super(spec, preferredWidth, preferredHeight);
    }

    @Override
    public void draw(DrawingSurface s, double width, double height) {
        FigureChrome.background(s, width, height);
        double[] yr = valueRange();
        Ticks ticks = Ticks.linear(yr[0], yr[1], 6);
        double yLabelWidth = 0;
        for (String label : ticks.labels()) {
            yLabelWidth = Math.max(yLabelWidth, TextMeasure.width(label, FigureChrome.tickStyle(TextStyle.Anchor.END)));
        }
        List<String> footer = FigureChrome.footerLines(spec().provenance(), width - 2 * FigureChrome.MARGIN);
        double top = FigureChrome.titleHeight(spec().title(), spec().subtitle()) + LEGEND_ROW;
        double left = FigureChrome.MARGIN + FigureChrome.AXIS_LABEL_SIZE * 1.4 + yLabelWidth + 10;
        double right = FigureChrome.MARGIN + 6;
        double bottom = FigureChrome.footerHeight(footer) + 2 * FigureChrome.TICK_SIZE * FigureChrome.LINE_GAP + 12;
        double pw = Math.max(40, width - left - right);
        double ph = Math.max(40, height - top - bottom);
        Scale y = new Scale(yr[0], yr[1], top + ph, top, false);

        Stroke grid = Stroke.solid(Palette.GRID, 0.8);
        Stroke axis = Stroke.solid(Palette.INK, 1);
        for (int i = 0; i < ticks.major().size(); i++) {
            double py = y.toPixel(ticks.major().get(i));
            s.line(left, py, left + pw, py, grid);
            s.line(left - 5, py, left, py, axis);
            s.text(ticks.labels().get(i), left - 8, py + TextMeasure.capHeight(FigureChrome.TICK_SIZE) / 2,
                    FigureChrome.tickStyle(TextStyle.Anchor.END));
        }
        int categories = spec().categories().size();
        int groups = Math.max(1, spec().groups().size());
        double slot = pw / Math.max(1, categories);
        double barWidth = Math.min(slot * 0.8 / groups, MAX_BAR_WIDTH);
        double groupOffset = (slot - barWidth * groups) / 2;
        double baseline = y.toPixel(Math.max(yr[0], 0));
        for (int g = 0; g < spec().groups().size(); g++) {
            BarGroup group = spec().groups().get(g);
            Map<String, String> data = new LinkedHashMap<>();
            data.put("series", group.key());
            s.beginGroup("series", data);
            for (int c = 0; c < categories; c++) {
                double v = group.value(c);
                if (Double.isNaN(v)) {
                    continue;
                }
                Map<String, String> pd = new LinkedHashMap<>();
                pd.put("category", spec().categories().get(c));
                pd.put("y", Double.toString(v));
                pd.put("error", Double.toString(group.error(c)));
                s.beginGroup("bar", pd);
                double x = left + c * slot + groupOffset + g * barWidth;
                double py = y.toPixel(v);
                s.rect(x + 0.5, Math.min(py, baseline), barWidth - 1, Math.abs(baseline - py), Fill.solid(group.color()),
                        null);
                double err = group.error(c);
                if (err > 0) {
                    double cx = x + barWidth / 2;
                    Stroke whisker = Stroke.solid(Palette.INK, 1);
                    double hi = y.toPixel(Math.min(yr[1], v + err));
                    double lo = y.toPixel(Math.max(yr[0], v - err));
                    s.line(cx, hi, cx, lo, whisker);
                    s.line(cx - 3, hi, cx + 3, hi, whisker);
                    s.line(cx - 3, lo, cx + 3, lo, whisker);
                }
                s.endGroup();
            }
            s.endGroup();
        }
        s.line(left, top + ph, left + pw, top + ph, axis);
        s.line(left, top, left, top + ph, axis);
        for (int c = 0; c < categories; c++) {
            List<String> lines = wrap(spec().categories().get(c), slot - 4);
            double ly = top + ph + 6 + FigureChrome.TICK_SIZE;
            for (String line : lines) {
                s.text(line, left + (c + 0.5) * slot, ly, FigureChrome.tickStyle(TextStyle.Anchor.MIDDLE));
                ly += FigureChrome.TICK_SIZE * FigureChrome.LINE_GAP;
            }
        }
        s.text(spec().yAxis().label(), FigureChrome.MARGIN + FigureChrome.AXIS_LABEL_SIZE, top + ph / 2,
                FigureChrome.axisLabelStyle().rotated());
        drawLegendRow(s, width, top - LEGEND_ROW + FigureChrome.LEGEND_SIZE * 0.6);
        FigureChrome.drawTitle(s, spec().title(), spec().subtitle(), width);
        FigureChrome.drawFooter(s, footer, width, height);
    }

    private void drawLegendRow(DrawingSurface s, double width, double y) {
        TextStyle style = TextStyle.of(FigureChrome.LEGEND_SIZE, TextStyle.Anchor.START, Palette.INK);
        double total = 0;
        for (BarGroup g : spec().groups()) {
            total += 16 + TextMeasure.width(g.label(), style) + 18;
        }
        double x = (width - total) / 2;
        s.beginGroup("legend", Map.of());
        for (BarGroup g : spec().groups()) {
            s.rect(x, y - 5, 10, 10, Fill.solid(g.color()), null);
            s.text(g.label(), x + 16, y + TextMeasure.capHeight(FigureChrome.LEGEND_SIZE) / 2, style);
            x += 16 + TextMeasure.width(g.label(), style) + 18;
        }
        s.endGroup();
    }

    /** Breaks a category name into at most two lines that fit, eliding the rest. */
    private static List<String> wrap(String text, double maxWidth) {
        TextStyle style = FigureChrome.tickStyle(TextStyle.Anchor.MIDDLE);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && TextMeasure.width(candidate, style) > maxWidth && lines.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        lines.add(line.toString());
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            while (l.length() > 1 && TextMeasure.width(l, style) > maxWidth) {
                l = l.substring(0, l.length() - 2) + "…";
            }
            lines.set(i, l);
        }
        return lines;
    }

    private double[] valueRange() {
        Axis a = spec().yAxis();
        double min = 0;
        double max = Double.NEGATIVE_INFINITY;
        for (BarGroup g : spec().groups()) {
            for (int i = 0; i < spec().categories().size(); i++) {
                double v = g.value(i);
                if (!Double.isNaN(v)) {
                    min = Math.min(min, v - g.error(i));
                    max = Math.max(max, v + g.error(i));
                }
            }
        }
        if (!Double.isFinite(max) || max <= min) {
            max = min + 1;
        }
        double step = Ticks.niceStep((max - min) / 6);
        return new double[] {a.min() != null ? a.min() : Math.floor(min / step) * step,
                a.max() != null ? a.max() : Math.ceil(max / step) * step};
    }
}
