package org.steplens.probe;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.steplens.chart.Axis;
import org.steplens.chart.DataPoint;
import org.steplens.chart.LineChartSpec;
import org.steplens.chart.MarkerShape;
import org.steplens.chart.Palette;
import org.steplens.chart.Provenance;
import org.steplens.chart.Series;

/** The probe figure: mean step probability before and after the perturbation, by step offset from it. */
public final class ProbeFigure {
    private ProbeFigure() {
    }

    public static LineChartSpec spec(ProbeReport report, String scorer, Provenance provenance) {
        List<DataPoint> before = new ArrayList<>();
        List<DataPoint> after = new ArrayList<>();
        for (ProbeReport.OffsetMean m : report.byOffset()) {
            if (m.count() > 0) {
                before.add(DataPoint.of(m.offset(), m.before()));
                after.add(DataPoint.of(m.offset(), m.after()));
            }
        }
        List<Series> series = List.of(
                new Series("before", "original", Palette.BLUE, MarkerShape.CIRCLE, false, false, before),
                new Series("after", report.kind().id(), Palette.VERMILLION, MarkerShape.SQUARE, false, false, after));
        String subtitle = String.format(Locale.ROOT, "%s · %d solutions · detected %.1f %% at threshold %.2f",
                scorer, report.applied(), 100 * report.detectionRate(), report.threshold());
        return new LineChartSpec("How " + scorer + " reacts to " + report.kind().id(), subtitle,
                Axis.linear("step offset from the perturbed step"), Axis.fixed("mean P(step correct)", 0, 1), series,
                null, null, null, provenance);
    }
}
