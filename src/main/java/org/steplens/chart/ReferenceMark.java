package org.steplens.chart;

/**
 * A published value drawn for comparison as a hollow marker with a short label, e.g. the paper's PRM
 * best-of-1860 accuracy on MATH500.
 *
 * @param key   a stable machine name, e.g. {@code prm}
 * @param label text beside the mark, e.g. {@code 78.2}
 * @param x     position on the x axis
 * @param y     value
 * @param color usually the method's colour
 */
public record ReferenceMark(String key, String label, double x, double y, ChartColor color) {
}
