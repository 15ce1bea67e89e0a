package org.steplens.ui.bestofn;

import org.steplens.chart.BarChartSpec;
import org.steplens.chart.BestOfNFigures;
import org.steplens.chart.LineChartSpec;
import org.steplens.chart.Provenance;
import org.steplens.chart.Table;
import org.steplens.model.Dataset;
import org.steplens.select.BestOfNResult;

/**
 * One finished computation: the simulation result and everything the dashboard shows from it.
 *
 * @param dataset    the dataset it was computed on
 * @param settings   the settings it was computed with
 * @param result     the select engine's result
 * @param provenance what every export of it carries
 * @param curves     the best-of-N figure
 * @param table      accuracy per method at each N
 * @param bySubject  accuracy by subject at one N (the largest, until a point is clicked)
 * @param byLevel    accuracy by level at the same N
 * @param seconds    how long the computation took
 */
public record DashboardData(Dataset dataset, DashboardSettings settings, BestOfNResult result, Provenance provenance,
                            LineChartSpec curves, Table table, BarChartSpec bySubject, BarChartSpec byLevel,
                            double seconds) {

    /** The same data with the breakdowns at the N with index {@code nIndex}. */
    public DashboardData withBreakdownsAt(int nIndex) {
        return new DashboardData(dataset, settings, result, provenance, curves, table,
                BestOfNFigures.breakdown(dataset, result, nIndex, BestOfNFigures.Grouping.SUBJECT, provenance),
                BestOfNFigures.breakdown(dataset, result, nIndex, BestOfNFigures.Grouping.LEVEL, provenance), seconds);
    }
}
