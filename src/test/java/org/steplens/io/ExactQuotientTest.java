package org.steplens.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * digits / 10^k correctly rounded, checked bit for bit against Double.parseDouble (the JDK's reference): the answer,
 * and each of its two routes on its own (the products where they decide, the exact comparisons everywhere).
 */
class ExactQuotientTest {
    private static int undecidedByProduct;

    private static void assertAsParsed(long digits, int k) {
        double expected = Double.parseDouble(digits + "E-" + k);
        assertSame(expected, ExactQuotient.of(digits, k), digits, k, "of");
        assertSame(expected, ExactQuotient.byComparison(digits, k), digits, k, "byComparison");
        double byProduct = ExactQuotient.byProduct(digits, k);
        if (Double.isNaN(byProduct)) {
            undecidedByProduct++;
        } else {
            assertSame(expected, byProduct, digits, k, "byProduct");
        }
    }

    private static void assertSame(double expected, double actual, long digits, int k, String route) {
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual),
                () -> route + ": " + digits + "E-" + k + ": expected " + expected + " but was " + actual);
    }

    @Test
    void theProductsDecideAlmostEverySignificand() {
        undecidedByProduct = 0;
        Random random = new Random(3);
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            long digits = 1 + Math.floorMod(random.nextLong(), 999_999_999_999_999_999L);
            assertAsParsed(digits, 1 + random.nextInt(ExactQuotient.MAX_POWER));
        }
        assertTrue(undecidedByProduct < n / 1000, undecidedByProduct + " of " + n + " left undecided");
    }

    @Test
    void significandsNextToHalfwayPointsOfEveryPower() {
        // the decimals nearest to the midpoint between two neighbouring doubles: where rounding is hardest
        Random random = new Random(5);
        for (int i = 0; i < 20_000; i++) {
            int k = 1 + random.nextInt(ExactQuotient.MAX_POWER);
            double d = Math.scalb(1 + random.nextDouble(), -random.nextInt(70));
            BigDecimal midpoint = new BigDecimal(d).add(new BigDecimal(Math.nextUp(d))).divide(BigDecimal.valueOf(2));
            BigDecimal scaled = midpoint.movePointRight(k).setScale(0, java.math.RoundingMode.FLOOR);
            if (scaled.signum() <= 0 || scaled.toBigInteger().bitLength() > 62) {
                continue;
            }
            long near = scaled.longValueExact();
            for (long digits = Math.max(1, near - 1); digits <= near + 2; digits++) {
                assertAsParsed(digits, k);
            }
        }
    }

    @Test
    void randomSignificandsOfEveryLengthAndEveryPower() {
        Random random = new Random(2026);
        for (int i = 0; i < 400_000; i++) {
            int length = 1 + random.nextInt(19);
            long digits = Math.floorMod(random.nextLong(), length == 19 ? Long.MAX_VALUE : pow10(length));
            if (digits == 0) {
                continue;
            }
            assertAsParsed(digits, 1 + random.nextInt(ExactQuotient.MAX_POWER));
        }
    }

    @Test
    void probabilitiesAsPythonWritesThem() {
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            String repr = new BigDecimal(random.nextDouble() * Math.pow(10, -random.nextInt(6))).round(
                    new java.math.MathContext(1 + random.nextInt(18))).toPlainString(); // 0.00ddd…
            BigDecimal d = new BigDecimal(repr);
            if (d.signum() == 0 || d.scale() > ExactQuotient.MAX_POWER || d.scale() < 1) {
                continue;
            }
            assertAsParsed(d.unscaledValue().longValueExact(), d.scale());
        }
    }

    @Test
    void exactHalfwayCasesRoundToEven() {
        Random random = new Random(11);
        for (int i = 0; i < 100_000; i++) {
            long below = (1L << 53) + (random.nextLong() & ((1L << 56) - 1)); // integers where doubles are 2..16 apart
            double a = (double) below;
            double next = Math.nextUp(a);
            long midpoint = ((long) a + (long) next) / 2; // exactly halfway between two doubles
            for (long m = midpoint - 1; m <= midpoint + 1; m++) {
                assertAsParsed(m * 10, 1); // "m.0": the halfway value (and its neighbours) with one decimal
            }
        }
        assertEquals(9007199254740992.0, ExactQuotient.of(90071992547409930L, 1)); // 2^53 + 1: ties to even
        assertEquals(9007199254740996.0, ExactQuotient.of(90071992547409950L, 1)); // 2^53 + 3: ties to even
    }

    private static long pow10(int n) {
        long p = 1;
        for (int i = 0; i < n; i++) {
            p *= 10;
        }
        return p;
    }
}
