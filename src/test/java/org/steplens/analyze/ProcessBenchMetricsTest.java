package org.steplens.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steplens.model.Dataset;
import org.steplens.model.Problem;
import org.steplens.select.StepScoring;

class ProcessBenchMetricsTest {
    private static Dataset data;

    @BeforeAll
    static void load() {
        data = ProcessBenchData.load();
    }

    private static Map<String, Integer> predictAll(int value) {
        Map<String, Integer> m = new HashMap<>();
        data.problems().forEach(p -> m.put(p.id(), value));
        return m;
    }

    @Test
    void predictingNoErrorEverywhereScoresFullOnCorrectZeroOnErroneousAndF1Zero() {
        ProcessBenchReport r = ProcessBenchMetrics.compute(data, predictAll(-1));
        assertEquals(List.of("gsm8k", "math", "olympiadbench", "omnimath"), r.subsets().stream().map(SubsetMetrics::subset).toList());
        int[][] counts = {{207, 193}, {594, 406}, {661, 339}, {759, 241}}; // data README: error/correct per subset
        for (int i = 0; i < 4; i++) {
            SubsetMetrics m = r.subsets().get(i);
            assertEquals(counts[i][0], m.erroneous());
            assertEquals(counts[i][1], m.correct());
            assertEquals(1.0, m.accuracyCorrect());
            assertEquals(0.0, m.accuracyErroneous());
            assertEquals(0.0, m.f1());
        }
        assertEquals(0.0, r.averageF1());
    }

    @Test
    void predictingTheLabelScoresFull() {
        Map<String, Integer> perfect = new HashMap<>();
        data.problems().forEach(p -> perfect.put(p.id(), p.solution(0).firstErrorLabel().orElseThrow()));
        ProcessBenchReport r = ProcessBenchMetrics.compute(data, perfect);
        r.subsets().forEach(m -> assertEquals(1.0, m.f1(), m.subset()));
        assertEquals(1.0, r.averageF1());
    }

    /** "Step 0 is wrong" on even-numbered records, "no error" on odd: computed by hand from the raw JSON. */
    @Test
    void mixedPredictionsFromAFileAgreeWithAHandComputation(@TempDir Path dir) throws IOException {
        StringBuilder jsonl = new StringBuilder();
        double sum = 0;
        Map<String, double[]> expected = new HashMap<>();
        for (String subset : ProcessBenchData.SUBSETS) {
            int err = 0;
            int errHit = 0;
            int cor = 0;
            int corHit = 0;
            List<JsonNode> raw = ProcessBenchData.raw(subset);
            for (int i = 0; i < raw.size(); i++) {
                int prediction = i % 2 == 0 ? 0 : -1;
                int label = raw.get(i).get("label").asInt();
                jsonl.append("{\"id\":\"").append(raw.get(i).get("id").asText()).append("\",\"prediction\":")
                        .append(prediction).append(",\"generated_critique\":\"...\"}\n");
                if (label >= 0) {
                    err++;
                    errHit += label == prediction ? 1 : 0;
                } else {
                    cor++;
                    corHit += prediction == -1 ? 1 : 0;
                }
            }
            double a = (double) errHit / err;
            double b = (double) corHit / cor;
            double f1 = 2 * a * b / (a + b);
            expected.put(subset, new double[] {a, b, f1});
            sum += f1;
        }
        Path file = dir.resolve("predictions.jsonl");
        Files.writeString(file, jsonl);
        ProcessBenchReport r = ProcessBenchMetrics.compute(data, PredictionsFile.read(file));
        for (SubsetMetrics m : r.subsets()) {
            double[] e = expected.get(m.subset());
            assertEquals(e[0], m.accuracyErroneous(), 0, m.subset());
            assertEquals(e[1], m.accuracyCorrect(), 0, m.subset());
            assertEquals(e[2], m.f1(), 0, m.subset());
        }
        assertEquals(sum / 4, r.averageF1(), 1e-15);
        System.out.printf("ProcessBench, 'step 1 wrong' on even records: average F1 %.2f%n", 100 * r.averageF1());
    }

    @Test
    void predictionFileProblemsAreNamedWithFileAndLine(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.jsonl");
        Files.writeString(bad, "{\"id\":\"gsm8k-0\",\"prediction\":1}\n\n{\"id\":\"gsm8k-1\",\"prediction\":\"two\"}\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PredictionsFile.read(bad));
        assertEquals(bad + ":3: \"prediction\" must be an integer ≥ -1, got \"two\"", e.getMessage());
        Path array = dir.resolve("array.json");
        Files.writeString(array, "[\n {\"id\": \"a\", \"prediction\": 2},\n {\"prediction\": 1}\n]");
        e = assertThrows(IllegalArgumentException.class, () -> PredictionsFile.read(array));
        assertEquals(array + ":3: missing \"id\"", e.getMessage());
        Files.writeString(array, "[{\"id\": \"a\", \"prediction\": 2}, {\"id\": 7, \"prediction\": -1}]");
        assertEquals(Map.of("a", 2, "7", -1), PredictionsFile.read(array));
        Map<String, Integer> partial = predictAll(-1);
        partial.remove("math-3");
        e = assertThrows(IllegalArgumentException.class, () -> ProcessBenchMetrics.compute(data, partial));
        assertEquals("1 labelled record has no prediction, e.g. 'math-3'", e.getMessage());
        Map<String, Integer> extra = predictAll(-1);
        extra.put("nope", 1);
        e = assertThrows(IllegalArgumentException.class, () -> ProcessBenchMetrics.compute(data, extra));
        assertEquals("prediction for unknown record 'nope'", e.getMessage());
    }

    @Test
    void exactThresholdSearchBeatsOrMatchesEveryThresholdTried() {
        Dataset scored = ProcessBenchData.withGeneratedScores(data, "prm", 5);
        List<LabelledSteps> gsm = LabelledSteps.of(scored, StepScoring.of("prm")).stream().filter(s -> s.subset().equals("gsm8k")).toList();
        ThresholdSearch.Choice best = ThresholdSearch.bestF1(gsm);
        Dataset gsmOnly = scored.withProblems(scored.problems().stream().filter(p -> p.source().equals("processbench/gsm8k")).toList());
        // Brute force: every probability in the subset, just above it, and a fine grid.
        TreeSet<Double> tries = new TreeSet<>();
        for (LabelledSteps s : gsm) {
            for (double p : s.probabilities()) {
                tries.add(p);
                tries.add(Math.nextUp(p));
            }
        }
        for (int i = 0; i <= 1000; i++) {
            tries.add(i / 1000.0);
        }
        double bestTried = 0;
        for (double t : tries) {
            bestTried = Math.max(bestTried, ProcessBenchMetrics.compute(gsmOnly, StepScoring.of("prm"), t).averageF1());
        }
        assertEquals(bestTried, best.f1(), 1e-12);
        ProcessBenchReport at = ProcessBenchMetrics.compute(gsmOnly, StepScoring.of("prm"), best.threshold());
        assertEquals(best.f1(), at.averageF1(), 1e-12, "the chosen threshold achieves the reported F1");
        assertEquals(best.accuracyErroneous(), at.subsets().get(0).accuracyErroneous(), 1e-12);

        ProcessBenchReport tuned = ProcessBenchMetrics.computeTuned(scored, StepScoring.of("prm"), "gsm8k");
        assertEquals(best.threshold(), tuned.threshold());
        assertEquals("gsm8k", tuned.tunedOn());
        ProcessBenchReport direct = ProcessBenchMetrics.compute(scored, StepScoring.of("prm"), best.threshold());
        assertEquals(direct.subsets(), tuned.subsets());
        assertTrue(tuned.averageF1() > 0.3, "generated scores carry signal: " + tuned.averageF1());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ProcessBenchMetrics.computeTuned(scored, StepScoring.of("prm"), "aime"));
        assertEquals("no labelled records scored by 'prm' in subset 'aime'; subsets: [gsm8k, math, olympiadbench, omnimath]",
                e.getMessage());
    }

    @Test
    void thresholdSearchOnAHandExample() {
        // Correct record min 0.7; erroneous label 1 with p = [0.9, 0.3]: right for t in (0.3, 0.9].
        List<LabelledSteps> recs = List.of(new LabelledSteps("a", "x", -1, new double[] {0.8, 0.7}),
                new LabelledSteps("b", "x", 1, new double[] {0.9, 0.3}));
        ThresholdSearch.Choice c = ThresholdSearch.bestF1(recs);
        assertEquals(1.0, c.f1());
        assertEquals(0.5, c.threshold(), "every t in (0.3, 0.7] is best; 0.5 is nearest the default");
        assertEquals(1, FirstErrorPredictor.predict(new double[] {0.9, 0.3}, 0.5));
        assertEquals(-1, FirstErrorPredictor.predict(new double[] {0.9, Double.NaN, 0.6}, 0.5));
        assertEquals(0, FirstErrorPredictor.predict(new double[] {0.49}, 0.5));
        assertEquals(-1, FirstErrorPredictor.predict(new double[] {0.5}, 0.5), "below, not at, the threshold");
        Problem p = data.problems().get(0);
        assertTrue(FirstErrorPredictor.predict(p.solution(0), StepScoring.of("prm"), 0.5).isEmpty(), "no scores, no prediction");
    }
}
