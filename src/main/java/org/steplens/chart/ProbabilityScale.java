package org.steplens.chart;

/**
 * The one colour scale for "probability that this step is correct", shared by the UI (cells, tints, legend) and by
 * every export, so a colour means the same probability on screen, in a PNG and in an SVG.
 *
 * <p>Diverging orange → light neutral → blue, centred on 0.5. Orange and blue stay distinct under the three common
 * colour-vision deficiencies (unlike red/green); a diverging scale answers the question a researcher asks ("does
 * the PRM lean correct or incorrect here?"), and its light middle makes undecided steps look undecided. The
 * midpoint stays at 0.5 whatever the threshold, so the threshold is shown by the first-error mark, never by colour
 * alone. Stops follow ColorBrewer's colour-blind-safe diverging palettes (PuOr's orange arm, RdBu's blue arm).
 */
public final class ProbabilityScale {
    /** The colour of a step no scorer scored. */
    public static final int UNSCORED_RGB = 0x9E9E9E;

    /** Probabilities at the stops, ascending. */
    private static final double[] AT = {0.0, 0.25, 0.5, 0.75, 1.0};
    /** sRGB colours at the stops. */
    private static final int[] RGB = {0xB35806, 0xF1A340, 0xEEEAE4, 0x92C5DE, 0x2166AC};

    private ProbabilityScale() {
    }

    /** The colour for {@code p} (clamped to [0, 1]) as 0xRRGGBB; {@link #UNSCORED_RGB} for NaN. */
    public static int rgb(double p) {
        if (Double.isNaN(p)) {
            return UNSCORED_RGB;
        }
        double x = Math.max(0, Math.min(1, p));
        int i = 0;
        while (i < AT.length - 2 && x > AT[i + 1]) {
            i++;
        }
        double t = (x - AT[i]) / (AT[i + 1] - AT[i]);
        return mix(RGB[i], RGB[i + 1], t);
    }

    public static ChartColor color(double p) {
        return ChartColor.fromRgb(rgb(p));
    }

    private static int mix(int a, int b, double t) {
        int r = (int) Math.round(((a >> 16) & 0xFF) * (1 - t) + ((b >> 16) & 0xFF) * t);
        int g = (int) Math.round(((a >> 8) & 0xFF) * (1 - t) + ((b >> 8) & 0xFF) * t);
        int bl = (int) Math.round((a & 0xFF) * (1 - t) + (b & 0xFF) * t);
        return (r << 16) | (g << 8) | bl;
    }
}
