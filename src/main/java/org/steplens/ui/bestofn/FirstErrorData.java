package org.steplens.ui.bestofn;

import org.steplens.analyze.ProcessBenchReport;
import org.steplens.analyze.ThresholdSearch;
import org.steplens.chart.LineChartSpec;
import org.steplens.chart.Provenance;
import org.steplens.chart.Table;

/**
 * The first-error panel's content for one scorer and threshold.
 *
 * @param scorers     the dataset's step scorers
 * @param scorer      the step scorer
 * @param threshold   the threshold in use
 * @param records     labelled solutions that scorer scored (0: nothing to show)
 * @param best        the threshold with the best average F1, or null when there are no records
 * @param report      ProcessBench metrics at the threshold, or null when there are no records
 * @param table       the metrics as a table, or null
 * @param f1Curve     F1 against the threshold, or null
 * @param reliability the reliability diagram, or null when no step has both a probability and a human verdict
 * @param provenance  what exports carry
 */
public record FirstErrorData(java.util.List<String> scorers, String scorer, double threshold, int records, ThresholdSearch.Choice best,
                             ProcessBenchReport report, Table table, LineChartSpec f1Curve, LineChartSpec reliability,
                             Provenance provenance) {

    public boolean isEmpty() {
        return records == 0;
    }
}
