package org.steplens.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.steplens.analyze.Calibration;
import org.steplens.analyze.FirstErrorPredictor;
import org.steplens.analyze.LabelledPrediction;
import org.steplens.analyze.LabelledSteps;
import org.steplens.analyze.ProcessBenchMetrics;
import org.steplens.analyze.ProcessBenchReport;
import org.steplens.analyze.SubsetMetrics;

/**
 * Figures and tables of the first-error analysis: ProcessBench metrics per subset and their average, F1 against
 * the threshold, and the reliability diagram of step probabilities against human labels.
 */
public final class FirstErrorFigures {
    /** Thresholds at which the F1 curve is evaluated: 0, 0.01, …, 1. */
    static final int CURVE_STEPS = 100;

    private FirstErrorFigures() {
    }

    /** Per subset: records, accuracies and F1 (in %), then the average F1 as ProcessBench reports it. */
    public static Table metricsTable(ProcessBenchReport report) {
        List<List<String>> rows = new ArrayList<>();
        for (SubsetMetrics m : report.subsets()) {
            rows.add(List.of(m.subset(), Integer.toString(m.erroneous()), Integer.toString(m.correct()),
                    pct(m.accuracyErroneous()), pct(m.accuracyCorrect()), pct(m.f1())));
        }
        rows.add(List.of("average", "", "", "", "", pct(report.averageF1())));
        String threshold = Double.isNaN(report.threshold()) ? "from a predictions file"
                : "threshold " + String.format(Locale.ROOT, "%.3f", report.threshold())
                + (report.tunedOn() == null ? "" : " (tuned on " + report.tunedOn() + ")");
        return new Table("ProcessBench metrics, " + threshold,
                List.of("subset", "erroneous", "correct", "accuracy erroneous %", "accuracy correct %", "F1 %"), rows);
    }

    /**
     * F1 (in %) at thresholds 0–1 for each subset and their average, with the chosen threshold marked. Uses the
     * same predictor and metric as {@link ProcessBenchMetrics#compute(org.steplens.model.Dataset, String, double)}.
     */
    public static LineChartSpec f1Curve(List<LabelledSteps> records, double chosen, Provenance provenance) {
        Map<String, List<DataPoint>> bySubset = new LinkedHashMap<>();
        List<DataPoint> average = new ArrayList<>();
        for (int i = 0; i <= CURVE_STEPS; i++) {
            double t = (double) i / CURVE_STEPS;
            ProcessBenchReport r = ProcessBenchMetrics.compute(predictions(records, t), t, null);
            for (SubsetMetrics m : r.subsets()) {
                bySubset.computeIfAbsent(m.subset(), k -> new ArrayList<>()).add(DataPoint.of(t, 100 * m.f1()));
            }
            average.add(DataPoint.of(t, 100 * r.averageF1()));
        }
        return ThresholdCurve.spec("ProcessBench F1 against the first-error threshold", bySubset,
                bySubset.size() > 1 ? average : null, chosen, provenance);
    }

    /** The reliability diagram of a calibration computed by the analysis. */
    public static LineChartSpec reliability(Calibration calibration, String scorer, Provenance provenance) {
        List<CalibrationBin> bins = calibration.bins().stream()
                .map(b -> new CalibrationBin(b.lower(), b.upper(), b.meanPredicted(), b.observed(), b.count()))
                .toList();
        return ReliabilityDiagram.spec("Calibration of " + scorer + " step probabilities", scorer, bins,
                calibration.ece(), calibration.steps(), provenance);
    }

    static List<LabelledPrediction> predictions(List<LabelledSteps> records, double threshold) {
        List<LabelledPrediction> out = new ArrayList<>(records.size());
        for (LabelledSteps r : records) {
            out.add(new LabelledPrediction(r.id(), r.subset(), r.label(),
                    FirstErrorPredictor.predict(r.probabilities(), threshold)));
        }
        return out;
    }

    private static String pct(double fraction) {
        return String.format(Locale.ROOT, "%.1f", 100 * fraction);
    }
}
