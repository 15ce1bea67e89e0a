package org.steplens.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.steplens.ui.common.MathRenderer;

/**
 * Issue 18 #9: JLaTeXMath's fonts are created once, on the thread that starts the app, before JavaFX sets up its
 * own fonts (the two racing in libfontconfig crashed the JVM). The warm-up formula must typeset, or nothing loads.
 */
class MathFontsTest {
    @Test
    void everyLazilyLoadedFontIsLoadedUpFrontWithoutJavaFx() {
        assertTrue(MathRenderer.initialiseFonts(), "the warm-up formula typesets (else no font is loaded up front)");
        assertTrue(MathRenderer.initialiseFonts(), "idempotent");
    }
}
