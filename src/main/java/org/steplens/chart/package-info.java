/**
 * Headless charts for figures and exports: chart specifications (best-of-N curves with bands, reliability
 * diagrams, F1 against threshold, grouped bars, tables), one layout per chart drawn on a {@link
 * org.steplens.chart.DrawingSurface} with two backends (Java2D for PNG, a small SVG writer for vector output) so
 * the two formats never disagree, CSV export of tables, and the {@link org.steplens.chart.Provenance} that every
 * export carries. Never imports JavaFX: the UI shows these charts by rendering them to an image or a canvas.
 */
package org.steplens.chart;
