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

    /** Defect 10: "0.50" flagged below 0.50 beside an unflagged "0.50". */
    @Test
    void labelsNearTheThresholdShowWhichSideTheyFallOn() {
        assertEquals("0.498", PrmColorScale.label(0.4983, 0.5), "0.4983 is flagged, so it must not read 0.50");
        assertEquals("0.50", PrmColorScale.label(0.5, 0.5), "exactly the threshold is not below it");
        assertEquals("0.50", PrmColorScale.label(0.5041, 0.5));
        assertEquals("0.4999", PrmColorScale.label(0.49991, 0.5));
        assertEquals("<0.50", PrmColorScale.label(0.49999999, 0.5), "beyond six digits the comparison is spelled out");
        assertEquals("0.41", PrmColorScale.label(0.4069, 0.5), "far from the threshold: two decimals");
        assertEquals("0.35", PrmColorScale.label(0.3549, 0.35));
        assertEquals("0.349", PrmColorScale.label(0.3492, 0.35));
        assertEquals("–", PrmColorScale.label(Double.NaN, 0.5));
        assertEquals("0.50", PrmColorScale.label(0.4983, Double.NaN), "no threshold known: the plain label");
        for (int i = 0; i <= 10_000; i++) {
            double p = i / 10_000.0;
            for (double t : new double[] {0.5, 0.35, 0.73}) {
                String shown = PrmColorScale.label(p, t);
                boolean readsBelow = shown.startsWith("<") || Double.parseDouble(shown) < t;
                assertEquals(org.steplens.select.StepScoring.flagged(p, t), readsBelow, p + " at " + t + " shows " + shown);
            }
        }
    }
}
