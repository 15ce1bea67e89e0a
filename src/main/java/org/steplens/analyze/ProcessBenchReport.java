package org.steplens.analyze;

import java.util.List;

/**
 * ProcessBench metrics per subset and their average.
 *
 * @param subsets   per subset, in order of first appearance
 * @param averageF1 the mean of the subsets' F1 (ProcessBench's headline number)
 * @param threshold the step-probability threshold used, or NaN when the predictions came from a file
 * @param tunedOn   the subset the threshold was chosen on, or null when it was given
 */
public record ProcessBenchReport(List<SubsetMetrics> subsets, double averageF1, double threshold, String tunedOn) {

    public ProcessBenchReport {
        subsets = List.copyOf(subsets);
    }
}
