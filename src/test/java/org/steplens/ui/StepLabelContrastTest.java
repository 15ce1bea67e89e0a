package org.steplens.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.steplens.ui.common.PrmColorScale;

/**
 * Issue 15, defect 16: the "Step N" label (the theme's default text colour, see steplens.css) reads at ≥ 4.5:1 on
 * every step tint, in the light and the dark theme. The theme colours are read from AtlantaFX's own stylesheets.
 */
class StepLabelContrastTest {

    @Test
    void stepLabelsReadOnEveryTintInBothThemes() throws Exception {
        for (String theme : new String[] {"primer-light", "primer-dark"}) {
            String css = css("/atlantafx/base/theme/" + theme + ".css");
            Color bg = Color.web(token(css, "-color-bg-default"));
            Color fg = Color.web(token(css, "-color-fg-default"));
            double worst = Double.MAX_VALUE;
            for (int i = 0; i <= 100; i++) {
                double p = i / 100.0;
                Color tint = over(PrmColorScale.color(p), PrmColorScale.tintOpacity(p), bg);
                worst = Math.min(worst, contrast(fg, tint));
            }
            assertTrue(worst >= 4.5, theme + ": worst contrast " + worst);
        }
        String ours = css("/org/steplens/ui/steplens.css");
        assertTrue(ours.matches("(?s).*\\.step \\.step-number \\{[^}]*-fx-text-fill: -color-fg-default;.*"),
                "the step label uses the default text colour");
    }

    private static String css(String resource) throws Exception {
        try (InputStream in = StepLabelContrastTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String token(String css, String name) {
        Matcher m = Pattern.compile(Pattern.quote(name) + ":\\s*(#[0-9a-fA-F]{6})").matcher(css);
        assertTrue(m.find(), name);
        return m.group(1);
    }

    private static Color over(Color c, double alpha, Color bg) {
        return Color.color(c.getRed() * alpha + bg.getRed() * (1 - alpha), c.getGreen() * alpha + bg.getGreen() * (1 - alpha),
                c.getBlue() * alpha + bg.getBlue() * (1 - alpha));
    }

    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * lin(c.getRed()) + 0.7152 * lin(c.getGreen()) + 0.0722 * lin(c.getBlue());
    }

    private static double lin(double s) {
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
