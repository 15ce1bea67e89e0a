package org.steplens.grade;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * The few Python string and number semantics the reference grader relies on ({@code str.strip()},
 * {@code str.isalpha()}, {@code float()}, {@code int(round(x))}), so that the Java port decides alike.
 */
final class PyText {
    private PyText() {
    }

    /** Python's {@code str.isspace()} for one code point. */
    static boolean isSpace(int cp) {
        return switch (cp) {
            case ' ', '\t', '\n', 0x0B, '\f', '\r', 0x1C, 0x1D, 0x1E, 0x1F, 0x85, 0xA0, 0x1680, 0x2028, 0x2029,
                    0x202F, 0x205F, 0x3000 -> true;
            default -> cp >= 0x2000 && cp <= 0x200A;
        };
    }

    /** Python's {@code str.strip()} with no arguments. */
    static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.codePointAt(start))) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && isSpace(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }

    /** Python's {@code str.isalpha()} for one code point (Unicode letters). */
    static boolean isAlpha(int cp) {
        return Character.isLetter(cp);
    }

    /**
     * Python's {@code float(s)}, or null where Python raises ValueError. Handles inf/nan, digit underscores and
     * Unicode decimal digits ({@code float("\uFF15")} is 5.0).
     */
    static Double parseFloat(String s) {
        String t = strip(s);
        if (t.isEmpty()) {
            return null;
        }
        int i = 0;
        boolean negative = false;
        if (t.charAt(0) == '+' || t.charAt(0) == '-') {
            negative = t.charAt(0) == '-';
            i = 1;
        }
        String body = t.substring(i).toLowerCase(java.util.Locale.ROOT);
        if (body.equals("inf") || body.equals("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (body.equals("nan")) {
            return Double.NaN;
        }
        StringBuilder clean = new StringBuilder(t.length());
        if (negative) {
            clean.append('-');
        }
        int n = body.length();
        int p = 0;
        int intDigits = scanDigits(body, p, clean);
        if (intDigits < 0) {
            return null;
        }
        p += intDigits;
        int fracDigits = 0;
        if (p < n && body.charAt(p) == '.') {
            clean.append('.');
            p++;
            fracDigits = scanDigits(body, p, clean);
            if (fracDigits < 0) {
                return null;
            }
            p += fracDigits;
        }
        if (countDigits(body, 0, intDigits) + (fracDigits > 0 ? 1 : 0) == 0) {
            return null;
        }
        if (p < n && body.charAt(p) == 'e') {
            clean.append('e');
            p++;
            if (p < n && (body.charAt(p) == '+' || body.charAt(p) == '-')) {
                clean.append(body.charAt(p));
                p++;
            }
            int expDigits = scanDigits(body, p, clean);
            if (expDigits <= 0) {
                return null;
            }
            p += expDigits;
        }
        if (p != n) {
            return null;
        }
        try {
            return Double.parseDouble(clean.toString());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int countDigits(String s, int from, int len) {
        int c = 0;
        for (int k = from; k < from + len; k++) {
            if (s.charAt(k) != '_' && !Character.isLowSurrogate(s.charAt(k))) {
                c++;
            }
        }
        return c;
    }

    /**
     * Scans decimal digits (any Unicode category Nd digit, as Python's {@code float()} reads them, written out
     * as ASCII) with single underscores between digits; returns the chars consumed, -1 if malformed.
     */
    private static int scanDigits(String s, int from, StringBuilder out) {
        int p = from;
        boolean lastDigit = false;
        while (p < s.length()) {
            int cp = s.codePointAt(p);
            if (isDecimalDigit(cp)) {
                out.append((char) ('0' + Character.digit(cp, 10)));
                lastDigit = true;
            } else if (cp == '_') {
                if (!lastDigit || p + 1 >= s.length() || !isDecimalDigit(s.codePointAt(p + 1))) {
                    return -1;
                }
                lastDigit = false;
            } else {
                break;
            }
            p += Character.charCount(cp);
        }
        return p - from;
    }

    /** Python's {@code str.isdecimal()} for one code point: Unicode category Nd. */
    static boolean isDecimalDigit(int cp) {
        return Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER;
    }

    /** Python's {@code abs(x - int(round(x))) <= 1e-7}, False where Python raises (inf, nan). */
    static boolean isNearInt(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return false;
        }
        return Math.abs(x - Math.rint(x)) <= 1e-7;
    }

    /** Python's {@code str(int(round(x)))} for a finite double (round half to even). */
    static String roundToIntString(double x) {
        return new BigDecimal(x).setScale(0, RoundingMode.HALF_EVEN).toBigInteger().toString();
    }

    /** Python's {@code str(int(x))} for a finite double (truncation toward zero). */
    static String truncToIntString(double x) {
        BigInteger v = new BigDecimal(x).toBigInteger();
        return v.toString();
    }
}
