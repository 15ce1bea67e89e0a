package org.steplens.chart;

/**
 * A straight dashed guide in data coordinates: the diagonal of a reliability diagram, a chosen threshold.
 *
 * @param label legend text, or null to leave it out of the legend
 */
public record ReferenceLine(String label, double x1, double y1, double x2, double y2, ChartColor color) {

    public static ReferenceLine vertical(String label, double x, double yMin, double yMax, ChartColor color) {
        return new ReferenceLine(label, x, yMin, x, yMax, color);
    }
}
