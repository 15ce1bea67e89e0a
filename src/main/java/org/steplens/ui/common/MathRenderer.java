package org.steplens.ui.common;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javafx.embed.swing.SwingFXUtils;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;
import org.steplens.typeset.MathFonts;

/**
 * Typesets LaTeX with JLaTeXMath into images, cached by (latex, size, colour, display). Thread-safe; call
 * {@link #render} off the FX thread (JLaTeXMath parses and paints with Java2D) and {@link #cached} anywhere.
 */
public final class MathRenderer {
    private static final int CAPACITY = 20_000;
    /** Formulas that could not be parsed, so they are not tried again. */
    private static final Optional<MathImage> FAILED = Optional.empty();

    private final Map<Key, Optional<MathImage>> cache = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Optional<MathImage>> eldest) {
            return size() > CAPACITY;
        }
    };

    /** What a formula image depends on. */
    public record Key(String latex, float size, int rgb, boolean display) {
    }

    /** The image if it was rendered before; null when it was never rendered; empty when it failed to parse. */
    public Optional<MathImage> cached(Key key) {
        synchronized (cache) {
            return cache.get(key);
        }
    }

    /** Renders (or returns the cached image); empty when JLaTeXMath cannot parse the formula. */
    public Optional<MathImage> render(Key key) {
        Optional<MathImage> hit = cached(key);
        if (hit != null) {
            return hit;
        }
        Optional<MathImage> made = typeset(key);
        synchronized (cache) {
            cache.put(key, made);
        }
        return made;
    }

    public int size() {
        synchronized (cache) {
            return cache.size();
        }
    }

    /**
     * Loads AWT's and JLaTeXMath's fonts once ({@link MathFonts#initialise()}); call it before JavaFX starts.
     *
     * @return whether the fonts could be loaded (false: formulas fall back to their source text)
     */
    public static boolean initialiseFonts() {
        return MathFonts.initialise();
    }

    /** Loads JLaTeXMath's fonts and tables, which takes a moment the first time. */
    public void warmUp() {
        initialiseFonts();
        typeset(new Key("x^2+\\frac{1}{2}", 16, 0, false));
    }

    /** Budget for untrusted formulas: longer sources, or images larger than this, show their source instead. */
    static final int MAX_LATEX_CHARS = 5_000;
    static final long MAX_PIXELS = 12_000_000L;
    static final int MAX_SIDE = 16_000;

    private static Optional<MathImage> typeset(Key key) {
        if (key.latex().length() > MAX_LATEX_CHARS) {
            return FAILED;
        }
        try {
            TeXIcon icon = iconOf(key);
            int w = icon.getIconWidth();
            int h = icon.getIconHeight();
            if (w > MAX_SIDE || h > MAX_SIDE || (long) w * h > MAX_PIXELS) {
                return FAILED; // e.g. \rule{9999pt}{9999pt}: not worth the memory
            }
            return Optional.of(new MathImage(SwingFXUtils.toFXImage(paint(icon), null), icon.getIconDepth()));
        } catch (RuntimeException e) {
            // a parse error (or a formula JLaTeXMath cannot lay out): the caller shows the source as text
            return FAILED;
        }
    }

    private static TeXIcon iconOf(Key key) {
        TeXFormula formula = new TeXFormula(key.latex());
        TeXIcon icon = formula.createTeXIcon(key.display() ? TeXConstants.STYLE_DISPLAY : TeXConstants.STYLE_TEXT,
                key.size());
        icon.setForeground(new Color(key.rgb()));
        return icon;
    }

    private static BufferedImage paint(TeXIcon icon) {
        int w = Math.max(1, icon.getIconWidth());
        int h = Math.max(1, icon.getIconHeight());
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            icon.paintIcon(null, g, 0, 0);
        } finally {
            g.dispose();
        }
        return img;
    }
}
