package org.steplens.ui.bestofn;

import java.util.ArrayList;
import java.util.List;
import org.steplens.chart.DrawingSurface;
import org.steplens.chart.Fill;
import org.steplens.chart.LineChart;
import org.steplens.chart.Stroke;
import org.steplens.chart.TextStyle;

/**
 * What a line chart draws at a given size, as a window test can check it: the texts shortened with "…", the top of
 * the legend (its translucent box) and the top of the plot.
 */
record ChartText(List<String> shortened, double legendTop, double plotTop) {

    static ChartText of(LineChart chart, double width, double height) {
        List<String> shortened = new ArrayList<>();
        double[] legendTop = {Double.POSITIVE_INFINITY};
        chart.draw(new DrawingSurface() {
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
            public void rect(double x, double y, double w, double h, Fill fill, Stroke stroke) {
                if (fill != null && fill.opacity() < 1) {
                    legendTop[0] = Math.min(legendTop[0], y);
                }
            }

            @Override
            public void circle(double cx, double cy, double radius, Fill fill, Stroke stroke) {
            }

            @Override
            public void text(String text, double x, double y, TextStyle style) {
                if (text.endsWith("…")) {
                    shortened.add(text);
                }
            }

            @Override
            public void beginGroup(String role, java.util.Map<String, String> data) {
            }

            @Override
            public void endGroup() {
            }
        }, width, height);
        return new ChartText(shortened, legendTop[0], chart.layout(width, height).plotY());
    }
}
