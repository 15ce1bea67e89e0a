package org.steplens.chart;

import java.util.List;

/** A figure with a note printed under it (a slide's speaker note); without a note, the figure as it is. */
public final class NotedChart implements Chart {
    private static final double NOTE_SIZE = 11;
    private static final double LINE = NOTE_SIZE * 1.4;
    private final Chart chart;
    private final List<String> lines;

    public NotedChart(Chart chart, String note) {
        this.chart = chart;
        this.lines = note == null || note.isBlank() ? List.of()
                : TextWrap.lines("Note: " + note.strip(), style(), chart.preferredWidth() - 2 * FigureChrome.MARGIN);
    }

    private static TextStyle style() {
        return TextStyle.of(NOTE_SIZE, TextStyle.Anchor.START, Palette.INK);
    }

    @Override
    public String title() {
        return chart.title();
    }

    @Override
    public Provenance provenance() {
        return chart.provenance();
    }

    @Override
    public double preferredWidth() {
        return chart.preferredWidth();
    }

    @Override
    public double preferredHeight() {
        return chart.preferredHeight() + noteHeight();
    }

    private double noteHeight() {
        return lines.isEmpty() ? 0 : lines.size() * LINE + FigureChrome.MARGIN;
    }

    @Override
    public void draw(DrawingSurface s, double width, double height) {
        double chartHeight = height - noteHeight();
        chart.draw(s, width, chartHeight);
        if (lines.isEmpty()) {
            return;
        }
        s.rect(0, chartHeight, width, height - chartHeight, Fill.solid(Palette.PAPER), null);
        double y = chartHeight + LINE;
        for (String l : lines) {
            s.text(l, FigureChrome.MARGIN, y, style());
            y += LINE;
        }
    }
}
