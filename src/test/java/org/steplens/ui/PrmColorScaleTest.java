package org.steplens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.steplens.ui.common.PrmColorScale;

class PrmColorScaleTest {

    @Test
    void endpointsAndMiddleAreTheDocumentedStops() {
        assertEquals("#b35806", PrmColorScale.css(0));
        assertEquals("#eeeae4", PrmColorScale.css(0.5));
        assertEquals("#2166ac", PrmColorScale.css(1));
        assertEquals("#b35806", PrmColorScale.css(-3), "clamped");
        assertEquals("#2166ac", PrmColorScale.css(7), "clamped");
        assertEquals("#9e9e9e", PrmColorScale.css(Double.NaN), "unscored is grey");
    }

    @Test
    void blueRisesAndRedFallsAlongTheUpperHalf() {
        double lastBlueMinusRed = -1e9;
        for (int i = 50; i <= 100; i++) {
            int c = PrmColorScale.rgb(i / 100.0);
            int r = (c >> 16) & 0xFF;
            int b = c & 0xFF;
            assertTrue(b - r >= lastBlueMinusRed, "monotone at " + i);
            lastBlueMinusRed = b - r;
        }
    }

    @Test
    void redDominatesBelowTheMiddleAndBlueAbove() {
        for (int i = 0; i <= 100; i++) {
            int c = PrmColorScale.rgb(i / 100.0);
            int r = (c >> 16) & 0xFF;
            int b = c & 0xFF;
            // 0.45–0.55 is the near-neutral middle
            if (i < 45) {
                assertTrue(r > b, "orange side at " + i);
            } else if (i > 55) {
                assertTrue(b > r, "blue side at " + i);
            }
        }
    }

    @Test
    void labelsAndTextColour() {
        assertEquals("0.41", PrmColorScale.label(0.4069));
        assertEquals("–", PrmColorScale.label(Double.NaN));
        assertEquals(Color.WHITE, PrmColorScale.textOn(1.0));
        assertEquals(Color.BLACK, PrmColorScale.textOn(0.5));
    }
}
