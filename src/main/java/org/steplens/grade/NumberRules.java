package org.steplens.grade;

import java.util.regex.Pattern;

/** The reference grader's tests on number-like strings: fractions, integers, thousands separators. */
public final class NumberRules {
    private static final Pattern FRACTION = Pattern.compile("^-?[0-9]+.?/0*[1-9][0-9]*.?$", Pattern.UNIX_LINES);
    /** Python's {@code \d} is any Unicode decimal digit. */
    private static final Pattern PROPER_COMMA = Pattern.compile("(\\d)(,)(\\d\\d\\d)($|\\D)",
            Pattern.UNIX_LINES | Pattern.UNICODE_CHARACTER_CLASS);

    private NumberRules() {
    }

    /** A plain fraction such as {@code "2/4"} or {@code "-3/7"} (these must match as strings, unreduced). */
    public static boolean isFraction(String expr) {
        return FRACTION.matcher(expr).find();
    }

    /** Whether the string reads as an integer (within 1e-7), ignoring well-placed thousands commas. */
    public static boolean strIsInt(String x) {
        Double f = PyText.parseFloat(stripProperlyFormattedCommas(x));
        return f != null && PyText.isNearInt(f);
    }

    /** The integer a {@link #strIsInt} string stands for, truncated, as canonical digits. */
    static String strToInt(String x) {
        Double f = PyText.parseFloat(x.replace(",", ""));
        if (f == null || f.isNaN() || f.isInfinite()) {
            throw new IllegalArgumentException("not an integer: " + x);
        }
        return PyText.truncToIntString(f);
    }

    /** {@code "12,345"} → {@code "12345"}, leaving commas that separate tuple elements. */
    public static String stripProperlyFormattedCommas(String expr) {
        if (expr.indexOf(',') < 0) {
            return expr;
        }
        String current = expr;
        while (true) {
            String next = PROPER_COMMA.matcher(current).replaceAll("$1$3$4");
            if (next.equals(current)) {
                return next;
            }
            current = next;
        }
    }
}
