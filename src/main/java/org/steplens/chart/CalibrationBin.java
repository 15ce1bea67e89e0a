package org.steplens.chart;

/**
 * One bin of a reliability diagram.
 *
 * @param lower         lower edge of the predicted-probability bin
 * @param upper         upper edge
 * @param meanPredicted mean predicted probability of the steps in the bin
 * @param observed      fraction of those steps that humans judged correct
 * @param count         number of steps in the bin
 */
public record CalibrationBin(double lower, double upper, double meanPredicted, double observed, long count) {
}
