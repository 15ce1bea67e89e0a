package org.steplens.analyze;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.steplens.model.Dataset;
import org.steplens.model.HumanRating;
import org.steplens.model.Problem;
import org.steplens.model.Solution;
import org.steplens.select.RealData;
import org.steplens.select.StepScoring;

class StepAnalysisTest {

    /** The real PRM800K phase-2 record: the chosen completion of each step and its human rating. */
    static Solution prm800kSolution(double[] probabilities) {
        JsonNode r = RealData.json("prm800k/prm800k-phase2-test-example.json");
        List<String> steps = new ArrayList<>();
        List<HumanRating> ratings = new ArrayList<>();
        for (JsonNode step : r.get("label").get("steps")) {
            JsonNode c = step.get("completions").get(0);
            steps.add(c.get("text").asText());
            ratings.add(HumanRating.of(c.get("rating").asInt()));
        }
        return Solution.builder().steps(steps).humanRatings(ratings).stepProbabilities("prm", probabilities).build();
    }

    private static Dataset one(Solution s) {
        return new Dataset("d", "test", List.of(new Problem("p", "text", "1", null, null, null, null, List.of(s), null)));
    }

    @Test
    void agreementWithRealPrm800kRatings() {
        // Ratings are [1, 0, 1, 1, 1, 1, -1]: the human first error is step 7 (index 6).
        Solution s = prm800kSolution(new double[] {0.9, 0.4, 0.95, 0.8, 0.3, 0.9, 0.2});
        assertEquals(6, s.humanFirstError().getAsInt());
        assertArrayEquals(new byte[] {1, 1, 1, 1, 1, 1, 0}, StepTruth.of(s, true));
        assertArrayEquals(new byte[] {1, 0, 1, 1, 1, 1, 0}, StepTruth.of(s, false));
        HumanAgreement a = HumanAgreement.of(one(s), StepScoring.of("prm"), 0.5, true);
        assertEquals(1, a.solutions());
        assertEquals(0, a.sameFirstError());
        assertEquals(1, a.earlier(), "the PRM flags step 2 (0.4) before the human's step 7");
        assertEquals(7, a.stepsCompared());
        assertEquals(5, a.stepsAgreeing(), "steps 2 and 5 disagree");
        HumanAgreement neutralWrong = HumanAgreement.of(one(s), StepScoring.of("prm"), 0.5, false);
        assertEquals(6, neutralWrong.stepsAgreeing(), "with neutral counted wrong, step 2 agrees");
        HumanAgreement late = HumanAgreement.of(one(prm800kSolution(new double[] {0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.6})), StepScoring.of("prm"), 0.5, true);
        assertEquals(1, late.later(), "no error found where humans found one");
    }

    @Test
    void aurocMatchesPairCounting() {
        assertEquals(1.0, Auroc.of(new double[] {0.1, 0.9}, new boolean[] {false, true}));
        assertEquals(0.0, Auroc.of(new double[] {0.1, 0.9}, new boolean[] {true, false}));
        assertEquals(0.5, Auroc.of(new double[] {0.5, 0.5}, new boolean[] {true, false}));
        assertTrue(Double.isNaN(Auroc.of(new double[] {0.5}, new boolean[] {true})));
        SplittableRandom r = new SplittableRandom(3);
        double[] scores = new double[400];
        boolean[] labels = new boolean[400];
        for (int i = 0; i < scores.length; i++) {
            labels[i] = r.nextBoolean();
            scores[i] = Math.round((r.nextDouble() + (labels[i] ? 0.3 : 0)) * 20) / 20.0; // many ties
        }
        double pairs = 0;
        double wins = 0;
        for (int i = 0; i < scores.length; i++) {
            for (int j = 0; j < scores.length; j++) {
                if (labels[i] && !labels[j]) {
                    pairs++;
                    wins += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
                }
            }
        }
        assertEquals(wins / pairs, Auroc.of(scores, labels), 1e-12);
    }

    @Test
    void calibrationAndStepAurocOnProcessBenchLabels() {
        Dataset d = ProcessBenchData.withGeneratedScores(ProcessBenchData.load(), "prm", 9);
        Calibration c = Calibration.of(d, StepScoring.of("prm"), 10, true);
        long counted = 0;
        long right = 0;
        for (Problem p : d.problems()) {
            Solution s = p.solution(0);
            int label = s.firstErrorLabel().orElseThrow();
            int known = label < 0 ? s.stepCount() : label + 1;
            counted += known;
            right += label < 0 ? known : label;
        }
        assertEquals(counted, c.steps());
        assertEquals(counted, c.bins().stream().mapToLong(Calibration.Bin::count).sum());
        double observed = c.bins().stream().filter(b -> b.count() > 0).mapToDouble(b -> b.observed() * b.count()).sum();
        assertEquals(right, observed, 1e-6);
        assertTrue(c.ece() >= 0 && c.ece() < 1);
        Calibration.Bin top = c.bins().get(9);
        assertTrue(top.meanPredicted() >= 0.9 && top.observed() > 0.9, "high scores are mostly right: " + top);
        double auc = Auroc.ofSteps(d, StepScoring.of("prm"), true);
        assertTrue(auc > 0.8 && auc < 1, "generated scores separate right from wrong steps: " + auc);
        assertTrue(Double.isNaN(Auroc.ofSteps(d, StepScoring.of("absent"), true)));
    }

    @Test
    void stepTruthFromAFirstErrorLabel() {
        Solution s = Solution.builder().steps(List.of("a", "b", "c", "d")).firstErrorLabel(1).build();
        assertArrayEquals(new byte[] {1, 0, -1, -1}, StepTruth.of(s, true));
        assertArrayEquals(new byte[] {1, 1}, StepTruth.of(Solution.builder().steps(List.of("a", "b")).firstErrorLabel(-1).build(), true));
        assertNull(StepTruth.of(Solution.builder().steps(List.of("a")).build(), true));
    }
}
