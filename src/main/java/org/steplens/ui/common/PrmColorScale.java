package org.steplens.ui.common;

import javafx.scene.paint.Color;

/**
 * The one colour scale for "probability that this step is correct", used by step tints, table cells, the legend
 * and exports.
 *
 * <p>Diverging orange → light neutral → blue, centred on 0.5. Why: orange and blue stay distinct under the three
 * common colour-vision deficiencies (protanopia, deuteranopia, tritanopia), unlike red/green; a diverging scale
 * answers the question a researcher asks ("does the PRM lean correct or incorrect here?"), and its light middle
 * makes undecided steps look undecided. The midpoint stays at 0.5 when the user moves the threshold, so a colour
 * always means the same probability; the threshold is shown by the first-error mark, never by colour alone.
 * Stops follow ColorBrewer's colour-blind-safe diverging palettes (PuOr's orange arm, RdBu's blue arm).
 */
public final class PrmColorScale {
    /** Probabilities at the stops, ascending. */
    private static final double[] AT = {0.0, 0.25, 0.5, 0.75, 1.0};
    /** sRGB colours at the stops. */
    private static final int[] RGB = {0xB35806, 0xF1A340, 0xEEEAE4, 0x92C5DE, 0x2166AC};

    private PrmColorScale() {
    }

    /** The scale's colour for {@code p} (clamped to [0, 1]) as 0xRRGGBB; grey for NaN (not scored). */
    public static int rgb(double p) {
        if (Double.isNaN(p)) {
            return 0x9E9E9E;
        }
        double x = Math.max(0, Math.min(1, p));
        int i = 0;
        while (i < AT.length - 2 && x > AT[i + 1]) {
            i++;
        }
        double t = (x - AT[i]) / (AT[i + 1] - AT[i]);
        return mix(RGB[i], RGB[i + 1], t);
    }

    public static Color color(double p) {
        int c = rgb(p);
        return Color.rgb((c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF);
    }

    /** The colour as a CSS hex literal, e.g. {@code #2166ac}. */
    public static String css(double p) {
        return String.format("#%06x", rgb(p));
    }

    /** A light wash of the colour for a row background, readable under text in light and dark themes. */
    public static Color tint(double p) {
        return Color.web(cssTint(p));
    }

    /** {@link #tint(double)} as a CSS colour literal. */
    public static String cssTint(double p) {
        int c = rgb(p);
        return String.format("rgba(%d,%d,%d,%.2f)", (c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF, Double.isNaN(p) ? 0.08 : 0.28);
    }

    /** Black or white, whichever reads better on {@link #color(double)}. */
    public static Color textOn(double p) {
        int c = rgb(p);
        double luminance = 0.2126 * channel(c >> 16) + 0.7152 * channel(c >> 8) + 0.0722 * channel(c);
        return luminance > 0.35 ? Color.BLACK : Color.WHITE;
    }

    /** The probability formatted as users see it next to a colour: two decimals, or an en dash when unscored. */
    public static String label(double p) {
        return Double.isNaN(p) ? "–" : String.format("%.2f", p);
    }

    private static double channel(int v) {
        double s = (v & 0xFF) / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }

    private static int mix(int a, int b, double t) {
        int r = (int) Math.round(((a >> 16) & 0xFF) * (1 - t) + ((b >> 16) & 0xFF) * t);
        int g = (int) Math.round(((a >> 8) & 0xFF) * (1 - t) + ((b >> 8) & 0xFF) * t);
        int bl = (int) Math.round((a & 0xFF) * (1 - t) + (b & 0xFF) * t);
        return (r << 16) | (g << 8) | bl;
    }
}
