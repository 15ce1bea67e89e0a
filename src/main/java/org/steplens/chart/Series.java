package org.steplens.chart;

import java.util.List;
import java.util.Objects;

/**
 * A line of points, optionally with a band of ± {@link DataPoint#error()} around it.
 *
 * @param key    a stable machine name (e.g. the method {@code prm}); written into SVG data attributes
 * @param label  the legend text
 * @param color  line, marker and band colour
 * @param marker point marker
 * @param dashed dashed line (e.g. an oracle upper bound)
 * @param band   draw the ± error band
 * @param points in increasing x
 */
public record Series(String key, String label, ChartColor color, MarkerShape marker, boolean dashed, boolean band,
                     List<DataPoint> points) {

    public Series {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(color, "color");
        points = List.copyOf(points);
    }

    /** A method's curve in its palette colour and marker, with a band. */
    public static Series forMethod(String method, String label, int index, List<DataPoint> points) {
        // bounds and baselines (oracle, random) are dashed without a band, so the eye goes to the real methods
        boolean baseline = Palette.markerForMethod(method, index) == MarkerShape.NONE;
        return new Series(method, label, Palette.forMethod(method, index), Palette.markerForMethod(method, index),
                baseline, !baseline, points);
    }
}
