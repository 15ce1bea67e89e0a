package org.steplens.typeset;

import java.awt.Color;
import java.awt.Insets;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * A formula typeset by JLaTeXMath as vector outlines, its origin on the baseline at the left edge: any Java2D or
 * vector surface draws it by filling the outlines, so PNG, PDF and SVG show the same glyphs at any scale.
 * Immutable; safe to share between threads.
 */
public final class Formula {
    /** Longer sources are not typeset (a size budget on untrusted text): the caller shows them as text. */
    public static final int MAX_SOURCE = 2_000;

    /** One filled outline and its colour (0xRRGGBB). */
    public record Outline(Shape shape, int rgb) {
    }

    private final String latex;
    private final List<Outline> outlines;
    private final double width;
    private final double ascent;
    private final double descent;

    private Formula(String latex, List<Outline> outlines, double width, double ascent, double descent) {
        this.latex = latex;
        this.outlines = List.copyOf(outlines);
        this.width = width;
        this.ascent = ascent;
        this.descent = descent;
    }

    /**
     * Typesets {@code latex} (without delimiters).
     *
     * @param size    the font size in figure units (px at scale 1)
     * @param display display style (large operators, stacked limits) rather than inline
     * @param rgb     the colour, 0xRRGGBB
     * @return empty when JLaTeXMath cannot parse it, the fonts cannot load, or it is over {@link #MAX_SOURCE}
     */
    public static Optional<Formula> typeset(String latex, double size, boolean display, int rgb) {
        if (latex.isBlank() || latex.length() > MAX_SOURCE || !MathFonts.initialise()) {
            return Optional.empty();
        }
        try {
            TeXIcon icon = new TeXFormula(latex).createTeXIcon(display ? TeXConstants.STYLE_DISPLAY
                    : TeXConstants.STYLE_TEXT, (float) size);
            icon.setForeground(new Color(rgb));
            List<OutlineGraphics.Piece> pieces = new ArrayList<>();
            icon.paintIcon(null, new OutlineGraphics(pieces), 0, 0);
            Insets in = icon.getInsets();
            double ascent = icon.getTrueIconHeight() - icon.getTrueIconDepth();
            // move the origin from the icon's top left corner to the left end of its baseline
            AffineTransform toBaseline = AffineTransform.getTranslateInstance(-in.left, -(in.top + ascent));
            List<Outline> outlines = new ArrayList<>(pieces.size());
            for (OutlineGraphics.Piece p : pieces) {
                outlines.add(new Outline(toBaseline.createTransformedShape(p.shape()), p.color().getRGB() & 0xFFFFFF));
            }
            return Optional.of(new Formula(latex, outlines, icon.getTrueIconWidth(), ascent, icon.getTrueIconDepth()));
        } catch (RuntimeException e) {
            // a parse error (or a formula JLaTeXMath cannot lay out): the caller shows the source as text
            return Optional.empty();
        }
    }

    /** The LaTeX it was typeset from. */
    public String latex() {
        return latex;
    }

    /** The outlines, relative to the left end of the baseline (y grows downwards). */
    public List<Outline> outlines() {
        return outlines;
    }

    public double width() {
        return width;
    }

    /** Height above the baseline. */
    public double ascent() {
        return ascent;
    }

    /** Depth below the baseline. */
    public double descent() {
        return descent;
    }
}
