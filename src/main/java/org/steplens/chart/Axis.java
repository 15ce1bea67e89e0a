package org.steplens.chart;

/**
 * An axis of a chart.
 *
 * @param label title under (x) or beside (y) the axis
 * @param log   logarithmic (base 10)
 * @param min   fixed lower bound, or null to fit the data
 * @param max   fixed upper bound, or null to fit the data
 */
public record Axis(String label, boolean log, Double min, Double max) {

    public static Axis linear(String label) {
        return new Axis(label, false, null, null);
    }

    public static Axis log(String label) {
        return new Axis(label, true, null, null);
    }

    public static Axis fixed(String label, double min, double max) {
        return new Axis(label, false, min, max);
    }
}
