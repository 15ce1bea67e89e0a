package org.steplens.typeset;

import java.util.ArrayList;
import java.util.List;
import org.steplens.grade.LatexToText;

/**
 * The start of a text as one clean line, e.g. a problem as a card's title: whitespace and line breaks collapsed,
 * math read as text ({@code $\frac{1}{2}$} → {@code 1/2}), and cut between words or before a formula, never inside
 * one, with an ellipsis when something was left out.
 */
public final class Excerpt {
    private static final String ELLIPSIS = "…";

    private Excerpt() {
    }

    /** At most {@code maxChars} characters (ellipsis included) of {@code text} on one line. */
    public static String of(String text, int maxChars) {
        if (maxChars < 2) {
            throw new IllegalArgumentException("maxChars must be at least 2, got " + maxChars);
        }
        // words and formulas are the units a cut may fall between; a formula is one unit
        List<String> units = new ArrayList<>();
        for (MathRun run : MathRuns.split(text.length() > 20 * maxChars ? text.substring(0, 20 * maxChars) : text)) {
            if (run.math()) {
                String math = oneLine(LatexToText.readable(run.source()));
                if (!math.isEmpty()) {
                    units.add(math);
                }
            } else {
                // "$c$, where": a word that follows a formula without a space is glued to it
                boolean glued = !units.isEmpty() && !run.text().isEmpty() && !Character.isWhitespace(run.text().charAt(0));
                for (String word : run.text().trim().split("\\s+")) {
                    if (word.isEmpty()) {
                        continue;
                    }
                    if (glued) {
                        units.set(units.size() - 1, units.get(units.size() - 1) + word);
                        glued = false;
                    } else {
                        units.add(word);
                    }
                }
            }
        }
        String whole = String.join(" ", units);
        if (whole.length() <= maxChars && text.length() <= 20 * maxChars) {
            return whole;
        }
        StringBuilder out = new StringBuilder();
        int budget = maxChars - ELLIPSIS.length();
        for (String unit : units) {
            int needed = (out.isEmpty() ? 0 : 1) + unit.length();
            if (out.length() + needed > budget) {
                if (out.isEmpty()) {
                    out.append(unit, 0, budget); // one unit longer than the line: only then cut inside it
                }
                break;
            }
            out.append(out.isEmpty() ? "" : " ").append(unit);
        }
        // no dangling "Let" + ":" or "," before the ellipsis
        String cut = out.toString().replaceAll("[\\s,;:.]+$", "");
        return cut + ELLIPSIS;
    }

    private static String oneLine(String s) {
        // "90^∘" is how the plain-text rendering writes 90^\circ: a degree sign reads better in a title
        return s.strip().replaceAll("\\s+", " ").replace("^{∘}", "°").replace("^∘", "°");
    }
}
