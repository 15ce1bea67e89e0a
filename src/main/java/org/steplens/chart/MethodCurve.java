package org.steplens.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One method's best-of-N result as plotted: % solved (mean and standard deviation over trials) at each N.
 *
 * @param method the method's CLI name, e.g. {@code prm}, {@code orm}, {@code majority}
 * @param n      the N grid, increasing
 * @param mean   mean % solved at each N
 * @param std    standard deviation over trials at each N (percentage points)
 */
public record MethodCurve(String method, int[] n, double[] mean, double[] std) {

    public MethodCurve {
        Objects.requireNonNull(method, "method");
        if (n.length != mean.length || n.length != std.length) {
            throw new IllegalArgumentException("N grid, means and deviations differ in length: " + n.length + ", "
                    + mean.length + ", " + std.length);
        }
        n = n.clone();
        mean = mean.clone();
        std = std.clone();
    }

    @Override
    public int[] n() {
        return n.clone();
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    @Override
    public double[] std() {
        return std.clone();
    }

    List<DataPoint> points() {
        List<DataPoint> points = new ArrayList<>(n.length);
        for (int i = 0; i < n.length; i++) {
            points.add(new DataPoint(n[i], mean[i], std[i]));
        }
        return points;
    }
}
