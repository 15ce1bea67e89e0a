package org.steplens.ui.common;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a long formula before its top-level relations ("a = b = c" into "a", "= b", "= c") so that a text flow can
 * wrap it like words instead of letting it run past the edge. Only cuts outside braces, {@code \left…\right} and
 * environments; a formula with alignment ({@code &}, {@code \\}) stays whole.
 */
final class MathBreaks {
    /** Shorter formulas are never cut: they fit any reasonable line. */
    static final int MIN_LENGTH = 40;
    private static final String[] RELATIONS = {"=", "<", ">", "\\le", "\\ge", "\\leq", "\\geq", "\\neq", "\\ne",
            "\\approx", "\\equiv", "\\implies", "\\Rightarrow", "\\Longrightarrow", "\\iff", "\\sim", "\\cong"};

    private MathBreaks() {
    }

    /** The pieces, each typesettable on its own; the formula itself when it is short or cannot be cut. */
    static List<String> pieces(String latex) {
        if (latex.length() < MIN_LENGTH || latex.contains("&") || latex.contains("\\\\")) {
            return List.of(latex);
        }
        List<String> out = new ArrayList<>();
        int depth = 0;
        int from = 0;
        int n = latex.length();
        for (int i = 0; i < n; i++) {
            char c = latex.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == '\\') {
                if (LatexCommands.at(latex, i, "\\left") || latex.startsWith("\\begin", i)) {
                    depth++;
                } else if (LatexCommands.at(latex, i, "\\right") || latex.startsWith("\\end", i)) {
                    depth--;
                }
            }
            if (depth == 0 && i > from) {
                String relation = relationAt(latex, i);
                if (relation != null && !latex.substring(from, i).isBlank()) {
                    out.add(latex.substring(from, i).strip());
                    from = i;
                    i += relation.length() - 1;
                    continue;
                }
            }
            if (c == '\\') {
                i++; // skip the escaped character (\{ \} \\ …)
            }
        }
        if (depth != 0 || out.isEmpty()) {
            return List.of(latex);
        }
        out.add(latex.substring(from).strip());
        // a relation opening a piece needs an empty left side to keep its spacing
        List<String> spaced = new ArrayList<>(out.size());
        for (int k = 0; k < out.size(); k++) {
            spaced.add(k == 0 ? out.get(k) : "{}" + out.get(k));
        }
        return spaced;
    }

    private static String relationAt(String s, int i) {
        for (String r : RELATIONS) {
            if (r.startsWith("\\") ? LatexCommands.at(s, i, r) : s.startsWith(r, i)) {
                return r;
            }
        }
        return null;
    }
}
