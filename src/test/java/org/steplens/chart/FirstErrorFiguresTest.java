package org.steplens.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steplens.analyze.Calibration;
import org.steplens.analyze.LabelledSteps;
import org.steplens.analyze.ProcessBenchMetrics;
import org.steplens.analyze.ProcessBenchReport;
import org.steplens.analyze.SubsetMetrics;
import org.steplens.io.DatasetLoader;
import org.steplens.io.LoadProgress;
import org.steplens.model.Dataset;
import org.steplens.model.Problem;
import org.steplens.model.Solution;
import org.steplens.select.StepScoring;

/** First-error figures on the real ProcessBench labels, with step probabilities generated for them. */
class FirstErrorFiguresTest {
    static final String SCORER = "generated-prm";

    @TempDir
    Path dir;

    /** The four real ProcessBench subsets through the real loader. */
    static Dataset processBench() throws Exception {
        List<Path> files = new ArrayList<>();
        for (String s : List.of("gsm8k", "math", "olympiadbench", "omnimath")) {
            files.add(Path.of("src/test/resources/data/processbench/" + s + ".json"));
        }
        return DatasetLoader.loadAll(files, LoadProgress.NONE).dataset();
    }

    /**
     * Adds probabilities a middling PRM might give: high before the labelled error, lower at it, random after.
     * Deterministic. (The repository has no PRM-scored labelled file; a real one would come from `steplens score`.)
     */
    static Dataset withGeneratedScores(Dataset d, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Problem> out = new ArrayList<>();
        for (Problem p : d.problems()) {
            List<Solution> sols = new ArrayList<>();
            for (Solution s : p.solutions()) {
                int label = s.humanFirstError().orElse(-1);
                double[] probs = new double[s.stepCount()];
                for (int i = 0; i < probs.length; i++) {
                    double r = random.nextDouble();
                    probs[i] = label >= 0 && i == label ? 0.9 * r : label >= 0 && i > label ? r : 1 - 0.6 * r * r * r;
                }
                sols.add(s.withStepProbabilities(SCORER, probs));
            }
            out.add(p.withSolutions(sols));
        }
        return d.withProblems(out);
    }

    @Test
    void tableCurveAndReliabilityShowTheAnalysisNumbers() throws Exception {
        Dataset d = withGeneratedScores(processBench(), 1);
        ProcessBenchReport report = ProcessBenchMetrics.compute(d, StepScoring.of(SCORER), 0.5);
        assertEquals(4, report.subsets().size());

        Table t = FirstErrorFigures.metricsTable(report);
        assertEquals(List.of("subset", "erroneous", "correct", "accuracy erroneous %", "accuracy correct %", "F1 %"),
                t.columns());
        SubsetMetrics gsm = report.subsets().get(0);
        assertEquals(List.of(gsm.subset(), "207", "193", String.format(Locale.ROOT, "%.1f", 100 * gsm.accuracyErroneous()),
                String.format(Locale.ROOT, "%.1f", 100 * gsm.accuracyCorrect()), String.format(Locale.ROOT, "%.1f", 100 * gsm.f1())),
                t.rows().get(0));
        assertEquals(String.format(Locale.ROOT, "%.1f", 100 * report.averageF1()), t.rows().get(4).get(5));

        List<LabelledSteps> records = LabelledSteps.of(d, StepScoring.of(SCORER));
        LineChartSpec curve = FirstErrorFigures.f1Curve(records, 0.5, null);
        Path svg = dir.resolve("f1.svg");
        ChartExport.write(new LineChart(curve), svg);
        Map<String, List<double[]>> plotted = SvgDocuments.points(SvgDocuments.parse(svg));
        double[] atHalf = plotted.get(ThresholdCurve.AVERAGE).get(FirstErrorFigures.CURVE_STEPS / 2);
        assertEquals(0.5, atHalf[0]);
        assertEquals(100 * report.averageF1(), atHalf[1], 1e-9, "the curve at the threshold is the table's average");
        for (int i = 0; i < 4; i++) {
            double[] subset = plotted.get(report.subsets().get(i).subset()).get(FirstErrorFigures.CURVE_STEPS / 2);
            assertEquals(100 * report.subsets().get(i).f1(), subset[1], 1e-9);
        }

        Calibration c = Calibration.of(d, StepScoring.of(SCORER), 10, true);
        LineChartSpec diagram = FirstErrorFigures.reliability(c, SCORER, null);
        List<DataPoint> points = diagram.series().get(0).points();
        List<Calibration.Bin> filled = c.bins().stream().filter(b -> b.count() > 0).toList();
        assertEquals(filled.size(), points.size());
        for (int i = 0; i < points.size(); i++) {
            assertEquals(filled.get(i).meanPredicted(), points.get(i).x());
            assertEquals(filled.get(i).observed(), points.get(i).y());
        }
        assertTrue(diagram.subtitle().endsWith(String.format(Locale.ROOT, "expected calibration error %.3f", c.ece())));
        Path png = dir.resolve("reliability.png");
        ChartExport.write(new LineChart(diagram), png);
        assertEquals(1440, javax.imageio.ImageIO.read(png.toFile()).getWidth());
    }
}
