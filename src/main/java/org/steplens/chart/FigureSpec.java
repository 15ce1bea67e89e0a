package org.steplens.chart;

/** What every figure's description carries: a title and where its numbers came from. */
public interface FigureSpec {
    String title();

    /** Null when the figure has none to tell. */
    Provenance provenance();
}
