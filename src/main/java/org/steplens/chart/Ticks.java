package org.steplens.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** Tick positions and their labels for an axis; minor ticks are unlabelled. */
public record Ticks(List<Double> major, List<String> labels, List<Double> minor) {

    /** "Nice" steps of 1, 2 or 5 × 10^k, about {@code target} of them across [min, max]. */
    static Ticks linear(double min, double max, int target) {
        return withStep(min, max, niceStep((max - min) / Math.max(1, target)));
    }

    /** Every multiple of {@code step} in [min, max]. */
    static Ticks withStep(double min, double max, double step) {
        List<Double> major = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
        for (double v = Math.ceil(min / step - 1e-9) * step; v <= max + step * 1e-9; v += step) {
            double rounded = Math.round(v / step) * step;
            major.add(rounded);
            labels.add(String.format(Locale.ROOT, "%." + decimals + "f", rounded + 0.0));
        }
        return new Ticks(major, labels, List.of());
    }

    /**
     * Powers of ten with minor ticks between them; when the range holds fewer than two powers of ten (e.g.
     * N = 1…8), the data's own x values are labelled instead, so short log axes still read well.
     */
    static Ticks log(double min, double max, List<Double> dataValues) {
        List<Double> powers = new ArrayList<>();
        for (int e = (int) Math.floor(Math.log10(min)); e <= (int) Math.ceil(Math.log10(max)); e++) {
            double p = Math.pow(10, e);
            if (p >= min * (1 - 1e-9) && p <= max * (1 + 1e-9)) {
                powers.add(p);
            }
        }
        List<Double> minor = new ArrayList<>();
        for (int e = (int) Math.floor(Math.log10(min)); e <= (int) Math.ceil(Math.log10(max)); e++) {
            for (int m = 2; m <= 9; m++) {
                double v = m * Math.pow(10, e);
                if (v > min && v < max) {
                    minor.add(v);
                }
            }
        }
        if (powers.size() >= 2) {
            return new Ticks(powers, powers.stream().map(Ticks::integerLabel).toList(), minor);
        }
        List<Double> values = new ArrayList<>(new TreeSet<>(dataValues));
        return new Ticks(values, values.stream().map(Ticks::integerLabel).toList(), List.of());
    }

    static double niceStep(double rough) {
        if (rough <= 0 || Double.isNaN(rough)) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double f = rough / magnitude;
        double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
        return nice * magnitude;
    }

    private static String integerLabel(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.3g", v);
    }
}
