package org.steplens.chart;

import java.util.Locale;
import org.steplens.typeset.Excerpt;

/**
 * What the solution card and the comparison card share: the heading (the start of the problem as the title, the
 * problem id leading the subtitle), their type styles, the probability label and the first-error frame.
 */
final class CardText {
    private static final int MAX_TITLE_CHARS = 140;

    private CardText() {
    }

    /** The start of the problem on one line that fits {@code width} at the title's size, math read as text. */
    static String title(String problem, String id, double width) {
        TextStyle style = TextStyle.of(FigureChrome.TITLE_SIZE, TextStyle.Anchor.MIDDLE, Palette.INK).emphasized();
        if (problem.isBlank()) {
            return id;
        }
        for (int chars = MAX_TITLE_CHARS; chars > 20; chars -= 8) {
            String excerpt = Excerpt.of(problem, chars);
            if (TextMeasure.width(excerpt, style) <= width - 2 * FigureChrome.MARGIN) {
                return excerpt;
            }
        }
        return Excerpt.of(problem, 20);
    }

    /** The subtitle: the problem id first (the title no longer names it), then what the card shows. */
    static String subtitle(String id, String rest) {
        return id + " · " + rest;
    }

    static TextStyle ink(double size) {
        return TextStyle.of(size, TextStyle.Anchor.START, Palette.INK);
    }

    static TextStyle muted(double size) {
        return TextStyle.of(size, TextStyle.Anchor.START, Palette.MUTED_INK);
    }

    /** A step's P(correct) as printed beside it: two decimals, a dash when unscored. */
    static String probability(double p) {
        return Double.isNaN(p) ? "—" : String.format(Locale.ROOT, "%.2f", p);
    }

    /** A threshold without trailing zeros: 0.5, 0.35. */
    static String trim(double v) {
        return String.format(Locale.ROOT, "%.2f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /** The frame round a first-error step: lightly filled, outlined in vermillion (thicker when predicted). */
    static void errorFrame(DrawingSurface s, double x, double y, double width, double height, boolean strong) {
        s.rect(x, y, width, height, new Fill(Palette.VERMILLION, 0.07), Stroke.solid(Palette.VERMILLION, strong ? 1.2 : 0.8));
    }

    /** The label under a first-error step. */
    static TextStyle errorLabel(double size) {
        return TextStyle.of(size, TextStyle.Anchor.START, Palette.VERMILLION).emphasized();
    }
}
