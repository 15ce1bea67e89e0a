package org.steplens.ui.common;

/**
 * Makes fractions readable. TeX sets a fraction in running text, and in every cell of a matrix, in text style:
 * numerator and denominator at script size, about 70 % of the text, which on screen is too small to read. Such
 * fractions are set in display style ({@code \dfrac}) instead: those at the top level of inline math and those at
 * the top level of a matrix cell. Fractions in sub- and superscripts or inside other fractions are left alone.
 */
final class MathStyle {
    private MathStyle() {
    }

    static String readable(String latex, boolean display) {
        if (!latex.contains("\\frac")) {
            return latex;
        }
        StringBuilder out = new StringBuilder(latex.length() + 16);
        int depth = 0;
        // brace depth at which the innermost open matrix's cells sit; -1 when not in a matrix
        java.util.ArrayDeque<Integer> matrices = new java.util.ArrayDeque<>();
        int n = latex.length();
        for (int i = 0; i < n; i++) {
            char c = latex.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == '\\') {
                if (latex.startsWith("\\begin{", i) && matrixAt(latex, i + 7)) {
                    matrices.push(depth);
                } else if (latex.startsWith("\\end{", i) && matrixAt(latex, i + 5) && !matrices.isEmpty()) {
                    matrices.pop();
                } else if (LatexCommands.at(latex, i, "\\frac") && !scripted(latex, i)) {
                    boolean top = !display && matrices.isEmpty() && depth == 0;
                    boolean cell = !matrices.isEmpty() && depth == matrices.peek();
                    if (top || cell) {
                        out.append("\\dfrac");
                        i += 4;
                        continue;
                    }
                }
                out.append(c);
                if (i + 1 < n && !Character.isLetter(latex.charAt(i + 1))) {
                    out.append(latex.charAt(++i)); // \{ \} \\ are not braces
                }
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean matrixAt(String s, int i) {
        int close = s.indexOf('}', i);
        return close > i && s.substring(i, close).endsWith("matrix");
    }

    /** Directly after ^ or _ (x^\frac12): a script, leave it small. */
    private static boolean scripted(String s, int i) {
        int k = i - 1;
        while (k >= 0 && s.charAt(k) == ' ') {
            k--;
        }
        return k >= 0 && (s.charAt(k) == '^' || s.charAt(k) == '_');
    }
}
