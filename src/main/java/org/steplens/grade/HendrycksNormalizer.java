package org.steplens.grade;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The MATH dataset's answer normalisation ("Hendrycks" rules, PRM800K's {@code math_normalize}), the first
 * step of the reference grader: two answers with equal normal forms are equal. Each rewriting step is its own
 * method so it can be tested alone. Where the reference implementation fails part-way (an index error on a
 * trailing {@code \sqrt} or {@code \frac}, two {@code "\text{ "} unit markers), it falls back to the trimmed
 * answer; {@link #normalize} does the same.
 */
public final class HendrycksNormalizer {
    static final Pattern ENCLOSING_TEXT = Pattern.compile("^\\\\text\\{(?<text>.+?)\\}$", Pattern.UNIX_LINES);

    private HendrycksNormalizer() {
    }

    /** Signals the places where the reference implementation raises and falls back to the unstripped answer. */
    static final class StripFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StripFailed() {
            super(null, null, false, false);
        }
    }

    /** The normal form, or null for a null answer. */
    public static String normalize(String answer) {
        if (answer == null) {
            return null;
        }
        String a = PyText.strip(answer);
        Matcher m = ENCLOSING_TEXT.matcher(a);
        if (m.find()) {
            a = PyText.strip(m.group("text"));
        }
        try {
            return stripString(a);
        } catch (StripFailed e) {
            return a;
        }
    }

    static String stripString(String input) {
        String s = input.replace("\n", "");
        s = s.replace("\\!", "");
        s = s.replace("\\\\", "\\");
        s = s.replace("tfrac", "frac").replace("dfrac", "frac");
        s = s.replace("\\left", "").replace("\\right", "");
        s = s.replace("^{\\circ}", "").replace("^\\circ", "");
        s = s.replace("\\$", "");
        s = removeRightUnits(s);
        s = s.replace("\\%", "");
        s = s.replace(" .", " 0.").replace("{.", "{0.");
        if (s.isEmpty()) {
            return s;
        }
        if (s.charAt(0) == '.') {
            s = "0" + s;
        }
        s = dropShortEquationLhs(s);
        s = fixSqrt(s);
        s = s.replace(" ", "");
        s = fixFracs(s);
        if (s.equals("0.5")) {
            s = "\\frac{1}{2}";
        }
        return fixASlashB(s);
    }

    /** {@code "k = 5"} → {@code " 5"}: one '=' whose left side has at most two characters. */
    static String dropShortEquationLhs(String s) {
        String[] parts = pySplit(s, "=");
        if (parts.length == 2 && parts[0].length() <= 2) {
            return parts[1];
        }
        return s;
    }

    /** Units written as {@code "\text{ cm}"} are dropped with everything after them. */
    static String removeRightUnits(String s) {
        if (s.contains("\\text{ ")) {
            String[] splits = pySplit(s, "\\text{ ");
            if (splits.length != 2) {
                throw new StripFailed();
            }
            return splits[0];
        }
        return s;
    }

    /** {@code \sqrt3} → {@code \sqrt{3}} (only the first character after {@code \sqrt} is braced). */
    static String fixSqrt(String s) {
        if (!s.contains("\\sqrt")) {
            return s;
        }
        String[] splits = pySplit(s, "\\sqrt");
        StringBuilder out = new StringBuilder(splits[0]);
        for (int i = 1; i < splits.length; i++) {
            String split = splits[i];
            if (split.isEmpty()) {
                throw new StripFailed();
            }
            if (split.charAt(0) != '{') {
                out.append("\\sqrt{").append(split.charAt(0)).append('}').append(split, 1, split.length());
            } else {
                out.append("\\sqrt").append(split);
            }
        }
        return out.toString();
    }

    /** {@code \frac12} → {@code \frac{1}{2}}, {@code \frac1{72}} → {@code \frac{1}{72}}. */
    static String fixFracs(String s) {
        String[] substrs = pySplit(s, "\\frac");
        StringBuilder out = new StringBuilder(substrs[0]);
        for (int i = 1; i < substrs.length; i++) {
            String sub = substrs[i];
            out.append("\\frac");
            if (sub.isEmpty()) {
                throw new StripFailed();
            }
            if (sub.charAt(0) == '{') {
                out.append(sub);
            } else {
                if (sub.length() < 2) {
                    return s;
                }
                char a = sub.charAt(0);
                char b = sub.charAt(1);
                if (b != '{') {
                    out.append('{').append(a).append("}{").append(b).append('}').append(sub, 2, sub.length());
                } else {
                    out.append('{').append(a).append('}').append(b).append(sub, 2, sub.length());
                }
            }
        }
        return out.toString();
    }

    private static final Pattern CANONICAL_INT = Pattern.compile("0|-?[1-9][0-9]*");

    /** {@code "3/4"} → {@code \frac{3}{4}} when both sides are integers written canonically. */
    static String fixASlashB(String s) {
        String[] parts = pySplit(s, "/");
        if (parts.length != 2) {
            return s;
        }
        if (CANONICAL_INT.matcher(parts[0]).matches() && CANONICAL_INT.matcher(parts[1]).matches()) {
            return "\\frac{" + parts[0] + "}{" + parts[1] + "}";
        }
        return s;
    }

    /** Python's {@code str.split(sep)}: keeps leading and trailing empty pieces. */
    static String[] pySplit(String s, String sep) {
        return s.split(Pattern.quote(sep), -1);
    }
}
