package org.steplens.grade;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * sympy's Float semantics for decimal literals, which the reference grader's symbolic check uses: a literal
 * such as {@code 0.1} is a binary number of {@code max(15, significant digits)} decimal digits of precision
 * (53 bits for up to 15 digits), and each arithmetic step on Floats rounds to the larger operand precision,
 * round-half-even. So {@code 0.1+0.2} is not {@code 0.3} and a 16-digit decimal is not the fraction it
 * approximates. Values are kept as exact dyadic {@link Rational}s.
 */
final class SympyFloat {
    private SympyFloat() {
    }

    /** A literal's value rounded to its precision, and that precision in bits. */
    record Literal(Rational value, int precision) {
    }

    /**
     * A Python float literal ({@code 1.5}, {@code 2e-3}, {@code .5}; underscores already removed) as sympy's
     * parser makes it. Throws {@link GradingBudget.Exceeded} for exponents or digit counts beyond the budget.
     */
    static Literal literal(String text) {
        BigDecimal d = decimal(text);
        int digits = d.signum() == 0 ? 1 : d.precision();
        int dps = digits;
        if (text.indexOf('.') < 0 && d.scale() <= 0) {
            // sympy: an integer-valued literal without a point keeps all its integer digits
            dps = Math.max(dps, d.toBigIntegerExact().abs().toString().length());
        }
        int precision = precisionOfDigits(Math.max(15, dps));
        return new Literal(round(Rational.ofDecimal(d), precision), precision);
    }

    /** The exact value of a decimal literal, within the size budget. */
    static BigDecimal decimal(String text) {
        GradingBudget.checkLength(text, GradingBudget.MAX_LITERAL_DIGITS, "number literal");
        BigDecimal d;
        try {
            d = new BigDecimal(text);
        } catch (NumberFormatException e) {
            // BigDecimal refuses exponents beyond the int range: far beyond the budget anyway
            throw new GradingBudget.Exceeded("exponent out of range in " + abbreviate(text));
        }
        long exponent = (long) d.precision() - d.scale() - 1;
        if (Math.abs(exponent) > GradingBudget.MAX_DECIMAL_EXPONENT) {
            throw new GradingBudget.Exceeded("decimal exponent " + exponent + " beyond "
                    + GradingBudget.MAX_DECIMAL_EXPONENT);
        }
        return d;
    }

    /** mpmath's {@code dps_to_prec}. */
    static int precisionOfDigits(int dps) {
        return Math.max(1, (int) Math.rint((dps + 1) * 3.3219280948873626));
    }

    /** {@code x} rounded to {@code bits} significant bits, half to even. */
    static Rational round(Rational x, int bits) {
        if (x.signum() == 0) {
            return x;
        }
        BigInteger n = x.num().abs();
        BigInteger d = x.den();
        long e = (long) n.bitLength() - d.bitLength() - bits - 1;
        BigInteger[] qr = e < 0 ? n.shiftLeft((int) -e).divideAndRemainder(d)
                : n.divideAndRemainder(d.shiftLeft((int) e));
        BigInteger q = qr[0]; // n/d = (q + r) * 2^e with 2^bits <= q < 2^(bits+2)
        int k = q.bitLength() - bits;
        boolean half = q.testBit(k - 1);
        boolean sticky = qr[1].signum() != 0 || q.getLowestSetBit() < k - 1;
        BigInteger m = q.shiftRight(k);
        if (half && (sticky || m.testBit(0))) {
            m = m.add(BigInteger.ONE);
        }
        long shift = e + k;
        Rational r = shift >= 0 ? Rational.of(m.shiftLeft((int) shift), BigInteger.ONE)
                : Rational.of(m, BigInteger.ONE.shiftLeft((int) -shift));
        return x.signum() < 0 ? r.negate() : r;
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
