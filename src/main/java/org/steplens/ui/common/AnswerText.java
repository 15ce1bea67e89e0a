package org.steplens.ui.common;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import org.steplens.grade.LatexToText;

/**
 * Final answers where a table row or a one-line label has no room for typeset math: LaTeX as readable text
 * ({@code \left( 3, \frac{\pi}{2} \right)} reads "(3, π/2)", a pmatrix "[ 1; 2 ]"), the source in a tooltip.
 * Converted once per answer (answers repeat across candidates), bounded in length and in memory.
 */
public final class AnswerText {
    /** Longer answers are cut before conversion (a runaway "answer" is a paragraph, not a formula). */
    static final int MAX_CHARS = 300;
    private static final int CACHE = 4_096;
    private static final Map<String, String> READABLE = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > CACHE;
        }
    };

    private AnswerText() {
    }

    /** The answer as readable text; null stays null. */
    public static String readable(String latex) {
        if (latex == null) {
            return null;
        }
        synchronized (READABLE) {
            return READABLE.computeIfAbsent(latex, AnswerText::convert);
        }
    }

    private static String convert(String latex) {
        String s = latex.length() > MAX_CHARS ? latex.substring(0, MAX_CHARS) + "…" : latex;
        if (s.indexOf('\\') < 0 && s.indexOf('{') < 0 && s.indexOf('^') < 0 && s.indexOf('$') < 0) {
            return s; // nothing to convert: "12", "(3, 4)"
        }
        String text = LatexToText.readable(s).replaceAll("\\s+", " ").strip();
        return text.isEmpty() ? s : text;
    }

    /** A table cell showing answers as readable text, the LaTeX source as its tooltip when they differ. */
    public static <S> TableCell<S, String> cell() {
        return new TableCell<>() {
            private final Tooltip tip = new Tooltip();

            @Override
            protected void updateItem(String v, boolean empty) {
                super.updateItem(v, empty);
                String shown = empty || v == null ? null : readable(v);
                setText(shown);
                boolean differs = shown != null && !shown.equals(v);
                tip.setText(differs ? "LaTeX: " + v : null);
                setTooltip(differs ? tip : null);
            }
        };
    }
}
