package org.steplens.select;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.steplens.grade.Grader;
import org.steplens.model.Dataset;
import org.steplens.model.Problem;
import org.steplens.model.Solution;

class SelectionsTest {
    private static final SelectionSettings ALL = SelectionSettings.defaults();

    /** Majority, ORM, oracle and ORM-weighted majority at 8 on Qwen2.5-Math's example, against the raw fields. */
    @Test
    void qwenAt8MatchesAnIndependentComputationFromTheRawFields() {
        List<JsonNode> raw = RealData.jsonLines("qwen25math/math_cot_100.jsonl");
        Dataset dataset = RealData.qwen();
        Grader grader = Grader.prm800k();
        int maj = 0;
        int orm = 0;
        int oracle = 0;
        int weighted = 0;
        int[] mine = new int[4];
        for (int p = 0; p < raw.size(); p++) {
            JsonNode r = raw.get(p);
            int n = r.get("pred").size();
            String[] pred = new String[n];
            boolean[] score = new boolean[n];
            double[] rm = new double[n];
            for (int i = 0; i < n; i++) {
                pred[i] = r.get("pred").get(i).asText();
                score[i] = r.get("score").get(i).asBoolean();
                rm[i] = r.get("pred_score").get(i).get(0).asDouble();
            }
            // Classes in order of first appearance, by the grader's equivalence with the class's first member.
            List<Integer> reps = new ArrayList<>();
            int[] cls = new int[n];
            for (int i = 0; i < n; i++) {
                cls[i] = -1;
                for (int c = 0; c < reps.size() && cls[i] < 0; c++) {
                    String rep = pred[reps.get(c)];
                    if (pred[i].trim().equals(rep.trim()) || grader.grade(pred[i], rep)) {
                        cls[i] = c;
                    }
                }
                if (cls[i] < 0) {
                    cls[i] = reps.size();
                    reps.add(i);
                }
            }
            int[] votes = new int[reps.size()];
            double[] sums = new double[reps.size()];
            for (int i = 0; i < n; i++) {
                votes[cls[i]]++;
                sums[cls[i]] += rm[i];
            }
            int majClass = 0;
            int sumClass = 0;
            for (int c = 1; c < reps.size(); c++) {
                majClass = votes[c] > votes[majClass] ? c : majClass;
                sumClass = sums[c] > sums[sumClass] ? c : sumClass;
            }
            int best = 0;
            for (int i = 1; i < n; i++) {
                best = rm[i] > rm[best] ? i : best;
            }
            boolean any = false;
            for (boolean b : score) {
                any |= b;
            }
            maj += score[reps.get(majClass)] ? 1 : 0;
            orm += score[best] ? 1 : 0;
            oracle += any ? 1 : 0;
            weighted += score[reps.get(sumClass)] ? 1 : 0;

            ProblemSelection sel = Selections.pick(dataset.problems().get(p), ALL);
            assertEquals(reps.get(majClass), sel.pick(SelectionMethod.MAJORITY).orElseThrow().solutionIndex(), "majority, problem " + p);
            assertEquals(best, sel.pick(SelectionMethod.ORM).orElseThrow().solutionIndex(), "orm, problem " + p);
            assertEquals(reps.get(sumClass), sel.pick(SelectionMethod.ORM_WEIGHTED_MAJORITY).orElseThrow().solutionIndex(), "orm-vote, problem " + p);
            assertEquals(reps.size(), sel.answers().size());
            mine[0] += sel.pick(SelectionMethod.MAJORITY).orElseThrow().solved() ? 1 : 0;
            mine[1] += sel.pick(SelectionMethod.ORM).orElseThrow().solved() ? 1 : 0;
            mine[2] += sel.pick(SelectionMethod.ORACLE).orElseThrow().solved() ? 1 : 0;
            mine[3] += sel.pick(SelectionMethod.ORM_WEIGHTED_MAJORITY).orElseThrow().solved() ? 1 : 0;
        }
        System.out.printf("Qwen2.5-Math math_cot_100 @8: majority %d%%, ORM %d%%, oracle %d%%, ORM-weighted majority %d%%%n",
                maj, orm, oracle, weighted);
        assertEquals(List.of(maj, orm, oracle, weighted), Arrays.stream(mine).boxed().toList());
        assertTrue(oracle >= Math.max(maj, Math.max(orm, weighted)), "oracle is an upper bound");
    }

    @Test
    void bestOfNAtEightOnQwenEqualsTheSinglePoolSelectionExceptForShuffledTies() {
        // With 8 candidates and N = 8 every candidate is in every trial; only ties are decided by arrival order.
        Dataset dataset = RealData.qwen();
        List<SelectionMethod> methods = List.of(SelectionMethod.MAJORITY, SelectionMethod.ORACLE);
        BestOfNResult r = BestOfNSimulator.run(BestOfNInput.of(dataset, ALL),
                new BestOfNSettings(methods, new int[] {8}, 20, 1, 2), SimulationProgress.NONE);
        long oracle = dataset.problems().stream()
                .filter(p -> Selections.pick(p, ALL).pick(SelectionMethod.ORACLE).orElseThrow().solved()).count();
        assertEquals(oracle / 100.0, r.mean(SelectionMethod.ORACLE, 0), 1e-12);
        assertEquals(0.0, r.std(SelectionMethod.ORACLE, 0), 1e-12);
        int tied = 0;
        for (int p = 0; p < 100; p++) {
            ProblemSelection sel = Selections.pick(dataset.problems().get(p), ALL);
            int[] votes = sel.answers().stream().mapToInt(AnswerVotes::votes).sorted().toArray();
            boolean tie = votes.length > 1 && votes[votes.length - 1] == votes[votes.length - 2];
            if (tie) {
                tied++;
            } else {
                double expected = sel.pick(SelectionMethod.MAJORITY).orElseThrow().solved() ? 1 : 0;
                assertEquals(expected, r.solveRate(SelectionMethod.MAJORITY, 0, p), 0, "problem " + p);
            }
        }
        assertTrue(tied > 0 && tied < 100, "some real problems have tied votes: " + tied);
    }

    @Test
    void tiesGoToTheEarlierCandidateAndVotesAreReported() {
        Problem p = problem("7",
                sol("5", 0.9, 0.2), sol("7", 0.4, 0.9), sol("5", 0.1, 0.1), sol("7", 0.9, 0.9), sol(null, 0.99, 0.99));
        ProblemSelection s = Selections.pick(p, ALL);
        assertEquals(0, s.pick(SelectionMethod.MAJORITY).orElseThrow().solutionIndex(), "2-2 tie: class of candidate 0");
        assertEquals(0, s.pick(SelectionMethod.PRM).orElseThrow().solutionIndex(), "0.9 tie: candidate 0; 4 has no answer");
        assertEquals(1, s.pick(SelectionMethod.ORM).orElseThrow().solutionIndex());
        assertEquals(1, s.pick(SelectionMethod.PRM_WEIGHTED_MAJORITY).orElseThrow().solutionIndex(), "1.3 > 1.0");
        assertEquals(1, s.pick(SelectionMethod.ORACLE).orElseThrow().solutionIndex());
        Pick maj = s.pick(SelectionMethod.MAJORITY).orElseThrow();
        assertEquals("5", maj.answer());
        assertFalse(maj.correct(), "graded against the ground truth 7");
        assertEquals(2, s.answers().size());
        AnswerVotes five = s.answers().get(0);
        assertEquals("5", five.answer());
        assertEquals(2, five.votes());
        assertEquals(1.0, five.prmWeight(), 1e-12);
        assertEquals(0.3, five.ormWeight(), 1e-12);
        assertTrue(s.answers().get(1).correct());
        int random = s.pick(SelectionMethod.RANDOM).orElseThrow().solutionIndex();
        assertTrue(random >= 0 && random < 4, "random picks a candidate with an answer");
        assertEquals(random, Selections.pick(p, ALL).pick(SelectionMethod.RANDOM).orElseThrow().solutionIndex(), "stable");
    }

    @Test
    void nothingToPickGivesAnEmptyPickAndUnknownTruthGivesUnknownCorrectness() {
        Problem none = problem("1", sol(null, 0.5, 0.5));
        for (Pick pick : Selections.pick(none, ALL).picks()) {
            assertEquals(-1, pick.solutionIndex(), pick.method().id());
            assertNull(pick.correct());
            assertFalse(pick.solved());
        }
        Problem noTruth = new Problem("q", "text", null, null, null, null, null, List.of(sol("3", 0.5, 0.5)), null);
        Pick pick = Selections.pick(noTruth, ALL).pick(SelectionMethod.PRM).orElseThrow();
        assertEquals(0, pick.solutionIndex());
        assertNull(pick.correct());
        Problem unscored = problem("3", Solution.builder().finalAnswer("3").build());
        assertEquals(-1, Selections.pick(unscored, ALL).pick(SelectionMethod.PRM).orElseThrow().solutionIndex());
        assertEquals(0, Selections.pick(unscored, ALL).pick(SelectionMethod.MAJORITY).orElseThrow().solutionIndex());
    }

    @Test
    void statedCorrectnessWinsOverTheGrader() {
        // Lightman's example 1 says "7i - 2" is correct for "-2+7i": the file's verdict is kept.
        Problem p = RealData.lightman().problems().get(0);
        assertTrue(Selections.pick(p, ALL).pick(SelectionMethod.PRM).orElseThrow().correct());
    }

    static Problem problem(String truth, Solution... sols) {
        return new Problem("p", "text", truth, null, null, null, null, List.of(sols), null);
    }

    static Solution sol(String answer, double prm, double orm) {
        return Solution.builder().steps(List.of("only step")).stepProbabilities("prm", new double[] {prm})
                .score("orm", orm).finalAnswer(answer).build();
    }
}
