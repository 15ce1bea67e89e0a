package org.steplens.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** ProcessBench F1 against the first-error threshold: one curve per subset, the average in black. */
public final class ThresholdCurve {
    /** The key of the average curve. */
    public static final String AVERAGE = "average";

    private ThresholdCurve() {
    }

    /**
     * @param f1BySubset F1 (in %) at each threshold, per subset, in display order
     * @param average    the average over subsets at each threshold, or null to leave it out
     * @param chosen     the threshold in use, marked with a vertical line, or null
     */
    public static LineChartSpec spec(String title, Map<String, List<DataPoint>> f1BySubset, List<DataPoint> average,
                                     Double chosen, Provenance provenance) {
        List<Series> series = new ArrayList<>();
        int i = 0;
        for (var e : f1BySubset.entrySet()) {
            ChartColor c = Palette.CYCLE.get(i % (Palette.CYCLE.size() - 1));
            series.add(new Series(e.getKey(), e.getKey(), c, MarkerShape.NONE, false, false, e.getValue()));
            i++;
        }
        if (average != null) {
            series.add(new Series(AVERAGE, AVERAGE, Palette.BLACK, MarkerShape.NONE, false, false, average));
        }
        List<ReferenceLine> lines = chosen == null ? List.of()
                : List.of(ReferenceLine.vertical("threshold " + chosen, chosen, 0, 100, Palette.VERMILLION));
        return new LineChartSpec(title, null, Axis.fixed("threshold on step probability", 0, 1),
                Axis.fixed("F1 (%)", 0, 100), series, List.of(), null, lines, provenance);
    }
}
