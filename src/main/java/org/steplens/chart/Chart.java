package org.steplens.chart;

/**
 * A figure that can be drawn on any {@link DrawingSurface} at any size and exported with {@link ChartExport}.
 */
public interface Chart {

    /** The figure's title, also used as the title of exported files. */
    String title();

    /** Where the numbers came from; null when the figure has none to tell. */
    Provenance provenance();

    /** The size the figure is designed for, in figure units (px at scale 1). */
    double preferredWidth();

    double preferredHeight();

    /** Draws the whole figure into the box (0, 0) – (width, height). */
    void draw(DrawingSurface surface, double width, double height);
}
