package org.steplens.typeset;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * AWT's font set-up and JLaTeXMath's fonts, loaded once. fontconfig's initialisation is not thread-safe: JLaTeXMath's
 * first {@code Font.createFont} on a background thread racing JavaFX's own font set-up crashed the JVM (SIGSEGV in
 * libfontconfig). So the app calls {@link #initialise()} before JavaFX starts, and every typesetting path (the
 * screen's formulas, cards and deck PDFs) calls it before its first formula.
 */
public final class MathFonts {
    /**
     * Touches every font JLaTeXMath loads lazily (Computer Modern roman, italic, bold, sans, typewriter, symbols,
     * extensions, AMS, Fraktur, script, blackboard, St Mary, Greek and Cyrillic text).
     */
    static final String EVERY_FONT = "\\sum_{i=1}^{n}\\int_0^1 x^2\\,dx+\\frac{\\sqrt{a}}{b}\\mathbb{R}\\mathcal{L}"
            + "\\mathfrak{g}\\mathscr{F}\\mathbf{v}\\mathit{t}\\mathsf{s}\\mathtt{m}\\boldsymbol{\\alpha}\\leqslant"
            + "\\llbracket\\Gamma\\text{абв αβγ}\\textbf{b}\\textit{i}";

    private static Boolean ready;

    private MathFonts() {
    }

    /**
     * Loads the fonts on the calling thread the first time; later calls return at once.
     *
     * @return whether the fonts could be loaded (false: formulas fall back to their source text)
     */
    public static synchronized boolean initialise() {
        if (ready == null) {
            try {
                GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames();
                TeXIcon icon = new TeXFormula(EVERY_FONT).createTeXIcon(TeXConstants.STYLE_TEXT, 16);
                icon.setForeground(Color.BLACK);
                BufferedImage img = new BufferedImage(Math.max(1, icon.getIconWidth()), Math.max(1, icon.getIconHeight()),
                        BufferedImage.TYPE_INT_ARGB);
                Graphics2D g = img.createGraphics();
                try {
                    icon.paintIcon(null, g, 0, 0);
                } finally {
                    g.dispose();
                }
                ready = true;
            } catch (RuntimeException | Error e) {
                ready = false; // no fonts: every formula falls back to its source text, as after a parse error
            }
        }
        return ready;
    }
}
