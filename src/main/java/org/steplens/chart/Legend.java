package org.steplens.chart;

import java.util.List;
import java.util.Map;

/** A boxed legend: a line sample with its marker (or a swatch) and a label per entry. */
final class Legend {
    private static final double SAMPLE = 22;
    private static final double PAD = 7;
    private static final double ROW = FigureChrome.LEGEND_SIZE * 1.55;

    /** One row; {@code swatch} draws a filled square instead of a line (bars). */
    record Entry(String label, ChartColor color, MarkerShape marker, boolean dashed, boolean band, boolean hollow,
                 boolean swatch) {
    }

    private final List<Entry> entries;

    Legend(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    double width() {
        double w = 0;
        for (Entry e : entries) {
            w = Math.max(w, TextMeasure.width(e.label(), style()));
        }
        return PAD * 2 + SAMPLE + 6 + w;
    }

    double height() {
        return PAD * 2 + entries.size() * ROW - (ROW - FigureChrome.LEGEND_SIZE) + 2;
    }

    void draw(DrawingSurface s, double x, double y) {
        s.beginGroup("legend", Map.of());
        s.rect(x, y, width(), height(), new Fill(Palette.PAPER, 0.88), Stroke.solid(Palette.GRID, 1));
        double rowY = y + PAD + FigureChrome.LEGEND_SIZE * 0.5 + 1;
        for (Entry e : entries) {
            double sx = x + PAD;
            if (e.swatch()) {
                s.rect(sx + SAMPLE / 2 - 5, rowY - 5, 10, 10, Fill.solid(e.color()), null);
            } else {
                if (e.band()) {
                    s.rect(sx, rowY - 5, SAMPLE, 10, new Fill(e.color(), 0.18), null);
                }
                if (!e.hollow()) {
                    Stroke line = e.dashed() ? Stroke.dashed(e.color(), 1.8) : Stroke.solid(e.color(), 1.8);
                    s.line(sx, rowY, sx + SAMPLE, rowY, line);
                }
                Markers.draw(s, e.marker(), sx + SAMPLE / 2, rowY, e.hollow() ? 4 : 3.2, e.color(), e.hollow());
            }
            s.text(e.label(), sx + SAMPLE + 6, rowY + TextMeasure.capHeight(FigureChrome.LEGEND_SIZE) / 2, style());
            rowY += ROW;
        }
        s.endGroup();
    }

    private static TextStyle style() {
        return TextStyle.of(FigureChrome.LEGEND_SIZE, TextStyle.Anchor.START, Palette.INK);
    }
}
