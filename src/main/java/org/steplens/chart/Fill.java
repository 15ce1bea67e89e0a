package org.steplens.chart;

/** A fill colour with its opacity (0 transparent – 1 opaque). */
public record Fill(ChartColor color, double opacity) {

    public Fill {
        if (opacity < 0 || opacity > 1) {
            throw new IllegalArgumentException("opacity must be in [0, 1], got " + opacity);
        }
    }

    public static Fill solid(ChartColor color) {
        return new Fill(color, 1);
    }
}
