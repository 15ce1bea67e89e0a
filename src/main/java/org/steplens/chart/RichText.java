package org.steplens.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.steplens.grade.LatexToText;
import org.steplens.typeset.Formula;
import org.steplens.typeset.MathRun;
import org.steplens.typeset.MathRuns;

/**
 * Prose with LaTeX math ({@code $…$}, {@code \(…\)}, display {@code $$…$$}, {@code \[…\]}) laid out for a figure:
 * the math typeset by JLaTeXMath ({@link Formula}, drawn as vector outlines), the prose as real text (selectable in
 * a PDF), wrapped greedily to a width; display math on a line of its own, centred, shrunk to fit when wider than
 * the line. A formula that does not parse is shown as readable text. Measured once; drawn on any surface.
 */
final class RichText {
    /** Lines of plain text are this many sizes apart; taller formulas make their line taller. */
    static final double LINE_GAP = 1.4;
    private static final double ASCENT = 1.0;
    private static final double DESCENT = LINE_GAP - ASCENT;
    /** Room kept above and below a formula within its line, in sizes. */
    private static final double MATH_PAD = 0.12;

    /** A piece of a line: text, or a formula, at an x offset. */
    private sealed interface Item permits TextItem, MathItem {
    }

    private record TextItem(String text, double x) implements Item {
    }

    private record MathItem(Formula formula, double x) implements Item {
    }

    private record Line(List<Item> items, double ascent, double descent) {
        double height() {
            return ascent + descent;
        }
    }

    private final List<Line> lines;
    private final TextStyle style;

    private RichText(List<Line> lines, TextStyle style) {
        this.lines = List.copyOf(lines);
        this.style = style;
    }

    /** {@code text} in {@code style} (its colour also colours the math), wrapped to {@code maxWidth}. */
    static RichText layout(String text, TextStyle style, double maxWidth) {
        return new Builder(style, maxWidth).add(text).build();
    }

    /** Total height of the lines. */
    double height() {
        double h = 0;
        for (Line l : lines) {
            h += l.height();
        }
        return h;
    }

    int lineCount() {
        return lines.size();
    }

    /** Draws the text with the top of its first line at {@code top}. */
    void draw(DrawingSurface s, double x, double top) {
        double y = top;
        for (Line line : lines) {
            double baseline = y + line.ascent();
            for (Item item : line.items()) {
                if (item instanceof TextItem w) {
                    s.text(w.text(), x + w.x(), baseline, style);
                } else if (item instanceof MathItem m) {
                    s.formula(m.formula(), x + m.x(), baseline);
                }
            }
            y += line.height();
        }
    }

    /** Greedy line filling over words and formulas. */
    private static final class Builder {
        private final TextStyle style;
        private final double maxWidth;
        private final double space;
        private final List<Line> lines = new ArrayList<>();
        private List<Item> items = new ArrayList<>();
        private StringBuilder words;
        private double wordsX;
        private double x;
        private double ascent;
        private double descent;

        Builder(TextStyle style, double maxWidth) {
            this.style = style;
            this.maxWidth = maxWidth;
            this.space = TextMeasure.width(" ", style);
            resetLine();
        }

        Builder add(String text) {
            boolean spaceBefore = false;
            for (MathRun run : MathRuns.split(text)) {
                if (!run.math()) {
                    spaceBefore = prose(run.text(), spaceBefore);
                    continue;
                }
                Optional<Formula> f = Formula.typeset(run.text(), style.size(), run.display(), style.color().rgb());
                if (f.isEmpty()) {
                    spaceBefore = prose(LatexToText.readable(run.source()), spaceBefore);
                } else if (run.display()) {
                    display(f.get());
                    spaceBefore = false;
                } else {
                    formula(f.get(), spaceBefore);
                    spaceBefore = false;
                }
            }
            return this;
        }

        /** Adds prose; returns whether it ended in white space (a space before what follows). */
        private boolean prose(String text, boolean spaceBefore) {
            String[] paragraphs = text.split("\n", -1);
            for (int p = 0; p < paragraphs.length; p++) {
                if (p > 0) {
                    breakLine();
                    spaceBefore = false;
                }
                String para = paragraphs[p];
                boolean gap = spaceBefore || (!para.isEmpty() && Character.isWhitespace(para.charAt(0)));
                for (String word : para.strip().split("\\s+")) {
                    if (!word.isEmpty()) {
                        word(word, gap);
                        gap = true;
                    }
                }
                spaceBefore = para.isEmpty() ? spaceBefore : Character.isWhitespace(para.charAt(para.length() - 1));
            }
            return spaceBefore;
        }

        private void word(String word, boolean gap) {
            double w = TextMeasure.width(word, style);
            if (w > maxWidth) {
                // a word longer than the line: broken by characters, as TextWrap does
                for (String piece : TextWrap.lines(word, style, maxWidth)) {
                    word(piece, gap);
                    gap = false;
                }
                return;
            }
            boolean lead = gap && x > 0;
            if (x + (lead ? space : 0) + w > maxWidth && x > 0) {
                breakLine();
                lead = false;
            }
            if (words == null) {
                words = new StringBuilder();
                wordsX = x + (lead ? space : 0);
            } else if (lead) {
                words.append(' ');
            }
            words.append(word);
            x += (lead ? space : 0) + w;
        }

        private void formula(Formula f, boolean gap) {
            if (f.width() > maxWidth) {
                f = shrunk(f, false);
            }
            boolean lead = gap && x > 0;
            if (x + (lead ? space : 0) + f.width() > maxWidth && x > 0) {
                breakLine();
                lead = false;
            }
            flushWords();
            x += lead ? space : 0;
            items.add(new MathItem(f, x));
            x += f.width();
            fit(f);
        }

        private void display(Formula f) {
            if (x > 0) {
                breakLine();
            }
            if (f.width() > maxWidth) {
                f = shrunk(f, true);
            }
            items.add(new MathItem(f, Math.max(0, (maxWidth - f.width()) / 2)));
            fit(f);
            breakLine();
        }

        private Formula shrunk(Formula f, boolean display) {
            double size = style.size() * maxWidth / f.width() * 0.98;
            return Formula.typeset(f.latex(), size, display, style.color().rgb()).orElse(f);
        }

        private void fit(Formula f) {
            ascent = Math.max(ascent, f.ascent() + MATH_PAD * style.size());
            descent = Math.max(descent, f.descent() + MATH_PAD * style.size());
        }

        private void flushWords() {
            if (words != null) {
                items.add(new TextItem(words.toString(), wordsX));
                words = null;
            }
        }

        /** Ends the line (an empty one is dropped: blank lines are not worth a card's space). */
        private void breakLine() {
            flushWords();
            if (!items.isEmpty()) {
                lines.add(new Line(List.copyOf(items), ascent, descent));
            }
            items = new ArrayList<>();
            resetLine();
        }

        private void resetLine() {
            x = 0;
            ascent = ASCENT * style.size();
            descent = DESCENT * style.size();
        }

        RichText build() {
            breakLine();
            if (lines.isEmpty()) {
                lines.add(new Line(List.of(), ASCENT * style.size(), DESCENT * style.size()));
            }
            return new RichText(lines, style);
        }
    }
}
