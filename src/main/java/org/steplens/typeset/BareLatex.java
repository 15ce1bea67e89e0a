package org.steplens.typeset;

/**
 * Finds the extent of LaTeX written in prose without math delimiters, as models often do at the end of a
 * solution ("Therefore \boxed{9}."). Linear in the length of the span; a span never grows past
 * {@link #MAX_LENGTH} characters ({@link #MAX_ENVIRONMENT} for an environment) (then it is not math: the text stays prose).
 */
final class BareLatex {
    /** Longer commands are left as prose (this also bounds the work per backslash). */
    static final int MAX_LENGTH = 1_000;
    /** An environment may be longer: a matrix or an align block. */
    static final int MAX_ENVIRONMENT = 4_000;

    private BareLatex() {
    }

    /**
     * The end (exclusive) of the bare LaTeX starting with the backslash at {@code start}, or {@code start} when
     * there is none. A command continues through its {…} and […] arguments, sub- and superscripts and any
     * characters up to whitespace, sentence punctuation followed by a space or the end, an unmatched closing
     * parenthesis or a dollar; {@code \begin{env}} continues to its {@code \end{env}}.
     */
    static int end(String text, int start) {
        int n = text.length();
        int i = start + 1;
        while (i < n && Character.isLetter(text.charAt(i))) {
            i++;
        }
        if (i == start + 1) {
            return start;
        }
        String name = text.substring(start + 1, i);
        if (name.equals("begin")) {
            return environmentEnd(text, start, i);
        }
        int braces = 0;
        int parens = 0;
        int limit = Math.min(n, start + MAX_LENGTH);
        for (; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < n) {
                i++; // any escaped character belongs to the formula
                continue;
            }
            if (c == '{') {
                braces++;
            } else if (c == '}') {
                if (braces == 0) {
                    return i;
                }
                braces--;
            } else if (braces > 0) {
                continue; // inside an argument everything, spaces too, is the formula's
            } else if (Character.isWhitespace(c) || c == '$') {
                return trimmed(text, start, i);
            } else if (c == '(') {
                parens++;
            } else if (c == ')') {
                if (parens == 0) {
                    return trimmed(text, start, i);
                }
                parens--;
            } else if (".,;:!?".indexOf(c) >= 0 && (i + 1 == n || Character.isWhitespace(text.charAt(i + 1)))) {
                return trimmed(text, start, i);
            }
        }
        if (i >= n && braces == 0) {
            return trimmed(text, start, n);
        }
        return start; // unbalanced or too long: leave it as it was written
    }

    private static int trimmed(String text, int start, int end) {
        return end > start + 1 ? end : start;
    }

    /** {@code \begin{env}…\end{env}}, or {@code start} when it does not close within the budget. */
    private static int environmentEnd(String text, int start, int afterBegin) {
        if (afterBegin >= text.length() || text.charAt(afterBegin) != '{') {
            return start;
        }
        int close = text.indexOf('}', afterBegin);
        if (close < 0 || close - afterBegin > 40) {
            return start;
        }
        String end = "\\end{" + text.substring(afterBegin + 1, close) + "}";
        int window = Math.min(text.length(), start + MAX_ENVIRONMENT);
        int at = text.substring(close, window).indexOf(end);
        return at < 0 ? start : close + at + end.length();
    }
}
