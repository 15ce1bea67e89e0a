package org.steplens.chart;

/**
 * One plotted value.
 *
 * @param x     position on the x axis (for best-of-N: N)
 * @param y     the value (for best-of-N: mean % solved over trials)
 * @param error half-height of its band (for best-of-N: one standard deviation over trials); 0 for none
 */
public record DataPoint(double x, double y, double error) {

    public DataPoint {
        if (Double.isNaN(error) || error < 0) {
            throw new IllegalArgumentException("error must be >= 0, got " + error);
        }
    }

    public static DataPoint of(double x, double y) {
        return new DataPoint(x, y, 0);
    }
}
