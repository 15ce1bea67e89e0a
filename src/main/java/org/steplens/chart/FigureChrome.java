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

    /** The title and subtitle, centred; in a narrow figure they shrink, then shorten, but never run off an edge. */
    static void drawTitle(DrawingSurface s, String title, String subtitle, double width) {
        double y = MARGIN + TITLE_SIZE;
        double room = width - 2 * MARGIN;
        TextStyle titleStyle = fit(title, TextStyle.of(TITLE_SIZE, TextStyle.Anchor.MIDDLE, Palette.INK).emphasized(), room);
        s.text(shorten(title, titleStyle, room), width / 2, y, titleStyle);
        if (subtitle != null && !subtitle.isBlank()) {
            TextStyle sub = fit(subtitle, TextStyle.of(SUBTITLE_SIZE, TextStyle.Anchor.MIDDLE, Palette.MUTED_INK), room);
            s.text(shorten(subtitle, sub, room), width / 2, y + SUBTITLE_SIZE * LINE_GAP + 1, sub);
        }
    }

    /** Smallest size text is shrunk to before it is shortened. */
    static final double MIN_FIT_SIZE = 9;

    /** {@code style}, smaller if needed (down to {@link #MIN_FIT_SIZE}) so that {@code text} fits {@code maxWidth}. */
    static TextStyle fit(String text, TextStyle style, double maxWidth) {
        double w = TextMeasure.width(text, style);
        if (w <= maxWidth || maxWidth <= 0) {
            return style;
        }
        double size = Math.max(MIN_FIT_SIZE, Math.floor(style.size() * maxWidth / w * 10) / 10);
        return new TextStyle(size, style.bold(), style.anchor(), style.color(), style.vertical());
    }

    /** {@code text}, cut at the end with "…" if it is wider than {@code maxWidth} in {@code style}. */
    static String shorten(String text, TextStyle style, double maxWidth) {
        if (TextMeasure.width(text, style) <= maxWidth) {
            return text;
        }
        int end = text.length();
        while (end > 1 && TextMeasure.width(text.substring(0, end) + "…", style) > maxWidth) {
            end--;
        }
        return text.substring(0, end).stripTrailing() + "…";
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
