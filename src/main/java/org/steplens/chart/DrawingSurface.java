package org.steplens.chart;

import java.util.Map;
import org.steplens.typeset.Formula;

/**
 * What a chart draws on. Coordinates are figure units with the origin top left and y growing downwards;
 * one unit is one pixel at scale 1. Implementations: {@link Java2DSurface} (PNG, screen) and {@link SvgSurface}
 * (vector). Layout code measures text with {@link TextMeasure}, so every backend places things identically.
 */
public interface DrawingSurface {

    void line(double x1, double y1, double x2, double y2, Stroke stroke);

    void polyline(double[] xs, double[] ys, Stroke stroke);

    /** A closed polygon; either of fill and stroke may be null. */
    void polygon(double[] xs, double[] ys, Fill fill, Stroke stroke);

    /** An axis-aligned rectangle; either of fill and stroke may be null. */
    void rect(double x, double y, double width, double height, Fill fill, Stroke stroke);

    /** A circle; either of fill and stroke may be null. */
    void circle(double cx, double cy, double radius, Fill fill, Stroke stroke);

    void text(String text, double x, double y, TextStyle style);

    /**
     * A typeset formula, the left end of its baseline at (x, y). Java2D and SVG draw its vector outlines; a surface
     * that cannot shows its LaTeX source as text.
     */
    default void formula(Formula formula, double x, double y) {
        text(formula.latex(), x, y, TextStyle.of(Math.max(6, formula.ascent()), TextStyle.Anchor.START, Palette.INK));
    }

    /**
     * Starts a group of elements that belong together (a series, a data point). Vector backends keep the role
     * and the data (e.g. {@code n=100, mean=78.2}) as attributes so that the numbers can be read back from the
     * file; raster backends ignore both.
     */
    void beginGroup(String role, Map<String, String> data);

    void endGroup();
}
