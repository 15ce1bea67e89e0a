package org.steplens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.steplens.ui.common.ScoreFormat;

class ScoreFormatTest {
    @Test
    void tinyProductsKeepSignificantDigits() {
        assertEquals("0.092", ScoreFormat.of(0.09157553704097245));
        assertEquals("2.41e-05", ScoreFormat.of(0.0000241));
        assertEquals("-3.50e-04", ScoreFormat.of(-0.00035));
        assertEquals("0.000", ScoreFormat.of(0.0));
        assertEquals("3.547", ScoreFormat.of(3.546875));
        assertEquals("–", ScoreFormat.of(Double.NaN));
    }
}
