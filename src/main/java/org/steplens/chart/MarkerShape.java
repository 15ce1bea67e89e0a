package org.steplens.chart;

/** How a data point is marked. */
public enum MarkerShape {
    CIRCLE, SQUARE, TRIANGLE, DIAMOND, NONE
}
