package org.steplens.chart;

/** Draws point markers; hollow ones mark published reference values. */
final class Markers {
    private Markers() {
    }

    static void draw(DrawingSurface s, MarkerShape shape, double x, double y, double r, ChartColor color,
                     boolean hollow) {
        Fill fill = hollow ? Fill.solid(Palette.PAPER) : Fill.solid(color);
        Stroke stroke = hollow ? Stroke.solid(color, 1.6) : Stroke.solid(Palette.PAPER, 0.8);
        switch (shape) {
            case CIRCLE -> s.circle(x, y, r, fill, stroke);
            case SQUARE -> s.rect(x - r * 0.9, y - r * 0.9, 1.8 * r, 1.8 * r, fill, stroke);
            case TRIANGLE -> s.polygon(new double[] {x, x + 1.1 * r, x - 1.1 * r},
                    new double[] {y - 1.15 * r, y + 0.85 * r, y + 0.85 * r}, fill, stroke);
            case DIAMOND -> s.polygon(new double[] {x, x + 1.25 * r, x, x - 1.25 * r},
                    new double[] {y - 1.25 * r, y, y + 1.25 * r, y}, fill, stroke);
            case NONE -> { }
        }
    }
}
