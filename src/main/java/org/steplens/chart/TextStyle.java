package org.steplens.chart;

/**
 * How a piece of text is drawn. The point given with the text is on its baseline; the anchor says whether that
 * point is the start, middle or end of the text (before rotation).
 *
 * @param size     font size in figure units
 * @param bold     bold weight
 * @param anchor   horizontal alignment at the point
 * @param color    colour
 * @param vertical rotated 90° anticlockwise (reads bottom to top), for a y-axis label
 */
public record TextStyle(double size, boolean bold, Anchor anchor, ChartColor color, boolean vertical) {

    /** Where the given point sits along the text. */
    public enum Anchor { START, MIDDLE, END }

    public static TextStyle of(double size, Anchor anchor, ChartColor color) {
        return new TextStyle(size, false, anchor, color, false);
    }

    public TextStyle emphasized() {
        return new TextStyle(size, true, anchor, color, vertical);
    }

    public TextStyle rotated() {
        return new TextStyle(size, bold, anchor, color, true);
    }

    public TextStyle anchored(Anchor value) {
        return new TextStyle(size, bold, value, color, vertical);
    }
}
