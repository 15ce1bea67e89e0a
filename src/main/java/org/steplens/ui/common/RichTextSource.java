package org.steplens.ui.common;

import org.steplens.typeset.MathRuns;
import org.steplens.typeset.MathRun;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prepares untrusted solution text for Markdown: Asymptote blocks and math are taken out and replaced by
 * placeholders, so the Markdown parser never sees (and never mangles) a backslash, underscore or star of LaTeX.
 * Text beyond {@link #MAX_CHARS} is not rendered (its length is reported), which bounds all later work.
 *
 * @param markdown the text with placeholders
 * @param math     the math runs, by placeholder number
 * @param diagrams the Asymptote sources, by placeholder number
 * @param omitted  characters left out past the budget
 */
record RichTextSource(String markdown, List<MathRun> math, List<String> diagrams, int omitted) {
    /** Rendering budget per text (a step or a problem statement). */
    static final int MAX_CHARS = 20_000;
    /** Marks a math placeholder: MATH + number + MATH. Private-use characters in the input are replaced. */
    static final char MATH = '\uE000';
    /** Marks a diagram placeholder, alone in its paragraph. */
    static final char DIAGRAM = '\uE001';

    static RichTextSource of(String text) {
        String t = text == null ? "" : text;
        int omitted = Math.max(0, t.length() - MAX_CHARS);
        if (omitted > 0) {
            t = t.substring(0, MAX_CHARS);
        }
        t = t.replace(MATH, '\uFFFD').replace(DIAGRAM, '\uFFFD');
        StringBuilder md = new StringBuilder(t.length());
        List<MathRun> math = new ArrayList<>();
        List<String> diagrams = new ArrayList<>();
        String lower = t.toLowerCase(Locale.ROOT);
        int at = 0;
        while (at < t.length()) {
            int open = lower.indexOf("[asy]", at);
            if (open < 0) {
                addMath(t.substring(at), md, math);
                break;
            }
            addMath(t.substring(at, open), md, math);
            int close = lower.indexOf("[/asy]", open);
            int end = close < 0 ? t.length() : close + "[/asy]".length();
            diagrams.add(t.substring(open + 5, close < 0 ? t.length() : close).strip());
            md.append("\n\n").append(DIAGRAM).append(diagrams.size() - 1).append(DIAGRAM).append("\n\n");
            at = end;
        }
        return new RichTextSource(md.toString(), List.copyOf(math), List.copyOf(diagrams), omitted);
    }

    private static void addMath(String segment, StringBuilder md, List<MathRun> math) {
        for (MathRun run : MathRuns.split(segment)) {
            if (run.math()) {
                md.append(MATH).append(math.size()).append(MATH);
                math.add(run);
            } else {
                md.append(run.text());
            }
        }
    }
}
