package org.steplens.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** digits / 10^k correctly rounded, checked bit for bit against Double.parseDouble (the JDK's reference). */
class ExactQuotientTest {
    private static void assertAsParsed(long digits, int k) {
        double expected = Double.parseDouble(digits + "E-" + k);
        double actual = ExactQuotient.of(digits, k);
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual),
                () -> digits + "E-" + k + ": expected " + expected + " but was " + actual);
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
