package org.steplens.ui.bestofn;

import org.steplens.chart.BarChartSpec;
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
 * @param bySubject  accuracy by subject at the largest N
 * @param byLevel    accuracy by level at the largest N
 */
public record DashboardData(Dataset dataset, DashboardSettings settings, BestOfNResult result, Provenance provenance,
                            LineChartSpec curves, Table table, BarChartSpec bySubject, BarChartSpec byLevel) {
}
