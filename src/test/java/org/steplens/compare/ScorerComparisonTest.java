package org.steplens.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.steplens.analyze.Auroc;
import org.steplens.analyze.LabelledSteps;
import org.steplens.analyze.ProcessBenchMetrics;
import org.steplens.analyze.ThresholdSearch;
import org.steplens.cli.CommandRun;
import org.steplens.compare.ScorerComparison.Pair;
import org.steplens.compare.ScorerComparison.ProblemDisagreement;
import org.steplens.compare.ScorerComparison.ScorerFigures;
import org.steplens.io.DatasetLoader;
import org.steplens.io.LoadProgress;
import org.steplens.model.Dataset;
import org.steplens.model.Problem;
import org.steplens.model.Solution;
import org.steplens.select.BestOfNInput;
import org.steplens.select.BestOfNResult;
import org.steplens.select.BestOfNSettings;
import org.steplens.select.BestOfNSimulator;
import org.steplens.select.SelectionMethod;
import org.steplens.select.SelectionSettings;
import org.steplens.select.Selections;
import org.steplens.select.SimulationProgress;
import org.steplens.select.StepScoring;

/**
 * Two step scorers over one dataset: figures checked by hand on a tiny constructed case, and against the existing
 * metric functions (computed independently here) on the two-scorer samples — ProcessBench records and the
 * Qwen2.5-Math best-of-8 problems, each scored by the bundled model with and without the problem in its prompt.
 */
class ScorerComparisonTest {
    private static final Path PROCESSBENCH = Path.of("samples/twoscorers/processbench.two-scorers.steplens.jsonl");
    private static final Path QWEN = Path.of("samples/twoscorers/qwen25math.two-scorers.steplens.jsonl");
    private static final String TINY = "steplens-tiny-prm";
    private static final String STEPS_ONLY = "steplens-tiny-prm-steps-only";

    private static Solution candidate(String answer, boolean correct, int firstError, double[] a, double[] b) {
        return Solution.builder().steps(List.of("step one", "step two \\boxed{" + answer + "}")).finalAnswer(answer)
                .correct(correct).firstErrorLabel(firstError).stepProbabilities("a", a).stepProbabilities("b", b).build();
    }

    /**
     * <pre>
     * problem  cand  answer  label  P(a)         P(b)
     * P1       c1    2 ✓     -1     0.9  0.8     0.6  0.7
     * P1       c2    3 ✗      1     0.7  0.2     0.9  0.6
     * P2       c1    5 ✓     -1     0.25 0.9     0.5  0.8
     * P2       c2    4 ✗      0     0.3  0.6     0.3  0.6
     * </pre>
     * Step truth: right 0.9 0.8 0.7 0.25 0.9 / wrong 0.2 0.3 under a; right 0.6 0.7 0.9 0.5 0.8 / wrong 0.6 0.3 under b
     * (P2 c2's step 2 comes after the first error: unknown). AUROC a: 9 of 10 pairs ordered (0.25 < 0.3) = 0.9;
     * b: vs 0.6 one tie, 0.5 below, three above = 3.5, vs 0.3 all five = 8.5 / 10 = 0.85.
     * First errors at 0.5: a predicts -1, 1, 0, 0 (hits: both erroneous, one of two correct), F1 = 2·1·½ / 1½ = ⅔;
     * b predicts -1, -1, -1, 0 (one of two erroneous, both correct), F1 = ⅔. Best F1 for both is ⅔, the tie going
     * to 0.5.
     * Best-of-2 (product): a scores P1 0.72 vs 0.14, P2 0.225 vs 0.18 → both right, 100 %; b scores P1 0.42 vs 0.54
     * (wrong pick), P2 0.40 vs 0.18 → 50 %. Picks agree on P2 only.
     * |ΔP|: P1 0.3 0.1 0.2 0.4 → mean 0.25, largest +0.4 at c2 step 2; P2 0.25 0.1 0 0 → 0.0875, largest +0.25 at c1
     * step 1; pair mean 1.35 / 8. First errors differ on P1 c2 and P2 c1: agreement 2 / 4.
     */
    private static Dataset handCase() {
        Problem p1 = new Problem("P1", "1+1?", "2", null, null, null, null, List.of(
                candidate("2", true, -1, new double[] {0.9, 0.8}, new double[] {0.6, 0.7}),
                candidate("3", false, 1, new double[] {0.7, 0.2}, new double[] {0.9, 0.6})), null);
        Problem p2 = new Problem("P2", "2+3?", "5", null, null, null, null, List.of(
                candidate("5", true, -1, new double[] {0.25, 0.9}, new double[] {0.5, 0.8}),
                candidate("4", false, 0, new double[] {0.3, 0.6}, new double[] {0.3, 0.6})), null);
        return new Dataset("hand", "constructed", List.of(p1, p2));
    }

    @Test
    void figuresMatchTheHandComputation() {
        ScorerComparison.Result r = new ScorerComparison(ScorerComparison.Settings.defaults().withTrials(20))
                .compare(handCase(), SimulationProgress.NONE);
        ScorerFigures a = r.scorers().get(0);
        ScorerFigures b = r.scorers().get(1);
        assertEquals(List.of("a", "b"), List.of(a.scorer(), b.scorer()));
        assertEquals(0.9, a.stepAuroc().value(), 1e-12);
        assertEquals(0.85, b.stepAuroc().value(), 1e-12);
        assertEquals(7, a.labelledSteps());
        assertEquals(2.0 / 3, a.firstErrorF1().value(), 1e-12);
        assertEquals(2.0 / 3, b.firstErrorF1().value(), 1e-12);
        assertEquals(2.0 / 3, a.bestF1().value(), 1e-12);
        assertEquals(0.5, a.bestThreshold(), 1e-12);
        assertEquals(2, r.largestN());
        assertEquals(1.0, a.bestOfN().value(), 1e-12);
        assertEquals(0.5, b.bestOfN().value(), 1e-12);

        Pair pair = r.pairs().get(0);
        assertEquals(8, pair.comparedSteps());
        assertEquals(1.35 / 8, pair.meanAbsDelta(), 1e-12);
        assertEquals(0.5, pair.firstErrorAgreement(), 1e-12);
        assertEquals(0.5, pair.pickAgreement(), 1e-12);
        ProblemDisagreement top = pair.problems().get(0);
        assertEquals("P1", top.problemId());
        assertEquals(0.25, top.meanAbsDelta(), 1e-12);
        assertEquals(1, top.worstSolution());
        assertEquals(1, top.worstStep());
        assertEquals(0.4, top.worstDelta(), 1e-12);
        assertEquals(1, top.firstErrorDiffers());
        assertEquals(0, top.pickA());
        assertEquals(1, top.pickB());
        ProblemDisagreement second = pair.problems().get(1);
        assertEquals("P2", second.problemId());
        assertEquals(0.0875, second.meanAbsDelta(), 1e-12);
        assertEquals(0.25, second.worstDelta(), 1e-12);
        assertFalse(second.picksDiffer());
    }

    @Test
    void oneScorerIsNotAComparison() {
        Dataset d = handCase();
        ScorerComparison c = new ScorerComparison(ScorerComparison.Settings.defaults());
        Problem only = d.problems().get(0).withSolutions(List.of(Solution.builder().steps(List.of("x"))
                .stepProbabilities("a", new double[] {0.5}).build()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> c.compare(d.withProblems(List.of(only)), SimulationProgress.NONE));
        assertTrue(e.getMessage().contains("one step scorer (a)"), e.getMessage());
    }

    @Test
    void processBenchFiguresAreTheMetricFunctions() throws IOException {
        Dataset d = DatasetLoader.load(PROCESSBENCH, LoadProgress.NONE).dataset();
        ScorerComparison.Result r = new ScorerComparison(ScorerComparison.Settings.defaults())
                .compare(d, SimulationProgress.NONE);
        assertEquals(List.of(TINY, STEPS_ONLY), r.scorers().stream().map(ScorerFigures::scorer).toList());
        for (ScorerFigures f : r.scorers()) {
            StepScoring scoring = StepScoring.of(f.scorer());
            assertEquals(Auroc.ofSteps(d, scoring, true), f.stepAuroc().value(), 1e-12);
            assertEquals(ProcessBenchMetrics.compute(d, scoring, 0.5).averageF1(), f.firstErrorF1().value(), 1e-12);
            ThresholdSearch.Choice best = ThresholdSearch.bestF1(LabelledSteps.of(d, scoring));
            assertEquals(best.f1(), f.bestF1().value(), 1e-12);
            assertEquals(best.threshold(), f.bestThreshold(), 1e-12);
            assertEquals(160, f.labelledRecords());
            assertFalse(f.bestOfN().isAvailable());
            assertTrue(f.bestOfN().unavailable().contains("one candidate per problem"), f.bestOfN().unavailable());
        }
        Pair pair = r.pairs().get(0);
        assertEquals(160, pair.problems().size());
        // independently: mean |ΔP| per problem straight from the stored arrays; the list is sorted by it
        double largest = 0;
        String largestId = null;
        for (Problem p : d.problems()) {
            double[] a = p.solution(0).stepProbabilities().get(TINY).orElseThrow();
            double[] b = p.solution(0).stepProbabilities().get(STEPS_ONLY).orElseThrow();
            double sum = 0;
            for (int k = 0; k < a.length; k++) {
                sum += Math.abs(a[k] - b[k]);
            }
            if (sum / a.length > largest) {
                largest = sum / a.length;
                largestId = p.id();
            }
        }
        assertEquals(largestId, pair.problems().get(0).problemId());
        assertEquals(largest, pair.problems().get(0).meanAbsDelta(), 1e-12);
        for (int i = 1; i < pair.problems().size(); i++) {
            assertTrue(pair.problems().get(i - 1).meanAbsDelta() >= pair.problems().get(i).meanAbsDelta());
        }
    }

    @Test
    void bestOfNOnTheQwenSampleIsTheSimulatorsAndLabelsAreMissing() throws IOException {
        Dataset all = DatasetLoader.load(QWEN, LoadProgress.NONE).dataset();
        Dataset d = all.withProblems(all.problems().subList(0, 30)); // enough problems, a third of the grading time
        ScorerComparison.Result r = new ScorerComparison(ScorerComparison.Settings.defaults().withTrials(10))
                .compare(d, SimulationProgress.NONE);
        assertEquals(8, r.largestN());
        for (ScorerFigures f : r.scorers()) {
            assertTrue(f.stepAuroc().unavailable().contains("no step labels"), f.stepAuroc().unavailable());
            assertTrue(f.firstErrorF1().unavailable().contains("no first-error labels"));
            SelectionSettings s = SelectionSettings.defaults().withMethods(List.of(SelectionMethod.PRM))
                    .withScorers(f.scorer(), "orm");
            BestOfNResult bon = BestOfNSimulator.run(BestOfNInput.of(d, s).withoutUnknownCorrectness(),
                    new BestOfNSettings(List.of(SelectionMethod.PRM), new int[] {1, 2, 4, 8}, 10, 0, 1),
                    SimulationProgress.NONE);
            for (int k = 0; k < 4; k++) {
                assertEquals(bon.mean(SelectionMethod.PRM, k), f.bestOfNCurve()[k], 1e-12);
            }
        }
        // the picks of the most disputed problem are what the selections panel shows under each scorer
        ProblemDisagreement top = r.pairs().get(0).problems().get(0);
        Problem p = d.problems().get(top.problem());
        for (String scorer : List.of(TINY, STEPS_ONLY)) {
            SelectionSettings s = SelectionSettings.defaults().withScorers(scorer, "orm");
            int expected = Selections.pick(p, s).pick(SelectionMethod.PRM).orElseThrow().solutionIndex();
            assertEquals(expected, scorer.equals(TINY) ? top.pickA() : top.pickB());
        }
    }

    @Test
    void theCommandPrintsTheSameFigures() throws IOException {
        CommandRun run = CommandRun.of("compare", "--scorers", PROCESSBENCH.toString(), "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        Dataset d = DatasetLoader.load(PROCESSBENCH, LoadProgress.NONE).dataset();
        assertEquals(Auroc.ofSteps(d, StepScoring.of(TINY), true), json.at("/scorers/0/step_auroc").asDouble(), 1e-12);
        assertTrue(json.at("/scorers/0/best_of_n").isNull());
        assertTrue(json.at("/scorers/0/best_of_n_not_available").asText().contains("one candidate"));
        assertEquals(160, json.at("/pairs/0/problems").size());

        CommandRun table = CommandRun.of("compare", "--scorers", PROCESSBENCH.toString(), "--top", "3");
        assertEquals(0, table.exitCode(), table.err());
        assertTrue(table.out().contains(TINY + " vs " + STEPS_ONLY), table.out());
        assertTrue(table.out().contains("best-of-N not available: one candidate per problem"), table.out());

        CommandRun both = CommandRun.of("compare", "a.jsonl", "--scorers", PROCESSBENCH.toString());
        assertEquals(2, both.exitCode());
        CommandRun unscored = CommandRun.of("compare", "--scorers", "samples/processbench/gsm8k.json");
        assertEquals(1, unscored.exitCode());
        assertTrue(unscored.err().contains("has no step scorer"), unscored.err());
    }
}
