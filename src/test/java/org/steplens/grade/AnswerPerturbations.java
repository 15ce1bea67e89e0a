package org.steplens.grade;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites of a MATH500 answer the way model answers differ from the reference: spacing, {@code \left}/
 * {@code \right}, {@code \dfrac}, slash fractions, decimals, thousands commas, degrees, units, reordered
 * tuples and sums, off-by-one integers, unreduced fractions, rounded constants. Each rewrite says which
 * decision the PRM800K grader makes on it against the original answer ({@code null}: not asserted).
 */
public final class AnswerPerturbations {
    private AnswerPerturbations() {
    }

    /** One rewrite and the expected decision against the original. */
    public record Variant(String kind, String given, Boolean expected) {
    }

    private static final Pattern SIMPLE_FRAC = Pattern.compile("^(-?)\\\\[dt]?frac\\{(\\d+)\\}\\{(\\d+)\\}$");
    private static final Pattern INTEGER = Pattern.compile("^-?\\d+$");
    private static final Pattern SIMPLE_TUPLE = Pattern.compile("^\\(([^(),]+),\\s*([^(),]+)\\)$");
    private static final Pattern SUM = Pattern.compile("^([^+\\-]+)\\+([^+\\-]+)$");
    private static final Pattern COEFF_SQRT = Pattern.compile("^(\\d+)\\s*\\\\sqrt\\{(\\d+)\\}$");

    public static List<Variant> of(String answer) {
        List<Variant> out = new ArrayList<>();
        String a = answer.strip();
        out.add(new Variant("identity", a, true));
        out.add(new Variant("outer spaces", "  " + a + " ", true));
        out.add(new Variant("dollars", "$" + a + "$", true));
        out.add(new Variant("boxed", "\\boxed{" + a + "}", null));
        out.add(new Variant("equation lhs", "x = " + a, a.contains("=") || a.startsWith("\\text{") ? null : Boolean.TRUE));
        if (a.contains(",")) {
            out.add(new Variant("comma spaces", a.replace(", ", ",").replace(",", ", "), true));
        }
        if (a.contains("\\frac")) {
            out.add(new Variant("dfrac", a.replace("\\frac", "\\dfrac"), true));
            out.add(new Variant("tfrac", a.replace("\\frac", "\\tfrac"), true));
        }
        if (a.contains("(") && !a.contains("\\left")) {
            out.add(new Variant("left right", a.replace("(", "\\left(").replace(")", "\\right)"), true));
        }
        if (a.contains("\\left")) {
            out.add(new Variant("no left right", a.replace("\\left", "").replace("\\right", ""), true));
        }
        Matcher frac = SIMPLE_FRAC.matcher(a);
        if (frac.matches()) {
            String sign = frac.group(1);
            BigInteger p = new BigInteger(frac.group(2));
            BigInteger q = new BigInteger(frac.group(3));
            out.add(new Variant("slash", sign + p + "/" + q, true));
            out.add(new Variant("slash spaced", sign + p + " / " + q, null));
            out.add(new Variant("unreduced", sign + "\\frac{" + p.multiply(BigInteger.TWO) + "}{" + q.multiply(BigInteger.TWO) + "}",
                    false));
            out.add(new Variant("unreduced slash", sign + p.multiply(BigInteger.valueOf(3)) + "/" + q.multiply(BigInteger.valueOf(3)),
                    false));
            java.math.BigDecimal value = new java.math.BigDecimal(p).divide(new java.math.BigDecimal(q), java.math.MathContext.DECIMAL64);
            boolean terminating = terminatesInDecimal(q.divide(q.gcd(p)));
            if (terminating && value.scale() <= 12) {
                String dec = sign + value.stripTrailingZeros().toPlainString();
                out.add(new Variant("decimal", dec, !(p.mod(q).signum() == 0)));
            } else {
                String rounded = sign + value.setScale(4, java.math.RoundingMode.HALF_EVEN).toPlainString();
                out.add(new Variant("rounded decimal", rounded, false));
            }
            out.add(new Variant("negated", (sign.isEmpty() ? "-" : "") + "\\frac{" + p + "}{" + q + "}", false));
            if (sign.isEmpty() && p.compareTo(q) > 0 && p.mod(q).signum() != 0) {
                BigInteger[] qr = p.divideAndRemainder(q);
                out.add(new Variant("mixed number", qr[0] + "\\frac{" + qr[1] + "}{" + q + "}", true));
                out.add(new Variant("mixed number text", qr[0] + " " + qr[1] + "/" + q, true));
            }
        }
        if (INTEGER.matcher(a).matches()) {
            BigInteger n = new BigInteger(a);
            out.add(new Variant("plus one", n.add(BigInteger.ONE).toString(), false));
            out.add(new Variant("minus one", n.subtract(BigInteger.ONE).toString(), false));
            out.add(new Variant("decimal point", a + ".0", true));
            out.add(new Variant("float noise", a + ".00000001", true)); // within 1e-7 of an integer
            out.add(new Variant("near integer", a + ".00001", false));
            if (n.signum() < 0) {
                out.add(new Variant("spaced minus", "- " + n.negate(), true));
            }
            out.add(new Variant("degrees", a + "^\\circ", true));
            out.add(new Variant("degrees braced", a + "^{\\circ}", true));
            out.add(new Variant("degrees word", a + " degrees", true));
            out.add(new Variant("unit text", a + "\\text{ cm}", true));
            out.add(new Variant("unit", a + " cm", true));
            out.add(new Variant("percent", a + "\\%", true));
            out.add(new Variant("dollar", "\\$" + a, true));
            out.add(new Variant("text wrapped", "\\text{" + a + "}", true));
            if (n.abs().compareTo(BigInteger.valueOf(1000)) >= 0) {
                out.add(new Variant("thousands", withCommas(a), true));
                out.add(new Variant("latex thousands", withCommas(a).replace(",", ",\\!"), true));
                out.add(new Variant("braced thousands", withCommas(a).replace(",", "{,}"), true));
            }
            out.add(new Variant("as fraction", "\\frac{" + n.multiply(BigInteger.TWO) + "}{2}", false));
            out.add(new Variant("times one", a + "\\cdot 1", false));
            out.add(new Variant("words", "the answer is " + a, false));
        }
        Matcher tuple = SIMPLE_TUPLE.matcher(a.replace("\\left", "").replace("\\right", ""));
        if (tuple.matches()) {
            String x = tuple.group(1).strip();
            String y = tuple.group(2).strip();
            boolean same = AnswerNormalizer.normalize(x).equals(AnswerNormalizer.normalize(y));
            out.add(new Variant("reordered tuple", "(" + y + ", " + x + ")", same ? Boolean.TRUE : null));
            out.add(new Variant("square brackets", "[" + x + ", " + y + "]", false));
            out.add(new Variant("no brackets", x + ", " + y, false));
            out.add(new Variant("tuple spaced", "( " + x + " ,  " + y + " )", true));
        }
        Matcher sum = SUM.matcher(a);
        if (sum.matches() && !a.contains("(")) {
            out.add(new Variant("reordered sum", sum.group(2).strip() + " + " + sum.group(1).strip(), null));
        }
        Matcher cs = COEFF_SQRT.matcher(a);
        if (cs.matches()) {
            BigInteger c = new BigInteger(cs.group(1));
            BigInteger r = new BigInteger(cs.group(2));
            out.add(new Variant("root absorbed", "\\sqrt{" + c.multiply(c).multiply(r) + "}", true));
            out.add(new Variant("root times", c + "\\cdot\\sqrt{" + r + "}", true));
            out.add(new Variant("root unbraced", c + "\\sqrt" + r, r.toString().length() == 1));
            out.add(new Variant("root wrong", "\\sqrt{" + c.multiply(r) + "}", false));
        }
        if (a.equals("\\pi") || a.endsWith("\\pi")) {
            out.add(new Variant("pi decimal", a.replace("\\pi", "\\cdot 3.14"), false));
            out.add(new Variant("pi text", a.replace("\\pi", "pi"), null));
        }
        if (a.startsWith("\\text{") && a.endsWith("}")) {
            String inner = a.substring(6, a.length() - 1);
            out.add(new Variant("unwrapped text", inner, true));
            out.add(new Variant("upper case text", inner.toUpperCase(java.util.Locale.ROOT), true));
            out.add(new Variant("bold text", "\\textbf{" + inner + "}", true));
        }
        return out;
    }

    private static boolean terminatesInDecimal(BigInteger q) {
        BigInteger r = q;
        for (BigInteger f : new BigInteger[] {BigInteger.TWO, BigInteger.valueOf(5)}) {
            while (r.mod(f).signum() == 0) {
                r = r.divide(f);
            }
        }
        return r.equals(BigInteger.ONE);
    }

    private static String withCommas(String digits) {
        boolean negative = digits.startsWith("-");
        String d = negative ? digits.substring(1) : digits;
        StringBuilder sb = new StringBuilder();
        int first = d.length() % 3 == 0 ? 3 : d.length() % 3;
        sb.append(d, 0, first);
        for (int i = first; i < d.length(); i += 3) {
            sb.append(',').append(d, i, i + 3);
        }
        return (negative ? "-" : "") + sb;
    }
}
