package org.steplens.grade;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** exp, ln and pi for BigDecimal at the symbolic check's working precision. */
final class BigMath {
    static final MathContext MC = new MathContext(70, RoundingMode.HALF_EVEN);
    private static final MathContext WORK = new MathContext(90, RoundingMode.HALF_EVEN);
    static final BigDecimal PI = new BigDecimal("3.14159265358979323846264338327950288419716939937510"
            + "58209749445923078164062862089986280348253421170679");
    private static final BigDecimal LN10 = new BigDecimal("2.30258509299404568401799145468436420760110148862877"
            + "29760333279009675726096773524802359972050895982983");
    private static final BigDecimal SMALL = new BigDecimal("1e-3");

    private BigMath() {
    }

    static BigDecimal exp(BigDecimal x) {
        if (x.signum() == 0) {
            return BigDecimal.ONE;
        }
        if (x.abs().compareTo(BigDecimal.valueOf(1_000_000_000L)) > 0) {
            throw new SympyParser.Unsupported("exponent too large");
        }
        int halvings = 0;
        BigDecimal r = x;
        while (r.abs().compareTo(SMALL) > 0) {
            r = r.divide(BigDecimal.valueOf(2), WORK);
            halvings++;
        }
        BigDecimal sum = BigDecimal.ONE;
        BigDecimal term = BigDecimal.ONE;
        for (int k = 1; k < 60; k++) {
            term = term.multiply(r, WORK).divide(BigDecimal.valueOf(k), WORK);
            sum = sum.add(term, WORK);
            if (term.signum() == 0 || term.abs().compareTo(sum.abs().movePointLeft(95)) < 0) {
                break;
            }
        }
        MathContext squaring = new MathContext(WORK.getPrecision() + 10 + halvings / 3, RoundingMode.HALF_EVEN);
        for (int i = 0; i < halvings; i++) {
            sum = sum.multiply(sum, squaring);
        }
        return sum.round(MC);
    }

    /** Natural logarithm of a positive number. */
    static BigDecimal ln(BigDecimal x) {
        if (x.signum() <= 0) {
            throw new ArithmeticException("ln of non-positive");
        }
        int e10 = x.precision() - x.scale() - 1;
        BigDecimal m = x.movePointLeft(e10);
        BigDecimal y = BigDecimal.valueOf(Math.log(m.doubleValue()));
        for (int i = 0; i < 8; i++) {
            BigDecimal ey = exp(y);
            // Halley step for e^y = m
            BigDecimal step = m.subtract(ey, WORK).multiply(BigDecimal.valueOf(2), WORK).divide(m.add(ey, WORK), WORK);
            y = y.add(step, WORK);
            if (step.abs().compareTo(BigDecimal.ONE.movePointLeft(85)) < 0) {
                break;
            }
        }
        return y.add(LN10.multiply(BigDecimal.valueOf(e10), WORK), WORK).round(MC);
    }
}
