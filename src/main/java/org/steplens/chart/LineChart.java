package org.steplens.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Draws a {@link LineChartSpec}: grid, bands, lines, markers, reference values, legend, title and footer. */
public final class LineChart extends SpecChart<LineChartSpec> {
    private static final double MARKER_RADIUS = 3.2;
    private static final double REFERENCE_LABEL_SIZE = 9.5;

    public LineChart(LineChartSpec spec) {
        this(spec, 720, 480);
    }

    public LineChart(LineChartSpec spec, double preferredWidth, double preferredHeight) {
        super(spec, preferredWidth, preferredHeight);
    }

    /** The plot box and scales at this size. */
    public LineChartLayout layout(double width, double height) {
        double[] xr = xRange();
        double[] yr = yRange();
        Ticks xTicks = spec().xAxis().log() ? Ticks.log(xr[0], xr[1], xValues()) : Ticks.linear(xr[0], xr[1], 6);
        Ticks yTicks;
        if (spec().yAxis().min() == null && spec().yAxis().max() == null) {
            // a fitted axis ends on ticks
            double step = Ticks.niceStep((yr[1] - yr[0]) / 6);
            yr[0] = Math.floor(yr[0] / step + 1e-9) * step;
            yr[1] = Math.ceil(yr[1] / step - 1e-9) * step;
            Axis a = spec().yAxis();
            yr[0] = a.floor() == null ? yr[0] : Math.max(a.floor(), yr[0]);
            yr[1] = a.ceiling() == null ? yr[1] : Math.min(a.ceiling(), yr[1]);
            yTicks = Ticks.withStep(yr[0], yr[1], step);
        } else {
            yTicks = Ticks.linear(yr[0], yr[1], 6);
        }
        double yLabelWidth = 0;
        for (String label : yTicks.labels()) {
            yLabelWidth = Math.max(yLabelWidth, TextMeasure.width(label, FigureChrome.tickStyle(TextStyle.Anchor.END)));
        }
        List<String> footer = FigureChrome.footerLines(spec().provenance(), width - 2 * FigureChrome.MARGIN);
        double top = FigureChrome.titleHeight(spec().title(), spec().subtitle());
        double left = FigureChrome.MARGIN + FigureChrome.AXIS_LABEL_SIZE * 1.4 + yLabelWidth + 10;
        double right = FigureChrome.MARGIN + 10 + referenceLabelWidth();
        double bottom = FigureChrome.footerHeight(footer) + FigureChrome.TICK_SIZE * 1.3 + 8
                + FigureChrome.AXIS_LABEL_SIZE * 1.6;
        double pw = Math.max(40, width - left - right);
        double ph = Math.max(40, height - top - bottom);
        Scale x = new Scale(xr[0], xr[1], left, left + pw, spec().xAxis().log());
        Scale y = new Scale(yr[0], yr[1], top + ph, top, spec().yAxis().log());
        return new LineChartLayout(left, top, pw, ph, x, y, xTicks, yTicks, footer);
    }

    @Override
    public void draw(DrawingSurface s, double width, double height) {
        LineChartLayout l = layout(width, height);
        FigureChrome.background(s, width, height);
        drawGrid(s, l);
        for (Series series : spec().series()) {
            drawSeries(s, l, series);
        }
        drawReferences(s, l);
        drawAxes(s, l);
        Legend legend = legend();
        if (!legend.isEmpty()) {
            double[] at = legendPosition(l, legend);
            legend.draw(s, at[0], at[1]);
        }
        FigureChrome.drawTitle(s, spec().title(), spec().subtitle(), width);
        FigureChrome.drawFooter(s, l.footerLines(), width, height);
    }

    private void drawGrid(DrawingSurface s, LineChartLayout l) {
        Stroke grid = Stroke.solid(Palette.GRID, 0.8);
        s.beginGroup("grid", Map.of());
        for (double v : l.yTicks().major()) {
            double py = l.y().toPixel(v);
            s.line(l.plotX(), py, l.plotX() + l.plotWidth(), py, grid);
        }
        for (double v : l.xTicks().major()) {
            if (l.x().contains(v)) {
                double px = l.x().toPixel(v);
                s.line(px, l.plotY(), px, l.plotY() + l.plotHeight(), grid);
            }
        }
        s.endGroup();
    }

    private void drawSeries(DrawingSurface s, LineChartLayout l, Series series) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("series", series.key());
        data.put("label", series.label());
        s.beginGroup("series", data);
        List<DataPoint> pts = series.points();
        int n = pts.size();
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = l.x().toPixel(pts.get(i).x());
            ys[i] = clampY(l, l.y().toPixel(pts.get(i).y()));
        }
        if (series.band() && n > 0 && pts.stream().anyMatch(p -> p.error() > 0)) {
            double[] bx = new double[2 * n];
            double[] by = new double[2 * n];
            for (int i = 0; i < n; i++) {
                DataPoint p = pts.get(i);
                bx[i] = xs[i];
                by[i] = clampY(l, l.y().toPixel(p.y() + p.error()));
                bx[2 * n - 1 - i] = xs[i];
                by[2 * n - 1 - i] = clampY(l, l.y().toPixel(p.y() - p.error()));
            }
            s.polygon(bx, by, new Fill(series.color(), 0.18), null);
        }
        if (n > 1) {
            s.polyline(xs, ys, series.dashed() ? Stroke.dashed(series.color(), 1.8) : Stroke.solid(series.color(), 1.8));
        }
        for (int i = 0; i < n; i++) {
            DataPoint p = pts.get(i);
            Map<String, String> pd = new LinkedHashMap<>();
            pd.put("x", Double.toString(p.x()));
            pd.put("y", Double.toString(p.y()));
            pd.put("error", Double.toString(p.error()));
            s.beginGroup("point", pd);
            Markers.draw(s, series.marker(), xs[i], ys[i], MARKER_RADIUS, series.color(), false);
            s.endGroup();
        }
        s.endGroup();
    }

    private void drawReferences(DrawingSurface s, LineChartLayout l) {
        for (ReferenceLine r : spec().referenceLines()) {
            s.line(l.x().toPixel(r.x1()), clampY(l, l.y().toPixel(r.y1())), l.x().toPixel(r.x2()),
                    clampY(l, l.y().toPixel(r.y2())), Stroke.dashed(r.color(), 1.2));
        }
        // labels sit right of the plot, beside their mark's height, pushed apart when values are close
        List<ReferenceMark> marks = new ArrayList<>(spec().referenceMarks());
        marks.sort((a, b) -> Double.compare(b.y(), a.y()));
        double labelX = l.plotX() + l.plotWidth() + 8;
        double previous = Double.NEGATIVE_INFINITY;
        double gap = REFERENCE_LABEL_SIZE * 1.25;
        for (ReferenceMark m : marks) {
            Map<String, String> data = new LinkedHashMap<>();
            data.put("series", m.key());
            data.put("x", Double.toString(m.x()));
            data.put("y", Double.toString(m.y()));
            s.beginGroup("reference", data);
            double px = l.x().toPixel(m.x());
            double py = l.y().toPixel(m.y());
            Markers.draw(s, MarkerShape.DIAMOND, px, py, 4.2, m.color(), true);
            double labelY = Math.max(py, previous + gap);
            previous = labelY;
            s.text(m.label(), labelX, labelY + TextMeasure.capHeight(REFERENCE_LABEL_SIZE) / 2, referenceLabelStyle(m));
            s.endGroup();
        }
    }

    private static TextStyle referenceLabelStyle(ReferenceMark m) {
        return TextStyle.of(REFERENCE_LABEL_SIZE, TextStyle.Anchor.START, m.color()).emphasized();
    }

    private double referenceLabelWidth() {
        double w = 0;
        for (ReferenceMark m : spec().referenceMarks()) {
            w = Math.max(w, TextMeasure.width(m.label(), referenceLabelStyle(m)) + 4);
        }
        return w;
    }

    private void drawAxes(DrawingSurface s, LineChartLayout l) {
        Stroke axis = Stroke.solid(Palette.INK, 1);
        double bottom = l.plotY() + l.plotHeight();
        s.beginGroup("axes", Map.of());
        s.line(l.plotX(), bottom, l.plotX() + l.plotWidth(), bottom, axis);
        s.line(l.plotX(), l.plotY(), l.plotX(), bottom, axis);
        for (double v : l.xTicks().minor()) {
            double px = l.x().toPixel(v);
            s.line(px, bottom, px, bottom + 3, axis);
        }
        for (int i = 0; i < l.xTicks().major().size(); i++) {
            double v = l.xTicks().major().get(i);
            if (!l.x().contains(v)) {
                continue;
            }
            double px = l.x().toPixel(v);
            s.line(px, bottom, px, bottom + 5, axis);
            s.text(l.xTicks().labels().get(i), px, bottom + 7 + FigureChrome.TICK_SIZE,
                    FigureChrome.tickStyle(TextStyle.Anchor.MIDDLE));
        }
        for (int i = 0; i < l.yTicks().major().size(); i++) {
            double py = l.y().toPixel(l.yTicks().major().get(i));
            s.line(l.plotX() - 5, py, l.plotX(), py, axis);
            s.text(l.yTicks().labels().get(i), l.plotX() - 8, py + TextMeasure.capHeight(FigureChrome.TICK_SIZE) / 2,
                    FigureChrome.tickStyle(TextStyle.Anchor.END));
        }
        // axis titles shrink, then shorten, rather than run past the plot (into the title, ticks or the edge)
        String xLabel = spec().xAxis().label() + (spec().xAxis().log() ? " (log scale)" : "");
        double xRoom = l.plotWidth() + Math.min(l.plotX() - FigureChrome.MARGIN, FigureChrome.MARGIN * 2);
        TextStyle xStyle = FigureChrome.fit(xLabel, FigureChrome.axisLabelStyle(), xRoom);
        s.text(FigureChrome.shorten(xLabel, xStyle, xRoom), l.plotX() + l.plotWidth() / 2,
                bottom + 10 + FigureChrome.TICK_SIZE * 1.3 + FigureChrome.AXIS_LABEL_SIZE * 1.1, xStyle);
        TextStyle yStyle = FigureChrome.fit(spec().yAxis().label(), FigureChrome.axisLabelStyle(), l.plotHeight());
        s.text(FigureChrome.shorten(spec().yAxis().label(), yStyle, l.plotHeight()),
                FigureChrome.MARGIN + FigureChrome.AXIS_LABEL_SIZE, l.plotY() + l.plotHeight() / 2, yStyle.rotated());
        s.endGroup();
    }

    private Legend legend() {
        List<Legend.Entry> entries = new ArrayList<>();
        for (Series s : spec().series()) {
            boolean hasBand = s.band() && s.points().stream().anyMatch(p -> p.error() > 0);
            entries.add(new Legend.Entry(s.label(), s.color(), s.marker(), s.dashed(), hasBand, false, false));
        }
        if (!spec().referenceMarks().isEmpty() && spec().referenceLegend() != null) {
            entries.add(new Legend.Entry(spec().referenceLegend(), Palette.INK, MarkerShape.DIAMOND, false, false, true,
                    false));
        }
        for (ReferenceLine r : spec().referenceLines()) {
            if (r.label() != null) {
                entries.add(new Legend.Entry(r.label(), r.color(), MarkerShape.NONE, true, false, false, false));
            }
        }
        return new Legend(entries);
    }

    /**
     * The plot corner where the legend hides the fewest data points and reference marks. It never starts above the
     * plot's top (a legend taller than a short plot hangs down over the x axis rather than up into the title).
     */
    private double[] legendPosition(LineChartLayout l, Legend legend) {
        double inset = 8;
        double w = legend.width();
        double h = legend.height();
        double top = l.plotY() + inset;
        double bottom = Math.max(top, l.plotY() + l.plotHeight() - h - inset);
        double right = Math.max(l.plotX() + inset, l.plotX() + l.plotWidth() - w - inset);
        double[][] corners = {
                {right, bottom},
                {l.plotX() + inset, top},
                {right, top},
                {l.plotX() + inset, bottom}};
        double[] best = corners[0];
        int bestCount = Integer.MAX_VALUE;
        for (double[] c : corners) {
            int count = 0;
            for (Series s : spec().series()) {
                for (int i = 0; i < s.points().size(); i++) {
                    DataPoint p = s.points().get(i);
                    count += covers(c, w, h, l.x().toPixel(p.x()), l.y().toPixel(p.y())) ? 3 : 0;
                    count += s.band() && covers(c, w, h, l.x().toPixel(p.x()), l.y().toPixel(p.y() + p.error())) ? 1 : 0;
                    count += s.band() && covers(c, w, h, l.x().toPixel(p.x()), l.y().toPixel(p.y() - p.error())) ? 1 : 0;
                    if (i > 0) {
                        // the middle of each segment, so a line crossing the box counts too
                        DataPoint q = s.points().get(i - 1);
                        double mx = (l.x().toPixel(p.x()) + l.x().toPixel(q.x())) / 2;
                        double my = (l.y().toPixel(p.y()) + l.y().toPixel(q.y())) / 2;
                        count += covers(c, w, h, mx, my) ? 2 : 0;
                    }
                }
            }
            for (ReferenceMark m : spec().referenceMarks()) {
                count += covers(c, w, h, l.x().toPixel(m.x()), l.y().toPixel(m.y())) ? 5 : 0;
            }
            if (count < bestCount) {
                bestCount = count;
                best = c;
            }
        }
        return best;
    }

    private static boolean covers(double[] corner, double w, double h, double px, double py) {
        return px >= corner[0] - 6 && px <= corner[0] + w + 6 && py >= corner[1] - 6 && py <= corner[1] + h + 6;
    }

    private static double clampY(LineChartLayout l, double py) {
        return Math.max(l.plotY(), Math.min(l.plotY() + l.plotHeight(), py));
    }

    private List<Double> xValues() {
        List<Double> xs = new ArrayList<>();
        spec().series().forEach(s -> s.points().forEach(p -> xs.add(p.x())));
        spec().referenceMarks().forEach(m -> xs.add(m.x()));
        return xs;
    }

    private double[] xRange() {
        Axis a = spec().xAxis();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : xValues()) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        for (ReferenceLine r : spec().referenceLines()) {
            min = Math.min(min, Math.min(r.x1(), r.x2()));
            max = Math.max(max, Math.max(r.x1(), r.x2()));
        }
        return fit(min, max, a, a.log() ? 0.04 : 0.02);
    }

    private double[] yRange() {
        Axis a = spec().yAxis();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Series s : spec().series()) {
            for (DataPoint p : s.points()) {
                double err = s.band() ? p.error() : 0;
                min = Math.min(min, p.y() - err);
                max = Math.max(max, p.y() + err);
            }
        }
        for (ReferenceMark m : spec().referenceMarks()) {
            min = Math.min(min, m.y());
            max = Math.max(max, m.y());
        }
        return fit(min, max, a, 0.05);
    }

    /** Pads the data range (in log space for a log axis), then applies any fixed bounds. */
    private static double[] fit(double min, double max, Axis axis, double padFraction) {
        if (!Double.isFinite(min) || !Double.isFinite(max)) {
            min = axis.log() ? 1 : 0;
            max = axis.log() ? 10 : 1;
        }
        if (axis.log()) {
            double lo = Math.log10(min);
            double hi = Math.log10(max);
            double pad = Math.max(hi - lo, 0.5) * padFraction + (hi == lo ? 0.25 : 0);
            min = Math.pow(10, lo - pad);
            max = Math.pow(10, hi + pad);
        } else {
            double pad = (max - min) * padFraction;
            if (max == min) {
                pad = Math.max(1, Math.abs(max) * 0.1);
            }
            min -= pad;
            max += pad;
        }
        return new double[] {axis.min() != null ? axis.min() : min, axis.max() != null ? axis.max() : max};
    }
}
