package org.steplens.select;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.steplens.bench.BestOfNData;
import org.steplens.model.Dataset;
import org.steplens.model.Problem;
import org.steplens.model.Solution;

class BestOfNSimulatorTest {
    private static final SelectionSettings SEL = SelectionSettings.defaults();
    private static final List<SelectionMethod> PAPER_METHODS =
            List.of(SelectionMethod.PRM, SelectionMethod.ORM, SelectionMethod.MAJORITY);

    /**
     * The protocol written out the plain way, over the same shuffled slots: take the first N slots, keep real
     * candidates with an answer, then argmax (first maximum in slot order) or count votes (ties to the class seen
     * first). Returns the chosen candidate per method, -1 for none.
     */
    private static int[] reference(Problem problem, int[] slots, int n) {
        List<Solution> sols = problem.solutions();
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (slots[i] < sols.size() && sols.get(slots[i]).finalAnswer().isPresent()) {
                kept.add(slots[i]);
            }
        }
        int prm = -1;
        int orm = -1;
        Map<String, List<Integer>> byAnswer = new LinkedHashMap<>();
        for (int s : kept) {
            Solution sol = sols.get(s);
            double p = sol.score("prm").orElseThrow();
            double o = sol.score("orm").orElseThrow();
            if (prm < 0 || p > sols.get(prm).score("prm").orElseThrow()) {
                prm = s;
            }
            if (orm < 0 || o > sols.get(orm).score("orm").orElseThrow()) {
                orm = s;
            }
            byAnswer.computeIfAbsent(sol.finalAnswer().orElseThrow(), k -> new ArrayList<>()).add(s);
        }
        int majority = -1;
        int most = 0;
        for (List<Integer> members : byAnswer.values()) {
            if (members.size() > most) {
                most = members.size();
                majority = members.get(0);
            }
        }
        return new int[] {prm, orm, majority};
    }

    @Test
    void picksEqualThePlainReferenceOnGeneratedData() {
        Dataset data = BestOfNData.generate(12, 5, 60, 7);
        BestOfNInput input = BestOfNInput.of(data, SEL);
        BestOfNSettings settings = new BestOfNSettings(PAPER_METHODS, new int[] {1, 3, 10, 25, 60, 80}, 30, 11, 2);
        int slots = BestOfNSimulator.slotCount(input, settings);
        assertEquals(80, slots, "padded to the largest N when it exceeds every pool");
        BestOfNResult result = BestOfNSimulator.run(input, settings, SimulationProgress.NONE);
        int compared = 0;
        for (int p = 0; p < data.problemCount(); p++) {
            Problem problem = data.problems().get(p);
            for (int t = 0; t < settings.trials(); t++) {
                int[] order = SlotShuffle.permutation(slots, settings.seed(), p, t);
                int[][] picks = BestOfNSimulator.picks(input, settings, p, t);
                int[] nValues = settings.nValues();
                for (int k = 0; k < nValues.length; k++) {
                    int[] expected = reference(problem, order, nValues[k]);
                    assertArrayEquals(expected, picks[k], "problem " + p + ", trial " + t + ", N " + nValues[k]);
                    for (int m = 0; m < 3; m++) {
                        boolean right = expected[m] >= 0 && problem.solution(expected[m]).correct().orElseThrow();
                        assertEquals(right, result.solved(PAPER_METHODS.get(m), k, p, t));
                        compared++;
                    }
                }
            }
        }
        assertEquals(12 * 30 * 6 * 3, compared);
    }

    /** Weighted votes, oracle and random, the plain way: [prm-vote, orm-vote, oracle, random]. */
    private static int[] referenceOthers(Problem problem, int[] slots, int n) {
        List<Solution> sols = problem.solutions();
        Map<String, double[]> sums = new LinkedHashMap<>();
        Map<String, Integer> firstOf = new LinkedHashMap<>();
        int oracle = -1;
        int first = -1;
        for (int i = 0; i < n; i++) {
            int s = slots[i];
            if (s >= sols.size() || sols.get(s).finalAnswer().isEmpty()) {
                continue;
            }
            Solution sol = sols.get(s);
            first = first < 0 ? s : first;
            if (oracle < 0 && sol.correct().orElseThrow()) {
                oracle = s;
            }
            String answer = sol.finalAnswer().orElseThrow();
            firstOf.putIfAbsent(answer, s);
            double[] sum = sums.computeIfAbsent(answer, k -> new double[2]);
            sum[0] += sol.score("prm").orElseThrow();
            sum[1] += sol.score("orm").orElseThrow();
        }
        int[] out = {-1, -1, oracle < 0 ? first : oracle, first};
        for (int w = 0; w < 2; w++) {
            double best = Double.NEGATIVE_INFINITY;
            for (Map.Entry<String, double[]> e : sums.entrySet()) {
                if (e.getValue()[w] > best) {
                    best = e.getValue()[w];
                    out[w] = firstOf.get(e.getKey());
                }
            }
        }
        return out;
    }

    @Test
    void weightedVotesOracleAndRandomEqualThePlainReference() {
        Dataset data = BestOfNData.generate(8, 10, 50, 21);
        BestOfNInput input = BestOfNInput.of(data, SEL);
        List<SelectionMethod> methods = List.of(SelectionMethod.PRM_WEIGHTED_MAJORITY, SelectionMethod.ORM_WEIGHTED_MAJORITY,
                SelectionMethod.ORACLE, SelectionMethod.RANDOM);
        BestOfNSettings settings = new BestOfNSettings(methods, new int[] {1, 7, 30, 64}, 20, 5, 2);
        for (int p = 0; p < data.problemCount(); p++) {
            for (int t = 0; t < settings.trials(); t++) {
                int[] order = SlotShuffle.permutation(64, settings.seed(), p, t);
                int[][] picks = BestOfNSimulator.picks(input, settings, p, t);
                for (int k = 0; k < 4; k++) {
                    assertArrayEquals(referenceOthers(data.problems().get(p), order, settings.nValues()[k]), picks[k],
                            "problem " + p + ", trial " + t + ", N " + settings.nValues()[k]);
                }
            }
        }
    }

    @Test
    void picksEqualTheReferenceOnTheRealLightmanRecordsAndPaddingFollowsThePaper() {
        Dataset data = RealData.lightman();
        BestOfNInput input = BestOfNInput.of(data, SEL);
        BestOfNSettings settings = BestOfNSettings.paper(PAPER_METHODS).withTrials(400);
        assertEquals(1860, BestOfNSimulator.slotCount(input, settings));
        BestOfNResult result = BestOfNSimulator.run(input, settings, SimulationProgress.NONE);
        for (int p = 0; p < 2; p++) {
            for (int t = 0; t < 50; t++) {
                int[] order = SlotShuffle.permutation(1860, settings.seed(), p, t);
                int[][] picks = BestOfNSimulator.picks(input, settings, p, t);
                for (int k = 0; k < BestOfNSettings.PAPER_N.length; k++) {
                    assertArrayEquals(reference(data.problems().get(p), order, BestOfNSettings.PAPER_N[k]), picks[k]);
                }
            }
        }
        // Both records are correct and alone in their pool of 1860 slots: solved exactly when drawn.
        int last = BestOfNSettings.PAPER_N.length - 1;
        for (SelectionMethod m : PAPER_METHODS) {
            assertEquals(1.0, result.mean(m, last), 0, "N = 1860 takes every slot");
            assertEquals(0.0, result.std(m, last), 0);
            for (int k = 0; k < last; k++) {
                double p = BestOfNSettings.PAPER_N[k] / 1860.0;
                double standardError = Math.sqrt(p * (1 - p) / 2 / 400);
                assertEquals(p, result.mean(m, k), 4.5 * standardError + 1e-9, m.id() + " at N " + BestOfNSettings.PAPER_N[k]);
            }
        }
    }

    /** The protocol with Java's own shuffle of a padded list: an independent implementation, compared in the mean. */
    @Test
    void meansAgreeWithAnIndependentImplementationWithinSamplingError() {
        Dataset data = BestOfNData.generate(60, 40, 120, 3);
        int[] nValues = {1, 5, 20, 60, 150};
        int trials = 200;
        BestOfNResult mine = BestOfNSimulator.run(BestOfNInput.of(data, SEL),
                new BestOfNSettings(PAPER_METHODS, nValues, trials, 5, 2), SimulationProgress.NONE);
        Random random = new Random(12345);
        double[][][] acc = new double[3][nValues.length][trials];
        for (Problem problem : data.problems()) {
            for (int t = 0; t < trials; t++) {
                List<Integer> padded = new ArrayList<>();
                for (int i = 0; i < 150; i++) {
                    padded.add(i < problem.solutionCount() ? i : Integer.MAX_VALUE);
                }
                Collections.shuffle(padded, random);
                int[] slots = padded.stream().mapToInt(Integer::intValue).toArray();
                for (int k = 0; k < nValues.length; k++) {
                    int[] picks = reference(problem, slots, nValues[k]);
                    for (int m = 0; m < 3; m++) {
                        if (picks[m] >= 0 && problem.solution(picks[m]).correct().orElseThrow()) {
                            acc[m][k][t] += 1.0 / data.problemCount();
                        }
                    }
                }
            }
        }
        for (int m = 0; m < 3; m++) {
            for (int k = 0; k < nValues.length; k++) {
                double mean = 0;
                for (double a : acc[m][k]) {
                    mean += a / trials;
                }
                double var = 0;
                for (double a : acc[m][k]) {
                    var += (a - mean) * (a - mean) / trials;
                }
                SelectionMethod method = PAPER_METHODS.get(m);
                double se = Math.sqrt(var / trials + Math.pow(mine.std(method, k), 2) / trials);
                assertEquals(mean, mine.mean(method, k), 4.5 * se + 1e-9, method.id() + " at N " + nValues[k]);
            }
        }
        // The generated data makes the PRM the best selector at large N, as in the paper.
        assertTrue(mine.mean(SelectionMethod.PRM, 4) > mine.mean(SelectionMethod.MAJORITY, 4));
    }

    @Test
    void resultsDependOnTheSeedOnlyNotOnThreads() {
        BestOfNInput input = BestOfNInput.of(BestOfNData.generate(30, 20, 80, 9), SEL);
        List<SelectionMethod> all = List.of(SelectionMethod.values());
        BestOfNSettings settings = new BestOfNSettings(all, new int[] {2, 8, 32, 100}, 120, 42, 1);
        BestOfNResult one = BestOfNSimulator.run(input, settings, SimulationProgress.NONE);
        BestOfNResult two = BestOfNSimulator.run(input, settings.withThreads(2), SimulationProgress.NONE);
        BestOfNResult four = BestOfNSimulator.run(input, settings.withThreads(4), SimulationProgress.NONE);
        BestOfNResult other = BestOfNSimulator.run(input, settings.withSeed(43), SimulationProgress.NONE);
        boolean differs = false;
        for (SelectionMethod m : all) {
            for (int k = 0; k < 4; k++) {
                assertArrayEquals(one.trialAccuracies(m, k), two.trialAccuracies(m, k));
                assertArrayEquals(one.trialAccuracies(m, k), four.trialAccuracies(m, k));
                differs |= one.mean(m, k) != other.mean(m, k);
            }
            // More samples never hurt the oracle; it bounds every other method in every trial.
            for (int k = 1; k < 4; k++) {
                assertTrue(one.mean(SelectionMethod.ORACLE, k) >= one.mean(SelectionMethod.ORACLE, k - 1));
            }
            for (int k = 0; k < 4; k++) {
                double[] oracle = one.trialAccuracies(SelectionMethod.ORACLE, k);
                double[] mine = one.trialAccuracies(m, k);
                for (int t = 0; t < 120; t++) {
                    assertTrue(oracle[t] >= mine[t] - 1e-12, m + " beat the oracle");
                }
            }
        }
        assertTrue(differs, "another seed gives other shuffles");
    }

    @Test
    void rescoringForAnotherAggregationEqualsBuildingAfresh() {
        Dataset data = BestOfNData.generate(10, 20, 40, 13);
        PrmAggregation min = PrmAggregation.parse("min-neutral-negative");
        BestOfNInput rescored = BestOfNInput.of(data, SEL).withPrmScores(data, min, "prm");
        BestOfNInput fresh = BestOfNInput.of(data, SEL.withAggregation(min));
        BestOfNSettings settings = new BestOfNSettings(List.of(SelectionMethod.PRM, SelectionMethod.PRM_WEIGHTED_MAJORITY),
                new int[] {4, 16, 40}, 25, 3, 2);
        BestOfNResult a = BestOfNSimulator.run(rescored, settings, SimulationProgress.NONE);
        BestOfNResult b = BestOfNSimulator.run(fresh, settings, SimulationProgress.NONE);
        BestOfNResult product = BestOfNSimulator.run(BestOfNInput.of(data, SEL), settings, SimulationProgress.NONE);
        boolean differs = false;
        for (int k = 0; k < 3; k++) {
            assertArrayEquals(a.trialAccuracies(SelectionMethod.PRM, k), b.trialAccuracies(SelectionMethod.PRM, k));
            assertArrayEquals(a.trialAccuracies(SelectionMethod.PRM_WEIGHTED_MAJORITY, k),
                    b.trialAccuracies(SelectionMethod.PRM_WEIGHTED_MAJORITY, k));
            differs |= a.mean(SelectionMethod.PRM, k) != product.mean(SelectionMethod.PRM, k);
        }
        assertTrue(differs, "min with neutral negative ranks candidates differently from the product");
    }

    @Test
    void disagreementsListProblemsWhereMethodsFareDifferently() {
        // Problem 0: three wrong "5" answers outvote the right "7", which the PRM prefers. Problem 1: all agree.
        Problem split = SelectionsTest.problem("7", SelectionsTest.sol("5", 0.1, 0.1), SelectionsTest.sol("5", 0.2, 0.1),
                SelectionsTest.sol("5", 0.1, 0.1), SelectionsTest.sol("7", 0.9, 0.1));
        Problem agree = SelectionsTest.problem("7", SelectionsTest.sol("7", 0.5, 0.5));
        Dataset d = new Dataset("t", "test", List.of(split, agree));
        BestOfNResult r = BestOfNSimulator.run(BestOfNInput.of(d, SEL),
                new BestOfNSettings(List.of(SelectionMethod.PRM, SelectionMethod.MAJORITY), new int[] {4}, 10, 0, 1),
                SimulationProgress.NONE);
        List<BestOfNResult.Disagreement> dis = r.disagreements(SelectionMethod.PRM, SelectionMethod.MAJORITY, 0, 0.5);
        assertEquals(List.of(new BestOfNResult.Disagreement(0, "p", 1.0, 0.0)), dis);
        assertEquals(1.0, r.mean(SelectionMethod.PRM, 0));
        assertEquals(0.5, r.mean(SelectionMethod.MAJORITY, 0));
    }

    @Test
    void candidatesWithoutAnswerAreDroppedAndEmptyPoolsNeverSolve() {
        Problem noAnswer = SelectionsTest.problem("7", SelectionsTest.sol(null, 0.99, 0.99), SelectionsTest.sol("7", 0.1, 0.1));
        Problem empty = SelectionsTest.problem("7");
        BestOfNResult r = BestOfNSimulator.run(BestOfNInput.of(new Dataset("t", "t", List.of(noAnswer, empty)), SEL),
                new BestOfNSettings(List.of(SelectionMethod.PRM), new int[] {2}, 5, 0, 1), SimulationProgress.NONE);
        for (int t = 0; t < 5; t++) {
            assertTrue(r.solved(SelectionMethod.PRM, 0, 0, t), "the answerless 0.99 is never picked");
            assertFalse(r.solved(SelectionMethod.PRM, 0, 1, t));
        }
        assertThrows(IllegalArgumentException.class, () -> r.mean(SelectionMethod.ORM, 0));
    }

    @Test
    void progressIsReportedAndCancellationStops() {
        BestOfNInput input = BestOfNInput.of(BestOfNData.generate(8, 10, 10, 1), SEL);
        BestOfNSettings settings = new BestOfNSettings(PAPER_METHODS, new int[] {5}, 120, 0, 2);
        AtomicLong last = new AtomicLong();
        BestOfNSimulator.run(input, settings, (done, total) -> last.accumulateAndGet(done * 1000 + total, Math::max));
        assertEquals(8 * 3 * 1000 + 8 * 3, last.get(), "8 problems x 3 blocks of trials, all done");
        SimulationProgress cancel = new SimulationProgress() {
            @Override
            public void onProgress(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(CancellationException.class, () -> BestOfNSimulator.run(input, settings, cancel));
    }

    @Test
    void settingsRejectBadGrids() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new BestOfNSettings(PAPER_METHODS, new int[] {10, 5}, 1, 0, 0));
        assertEquals("N values must be positive and ascending: [10, 5]", e.getMessage());
        assertArrayEquals(new int[] {1, 8, 64}, BestOfNSettings.parseNValues("64, 8,1,8"));
        assertEquals("N values must be positive integers, got 'a'",
                assertThrows(IllegalArgumentException.class, () -> BestOfNSettings.parseNValues("a")).getMessage());
        assertEquals(List.of(SelectionMethod.PRM, SelectionMethod.MAJORITY), SelectionMethod.parseList("prm,majority,prm"));
    }
}
