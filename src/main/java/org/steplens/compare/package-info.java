/**
 * Side-by-side comparison: steps of two solutions aligned by content, word-level differences inside paired steps,
 * and run-level figures for two runs of the same problems (answer flips, flips to a hinted answer). No JavaFX.
 */
package org.steplens.compare;
