package org.steplens.io;

import java.math.BigInteger;

/**
 * The double nearest to {@code digits / 10^k} (ties to even, as {@link Double#parseDouble}) for a significand below
 * 2^63 and 1 ≤ k ≤ 22: the decimals of a probability such as 0.032846103871333986 (17 digits, too many for
 * Clinger's fast path). First by one or two 64×128-bit products with 10^-k (Eisel and Lemire's method, as in their
 * paper "Number parsing at a gigabyte per second"), which decides all but a vanishing few significands; those go to
 * exact comparisons: the floating-point quotient is within two units in the last place and is moved to the right
 * neighbour by comparing with the midpoints between neighbours in 128-bit integer arithmetic (10^k = 5^k·2^k, and
 * 5^22 fits a long). Measured on the numbers of a 2.25 GB Lightman file: 7-11 ns per number by the products, 25-34
 * ns by the comparisons alone.
 */
final class ExactQuotient {
    static final int MAX_POWER = 22;
    private static final double[] POWERS_OF_TEN = new double[MAX_POWER + 1];
    private static final long[] POWERS_OF_FIVE = new long[MAX_POWER + 1];
    /**
     * 5^-k as a 128-bit fraction scaled to its leading bit (2^127 ≤ value < 2^128): ⌊2^(127+z) / 5^k⌋ + 1 with
     * 2^(z-1) < 5^k < 2^z, in two words (high, low). Rounded up, as the error analysis of the method assumes.
     */
    private static final long[] INVERSE_FIVE_HIGH = new long[MAX_POWER + 1];
    private static final long[] INVERSE_FIVE_LOW = new long[MAX_POWER + 1];
    /** The kept bits of the product beyond the 54 that make the double and its rounding bit. */
    private static final long BELOW_ROUNDING_BIT = 0x1FF;

    static {
        double ten = 1;
        long five = 1;
        for (int i = 0; i <= MAX_POWER; i++) {
            POWERS_OF_TEN[i] = ten; // exact: 10^22 = 5^22·2^22 with 5^22 < 2^53
            POWERS_OF_FIVE[i] = five;
            ten *= 10;
            five *= 5;
        }
        for (int k = 1; k <= MAX_POWER; k++) {
            BigInteger power = BigInteger.valueOf(5).pow(k);
            BigInteger inverse = BigInteger.ONE.shiftLeft(127 + power.bitLength()).divide(power).add(BigInteger.ONE);
            if (inverse.bitLength() != 128) {
                throw new AssertionError("5^-" + k + " does not scale to 128 bits");
            }
            INVERSE_FIVE_HIGH[k] = inverse.shiftRight(64).longValue();
            INVERSE_FIVE_LOW[k] = inverse.longValue();
        }
    }

    private ExactQuotient() {
    }

    /** 10^k as a double, exact for 0 ≤ k ≤ 22. */
    static double powerOfTen(int k) {
        return POWERS_OF_TEN[k];
    }

    /** The correctly rounded {@code digits / 10^k}; {@code 0 < digits < 2^63}, {@code 1 ≤ k ≤ 22}. */
    static double of(long digits, int k) {
        double byProduct = byProduct(digits, k);
        return Double.isNaN(byProduct) ? byComparison(digits, k) : byProduct;
    }

    /**
     * Eisel and Lemire's method for a negative power of ten: the significand, shifted to its leading bit, times the
     * 128-bit 5^-k gives the double's 53 bits, a rounding bit and the bits below; NaN when the product's truncated
     * part could still carry into the kept bits (then the caller decides exactly). An exact tie between two doubles
     * is checked only for k ≤ 4: a tie needs 5^k to divide the significand, and for a larger k what is left of a
     * significand below 2^63 has too few bits to lie halfway between two doubles.
     */
    static double byProduct(long digits, int k) {
        int leadingZeros = Long.numberOfLeadingZeros(digits);
        long w = digits << leadingZeros;
        long high = unsignedMultiplyHigh(w, INVERSE_FIVE_HIGH[k]);
        long low = w * INVERSE_FIVE_HIGH[k];
        if ((high & BELOW_ROUNDING_BIT) == BELOW_ROUNDING_BIT) { // the second word may carry into the kept bits
            long carry = unsignedMultiplyHigh(w, INVERSE_FIVE_LOW[k]);
            long sum = low + carry;
            if (Long.compareUnsigned(sum, low) < 0) {
                high++;
            }
            low = sum;
            if ((high & BELOW_ROUNDING_BIT) == BELOW_ROUNDING_BIT && low == -1L) {
                return Double.NaN; // still undecided
            }
        }
        int top = (int) (high >>> 63); // the product has 127 or 128 bits
        long mantissa = high >>> (top + 9); // 54 bits: the double's 53 and the rounding bit
        int biasedExponent = ((217706 * -k) >> 16) + 63 + top - leadingZeros + 1023; // 217706/2^16 ≈ log2(10)
        if (low >>> 1 == 0 && k <= 4 && (mantissa & 3) == 1 && mantissa << (top + 9) == high) {
            mantissa &= ~1L; // exactly halfway, below an odd neighbour: round down to the even one
        }
        mantissa = (mantissa + (mantissa & 1)) >>> 1;
        if (mantissa == 1L << 53) { // rounded up to the next power of two
            mantissa = 1L << 52;
            biasedExponent++;
        }
        return Double.longBitsToDouble(mantissa & ~(1L << 52) | (long) biasedExponent << 52);
    }

    /** The high word of the unsigned 128-bit product (Java 17 has only the signed one). */
    private static long unsignedMultiplyHigh(long a, long b) {
        return Math.multiplyHigh(a, b) + (a >> 63 & b) + (b >> 63 & a);
    }

    /** The same quotient by the floating-point division corrected with exact comparisons (slower; any case). */
    static double byComparison(long digits, int k) {
        double c = digits / POWERS_OF_TEN[k];
        if (surelyNearest(c, digits, k)) {
            return c; // most numbers: no 128-bit comparison needed
        }
        while (true) { // up while the quotient lies above the midpoint to the next double (ties: to even)
            int above = compareToMidpointAbove(digits, k, c);
            if (above > 0 || above == 0 && isOdd(c)) {
                c = Math.nextUp(c);
            } else {
                break;
            }
        }
        while (true) { // down while it lies below the midpoint to the previous one
            double lower = Math.nextDown(c);
            int below = compareToMidpointAbove(digits, k, lower);
            if (below < 0 || below == 0 && isOdd(c)) {
                c = lower;
            } else {
                break;
            }
        }
        return c;
    }

    /**
     * Whether {@code c} is surely the double nearest to digits / 10^k, decided in floating point with a wide
     * margin: |c·10^k − digits| is computed to within 2^-40 (the product exactly as two doubles, Dekker's
     * TwoProduct; digits as two exact halves), and c is nearest when that is below half the gap to c's neighbours
     * (scaled by 10^k, which is exact) by more than 2^-30. False sends the caller to the exact comparisons: when c
     * is off by one, too close to a midpoint to tell, or a power of two (whose lower gap is half as wide).
     */
    private static boolean surelyNearest(double c, long digits, int k) {
        long bits = Double.doubleToRawLongBits(c);
        if ((bits & ((1L << 52) - 1)) == 0) {
            return false;
        }
        double p = POWERS_OF_TEN[k];
        double product = c * p;
        double cHigh = highHalf(c);
        double cLow = c - cHigh;
        double pHigh = highHalf(p);
        double pLow = p - pHigh;
        double productError = ((cHigh * pHigh - product) + cHigh * pLow + cLow * pHigh) + cLow * pLow;
        double high = digits & ~0x7FFL; // at most 52 significant bits: exact, as is the rest
        double low = digits & 0x7FFL;
        double residual = ((product - high) + productError) - low; // product − high is exact (Sterbenz)
        double ulp = Double.longBitsToDouble((bits & 0x7FF0000000000000L) - (52L << 52)); // c is normal, ≥ 2^-1000
        double halfGap = ulp * p * 0.5;
        return Math.abs(residual) < halfGap - 0x1p-30;
    }

    /** The upper 26 bits of {@code x}'s significand, as a double (Veltkamp's split). */
    private static double highHalf(double x) {
        double t = 134217729.0 * x; // 2^27 + 1
        return t - (t - x);
    }

    private static boolean isOdd(double c) {
        return (Double.doubleToRawLongBits(c) & 1) != 0;
    }

    /**
     * The sign of {@code digits / 10^k − (c + ulp(c) / 2)}, exactly; {@code c} positive and normal. With c =
     * s·2^e, the midpoint is (2s + 1)·2^(e−1), so the sign is that of digits − (2s + 1)·5^k·2^(e−1+k).
     */
    static int compareToMidpointAbove(long digits, int k, double c) {
        long bits = Double.doubleToRawLongBits(c);
        long significand = bits & ((1L << 52) - 1) | 1L << 52;
        int exponent = (int) (bits >>> 52) - 1075;
        long midpoint = 2 * significand + 1; // < 2^54
        long five = POWERS_OF_FIVE[k]; // < 2^52
        long rightHigh = Math.multiplyHigh(midpoint, five); // both positive: the signed high half is the unsigned one
        long rightLow = midpoint * five;
        int shift = exponent - 1 + k;
        if (shift >= 0) { // compare digits with right·2^shift
            if (bitLength(rightHigh, rightLow) + shift > 64) {
                return -1; // the right side is at least 2^64 > digits
            }
            long right = shift == 0 ? rightLow : rightLow << shift; // fits 64 bits: see above
            return Long.compareUnsigned(digits, right);
        }
        int up = -shift; // compare digits·2^up with right
        int digitsBits = 64 - Long.numberOfLeadingZeros(digits);
        if (digitsBits + up > 127) {
            return 1; // the left side is at least 2^127 > right (< 2^106)
        }
        long leftHigh = up >= 64 ? digits << (up - 64) : digits >>> (64 - up);
        long leftLow = up >= 64 ? 0 : digits << up;
        if (leftHigh != rightHigh) {
            return Long.compareUnsigned(leftHigh, rightHigh);
        }
        return Long.compareUnsigned(leftLow, rightLow);
    }

    private static int bitLength(long high, long low) {
        return high != 0 ? 128 - Long.numberOfLeadingZeros(high) : 64 - Long.numberOfLeadingZeros(low);
    }
}
