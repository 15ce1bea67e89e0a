package org.steplens.chart;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.font.FontRenderContext;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Text widths for layout, from the same font for every backend so that PNG, SVG and screen place labels alike.
 * DejaVu Sans when installed (it is on most Linux systems and close in width to Verdana), else the JDK's
 * logical sans-serif font.
 */
public final class TextMeasure {
    /** The font family a renderer should ask for; SVG lists fallbacks after it. */
    public static final String FAMILY = pickFamily();
    /** The font-family list written into SVG files. */
    public static final String SVG_FAMILY = "'DejaVu Sans', Verdana, 'Helvetica Neue', Arial, sans-serif";

    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    private static final float BASE_SIZE = 100f;
    private static final Font REGULAR = new Font(FAMILY, Font.PLAIN, 1).deriveFont(BASE_SIZE);
    private static final Font BOLD = new Font(FAMILY, Font.BOLD, 1).deriveFont(BASE_SIZE);

    private TextMeasure() {
    }

    /** Advance width of {@code text} in figure units. */
    public static double width(String text, TextStyle style) {
        Font f = style.bold() ? BOLD : REGULAR;
        return f.getStringBounds(text, CONTEXT).getWidth() * style.size() / BASE_SIZE;
    }

    /** The height of capital letters above the baseline, for centring text vertically. */
    public static double capHeight(double size) {
        return 0.73 * size;
    }

    /** The AWT font for a style, at its size. */
    public static Font font(TextStyle style) {
        return (style.bold() ? BOLD : REGULAR).deriveFont((float) style.size());
    }

    private static String pickFamily() {
        try {
            Set<String> names = Arrays.stream(GraphicsEnvironment.getLocalGraphicsEnvironment()
                    .getAvailableFontFamilyNames()).collect(Collectors.toSet());
            return names.contains("DejaVu Sans") ? "DejaVu Sans" : Font.SANS_SERIF;
        } catch (RuntimeException | Error e) {
            // no font configuration at all: the logical font still measures
            return Font.SANS_SERIF;
        }
    }
}
