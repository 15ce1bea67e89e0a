package org.steplens.chart;

/**
 * An axis of a chart.
 *
 * @param label title under (x) or beside (y) the axis
 * @param log   logarithmic (base 10)
 * @param min   fixed lower bound, or null to fit the data
 * @param max   fixed upper bound, or null to fit the data
 * @param floor   a fitted axis never starts below this (null: no limit), e.g. 0 for a percentage
 * @param ceiling a fitted axis never ends above this (null: no limit), e.g. 100 for a percentage
 */
public record Axis(String label, boolean log, Double min, Double max, Double floor, Double ceiling) {

    public Axis(String label, boolean log, Double min, Double max) {
        this(label, log, min, max, null, null);
    }

    /** A linear axis fitted to the data but kept within 0–100 (no "110 %" tick above a curve near 100). */
    public static Axis percent(String label) {
        return new Axis(label, false, null, null, 0.0, 100.0);
    }

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
