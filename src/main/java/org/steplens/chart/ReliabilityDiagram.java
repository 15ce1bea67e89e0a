package org.steplens.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The reliability (calibration) diagram of step probabilities against human labels: one point per non-empty
 * bin at (mean predicted, fraction correct), against the diagonal of perfect calibration.
 */
public final class ReliabilityDiagram {
    private ReliabilityDiagram() {
    }

    /**
     * @param bins  the bins (empty ones are skipped)
     * @param ece   expected calibration error as computed by the analysis, NaN when no step counted
     * @param steps how many labelled steps were binned
     */
    public static LineChartSpec spec(String title, String scorer, List<CalibrationBin> bins, double ece, long steps,
                                     Provenance provenance) {
        List<DataPoint> points = new ArrayList<>();
        for (CalibrationBin b : bins) {
            if (b.count() > 0) {
                points.add(DataPoint.of(b.meanPredicted(), b.observed()));
            }
        }
        String subtitle = steps == 0 ? "no steps with both a probability and a human label"
                : String.format(Locale.ROOT, "%,d labelled steps in %d bins · expected calibration error %.3f",
                steps, points.size(), ece);
        Series observed = new Series(scorer, scorer, Palette.PRM, MarkerShape.CIRCLE, false, false, points);
        return new LineChartSpec(title, subtitle, Axis.fixed("mean predicted step probability", 0, 1),
                Axis.fixed("fraction correct", 0, 1), List.of(observed), List.of(), null,
                List.of(new ReferenceLine("perfectly calibrated", 0, 0, 1, 1, Palette.MUTED_INK)), provenance);
    }
}
