package org.steplens.chart;

import java.util.ArrayList;
import java.util.List;

/** The parts every figure shares: type sizes, the title block and the provenance footer. */
final class FigureChrome {
    static final double MARGIN = 14;
    static final double TITLE_SIZE = 15;
    static final double SUBTITLE_SIZE = 11;
    static final double AXIS_LABEL_SIZE = 12;
    static final double TICK_SIZE = 10.5;
    static final double LEGEND_SIZE = 10.5;
    static final double FOOTER_SIZE = 8.5;
    static final double LINE_GAP = 1.35;
    private static final String FOOTER_SEPARATOR = " · ";

    private FigureChrome() {
    }

    /** Height taken by the title block, including the top margin. */
    static double titleHeight(String title, String subtitle) {
        double h = MARGIN + TITLE_SIZE * 1.2;
        if (subtitle != null && !subtitle.isBlank()) {
            h += SUBTITLE_SIZE * LINE_GAP;
        }
        return h + 8;
    }

    static void drawTitle(DrawingSurface s, String title, String subtitle, double width) {
        double y = MARGIN + TITLE_SIZE;
        s.text(title, width / 2, y, TextStyle.of(TITLE_SIZE, TextStyle.Anchor.MIDDLE, Palette.INK).emphasized());
        if (subtitle != null && !subtitle.isBlank()) {
            s.text(subtitle, width / 2, y + SUBTITLE_SIZE * LINE_GAP + 1,
                    TextStyle.of(SUBTITLE_SIZE, TextStyle.Anchor.MIDDLE, Palette.MUTED_INK));
        }
    }

    /** The provenance as footer lines that fit {@code maxWidth}, breaking only between fields. */
    static List<String> footerLines(Provenance provenance, double maxWidth) {
        List<String> lines = new ArrayList<>();
        if (provenance == null) {
            return lines;
        }
        TextStyle style = footerStyle();
        StringBuilder current = new StringBuilder();
        for (var e : provenance.entries().entrySet()) {
            String field = e.getKey() + " " + e.getValue();
            String candidate = current.isEmpty() ? field : current + FOOTER_SEPARATOR + field;
            if (!current.isEmpty() && TextMeasure.width(candidate, style) > maxWidth) {
                lines.add(current.toString());
                current.setLength(0);
                current.append(field);
            } else {
                current.setLength(0);
                current.append(candidate);
            }
        }
        if (!current.isEmpty()) {
            lines.add(current.toString());
        }
        return lines;
    }

    static double footerHeight(List<String> lines) {
        return lines.isEmpty() ? MARGIN : lines.size() * FOOTER_SIZE * LINE_GAP + MARGIN + 4;
    }

    static void drawFooter(DrawingSurface s, List<String> lines, double width, double height) {
        double y = height - MARGIN + FOOTER_SIZE * 0.3 - (lines.size() - 1) * FOOTER_SIZE * LINE_GAP;
        s.beginGroup("provenance", java.util.Map.of());
        for (String line : lines) {
            s.text(line, MARGIN, y, footerStyle());
            y += FOOTER_SIZE * LINE_GAP;
        }
        s.endGroup();
    }

    static TextStyle footerStyle() {
        return TextStyle.of(FOOTER_SIZE, TextStyle.Anchor.START, Palette.MUTED_INK);
    }

    static TextStyle tickStyle(TextStyle.Anchor anchor) {
        return TextStyle.of(TICK_SIZE, anchor, Palette.INK);
    }

    static TextStyle axisLabelStyle() {
        return TextStyle.of(AXIS_LABEL_SIZE, TextStyle.Anchor.MIDDLE, Palette.INK);
    }

    static void background(DrawingSurface s, double width, double height) {
        s.rect(0, 0, width, height, Fill.solid(Palette.PAPER), null);
    }
}
