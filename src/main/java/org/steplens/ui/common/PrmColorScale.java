package org.steplens.ui.common;

import java.util.Locale;
import javafx.scene.paint.Color;
import org.steplens.chart.ProbabilityScale;
import org.steplens.select.StepScoring;

/**
 * JavaFX face of the one probability colour scale, {@link ProbabilityScale} (defined in the core so exports use
 * the same colours): colours, row tints, legible text colours and labels.
 */
public final class PrmColorScale {

    private PrmColorScale() {
    }

    /** The scale's colour for {@code p} as 0xRRGGBB; grey for NaN (not scored). */
    public static int rgb(double p) {
        return ProbabilityScale.rgb(p);
    }

    public static Color color(double p) {
        int c = rgb(p);
        return Color.rgb((c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF);
    }

    /** The colour as a CSS hex literal, e.g. {@code #2166ac}. */
    public static String css(double p) {
        return String.format(Locale.ROOT, "#%06x", rgb(p));
    }

    /** A light wash of the colour for a row background, readable under text in light and dark themes. */
    public static Color tint(double p) {
        return Color.web(cssTint(p));
    }

    /** {@link #tint(double)} as a CSS colour literal. */
    public static String cssTint(double p) {
        int c = rgb(p);
        return String.format(Locale.ROOT, "rgba(%d,%d,%d,%.2f)", (c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF, tintOpacity(p));
    }

    /**
     * How strongly the tint shows. The default text colour must keep 4.5:1 on every tint in both themes
     * (StepLabelContrastTest): at 0.28 the worst case is 5.4:1 on dark, 9.7:1 on light; at 0.34 the scale's
     * near-white middle would bring dark-theme text down to 4.4:1.
     */
    public static double tintOpacity(double p) {
        return Double.isNaN(p) ? 0.08 : 0.28;
    }

    /** Inline CSS for a chip showing {@code p}: the scale's colour behind legible text. */
    public static String cssChip(double p) {
        return "-fx-background-color: " + css(p) + "; -fx-text-fill: "
                + (textOn(p).equals(Color.BLACK) ? "black" : "white") + ";";
    }

    /** Black or white, whichever reads better on {@link #color(double)}. */
    public static Color textOn(double p) {
        int c = rgb(p);
        double luminance = 0.2126 * channel(c >> 16) + 0.7152 * channel(c >> 8) + 0.0722 * channel(c);
        return luminance > 0.35 ? Color.BLACK : Color.WHITE;
    }

    /** The probability formatted as users see it next to a colour: two decimals, or an en dash when unscored. */
    public static String label(double p) {
        return Double.isNaN(p) ? "–" : String.format(Locale.ROOT, "%.2f", p);
    }

    /**
     * The probability as shown beside a threshold: two decimals unless rounding would put it on the other side of
     * the threshold (0.4983 shows "0.50" yet is flagged below 0.50): then as many more digits as it takes, up to
     * six, and beyond that an explicit "<" before the threshold ("<0.50"). NaN threshold: {@link #label(double)}.
     */
    public static String label(double p, double threshold) {
        if (Double.isNaN(p) || Double.isNaN(threshold)) {
            return label(p);
        }
        boolean flagged = StepScoring.flagged(p, threshold);
        for (int digits = 2; digits <= 6; digits++) {
            String s = String.format(Locale.ROOT, "%." + digits + "f", p);
            if (StepScoring.flagged(Double.parseDouble(s), threshold) == flagged) {
                return s;
            }
        }
        // a hair below: rounding lands on the threshold itself, so say which side
        return "<" + label(threshold);
    }

    private static double channel(int v) {
        double s = (v & 0xFF) / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }

}
