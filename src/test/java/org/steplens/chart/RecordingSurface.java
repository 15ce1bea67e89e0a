package org.steplens.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A drawing surface that keeps what was drawn (texts, filled rectangles), for tests of what a chart shows. */
public final class RecordingSurface implements DrawingSurface {
    public record Drawn(String text, double x, double y, TextStyle style) {
    }

    public final List<Drawn> texts = new ArrayList<>();
    public final List<ChartColor> fills = new ArrayList<>();
    /** x, y, width, height and fill opacity of each filled rectangle. */
    public final List<double[]> rects = new ArrayList<>();

    @Override
    public void line(double x1, double y1, double x2, double y2, Stroke stroke) {
    }

    @Override
    public void polyline(double[] xs, double[] ys, Stroke stroke) {
    }

    @Override
    public void polygon(double[] xs, double[] ys, Fill fill, Stroke stroke) {
    }

    @Override
    public void rect(double x, double y, double width, double height, Fill fill, Stroke stroke) {
        if (fill != null) {
            fills.add(fill.color());
            rects.add(new double[] {x, y, width, height, fill.opacity()});
        }
    }

    @Override
    public void circle(double cx, double cy, double radius, Fill fill, Stroke stroke) {
    }

    @Override
    public void text(String text, double x, double y, TextStyle style) {
        texts.add(new Drawn(text, x, y, style));
    }

    @Override
    public void beginGroup(String role, Map<String, String> data) {
    }

    @Override
    public void endGroup() {
    }
}
