package org.steplens.chart;

/**
 * How a line is drawn.
 *
 * @param color colour
 * @param width width in figure units (1 unit = 1 px at scale 1)
 * @param dash  dash pattern (on, off, ...) or null for a solid line
 */
public record Stroke(ChartColor color, double width, double[] dash) {

    public static Stroke solid(ChartColor color, double width) {
        return new Stroke(color, width, null);
    }

    public static Stroke dashed(ChartColor color, double width) {
        return new Stroke(color, width, new double[] {5, 3});
    }

    public boolean isDashed() {
        return dash != null && dash.length > 0;
    }
}
