package org.steplens.chart;

import java.util.Objects;

/**
 * One coloured set of bars in a grouped bar chart, one value per category.
 *
 * @param key    a stable machine name (e.g. the method)
 * @param label  legend text
 * @param color  bar colour
 * @param values one per category; NaN for none
 * @param errors whisker half-heights, one per category, or null for none
 */
public record BarGroup(String key, String label, ChartColor color, double[] values, double[] errors) {

    public BarGroup {
        Objects.requireNonNull(key, "key");
        values = values.clone();
        errors = errors == null ? null : errors.clone();
        if (errors != null && errors.length != values.length) {
            throw new IllegalArgumentException(values.length + " values but " + errors.length + " errors");
        }
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    double value(int i) {
        return values[i];
    }

    double error(int i) {
        return errors == null || Double.isNaN(errors[i]) ? 0 : errors[i];
    }
}
