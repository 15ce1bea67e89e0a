package org.steplens.chart;

import java.util.Map;

/**
 * Light or dark colours for a figure. Figures are drawn with the light {@link Palette}; the dark theme swaps the
 * neutral tokens (paper, ink, muted ink, grid, black) for dark-background ones while drawing, so every chart follows
 * the window's theme on screen without a second copy of its drawing code. Exports keep the theme they are given
 * (light unless the user picks another).
 */
public enum ChartTheme {
    LIGHT(Map.of()),
    /** Neutrals matched to the UI's dark theme (AtlantaFX Primer Dark's canvas and text colours). */
    DARK(Map.of(
            Palette.PAPER, ChartColor.hex("#0d1117"),
            Palette.INK, ChartColor.hex("#c9d1d9"),
            Palette.BLACK, ChartColor.hex("#c9d1d9"),
            Palette.MUTED_INK, ChartColor.hex("#8b949e"),
            Palette.GRID, ChartColor.hex("#30363d")));

    private final Map<ChartColor, ChartColor> swaps;

    ChartTheme(Map<ChartColor, ChartColor> swaps) {
        this.swaps = swaps;
    }

    /** The colour this theme draws in place of {@code c}: neutrals swapped, method colours kept. */
    public ChartColor color(ChartColor c) {
        return c == null ? null : swaps.getOrDefault(c, c);
    }

    /** {@code surface} drawing in this theme's colours. */
    public DrawingSurface on(DrawingSurface surface) {
        return swaps.isEmpty() ? surface : new Recoloured(surface, this);
    }

    /** Passes every call on with its colours swapped. */
    private record Recoloured(DrawingSurface target, ChartTheme theme) implements DrawingSurface {
        @Override
        public void line(double x1, double y1, double x2, double y2, Stroke stroke) {
            target.line(x1, y1, x2, y2, stroke(stroke));
        }

        @Override
        public void polyline(double[] xs, double[] ys, Stroke stroke) {
            target.polyline(xs, ys, stroke(stroke));
        }

        @Override
        public void polygon(double[] xs, double[] ys, Fill fill, Stroke stroke) {
            target.polygon(xs, ys, fill(fill), stroke(stroke));
        }

        @Override
        public void rect(double x, double y, double width, double height, Fill fill, Stroke stroke) {
            target.rect(x, y, width, height, fill(fill), stroke(stroke));
        }

        @Override
        public void circle(double cx, double cy, double radius, Fill fill, Stroke stroke) {
            target.circle(cx, cy, radius, fill(fill), stroke(stroke));
        }

        @Override
        public void text(String text, double x, double y, TextStyle s) {
            target.text(text, x, y, new TextStyle(s.size(), s.bold(), s.anchor(), theme.color(s.color()), s.vertical()));
        }

        @Override
        public void beginGroup(String role, Map<String, String> data) {
            target.beginGroup(role, data);
        }

        @Override
        public void endGroup() {
            target.endGroup();
        }

        private Stroke stroke(Stroke s) {
            return s == null ? null : new Stroke(theme.color(s.color()), s.width(), s.dash());
        }

        private Fill fill(Fill f) {
            return f == null ? null : new Fill(theme.color(f.color()), f.opacity());
        }
    }
}
