package org.steplens.chart;

import java.util.Locale;

/** An opaque sRGB colour. */
public record ChartColor(int red, int green, int blue) {

    public ChartColor {
        if ((red | green | blue) < 0 || red > 255 || green > 255 || blue > 255) {
            throw new IllegalArgumentException("colour channels must be 0-255, got " + red + "," + green + "," + blue);
        }
    }

    /** From {@code #rrggbb}. */
    public static ChartColor hex(String hex) {
        if (!hex.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("expected #rrggbb, got " + hex);
        }
        int v = Integer.parseInt(hex.substring(1), 16);
        return new ChartColor(v >> 16, (v >> 8) & 0xff, v & 0xff);
    }

    /** From 0xRRGGBB, e.g. the UI's probability scale {@code PrmColorScale.rgb(p)}. */
    public static ChartColor fromRgb(int rgb) {
        return new ChartColor((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
    }

    /** {@code #rrggbb}, lower case: usable in SVG and in JavaFX CSS. */
    public String toHex() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }

    public int rgb() {
        return (red << 16) | (green << 8) | blue;
    }

    /** Linear mix towards {@code other}; t = 0 gives this colour, 1 gives other. */
    public ChartColor mix(ChartColor other, double t) {
        return new ChartColor(lerp(red, other.red, t), lerp(green, other.green, t), lerp(blue, other.blue, t));
    }

    private static int lerp(int a, int b, double t) {
        return (int) Math.round(a + (b - a) * Math.max(0, Math.min(1, t)));
    }
}
