package org.steplens.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.steplens.model.Dataset;
import org.steplens.model.Problem;
import org.steplens.model.Solution;
import org.steplens.select.PrmAggregation;
import org.steplens.select.RealData;
import org.steplens.select.SelectionMethod;
import org.steplens.select.SelectionSettings;
import org.steplens.select.Selections;
import org.steplens.select.StepScoring;

class FailureFinderTest {
    private static final SelectionSettings SETTINGS = SelectionSettings.defaults();
    /** The real ProcessBench records with generated step scores, read once (four files, 3,400 records). */
    private static Dataset scoredProcessBench;

    private static synchronized Dataset scoredProcessBench() {
        if (scoredProcessBench == null) {
            scoredProcessBench = ProcessBenchData.withGeneratedScores(ProcessBenchData.load(), "prm", 15);
        }
        return scoredProcessBench;
    }

    private static Solution sol(String answer, double... probs) {
        return Solution.builder().steps(java.util.Collections.nCopies(probs.length, "step"))
                .stepProbabilities("prm", probs).finalAnswer(answer).build();
    }

    @Test
    void findsConvincingWrongAnswersAndRightAnswersWithAWrongStep() {
        Problem p = new Problem("p1", "text", "4", null, null, null, null,
                List.of(sol("5", 0.99, 0.95), sol("4", 0.9, 0.2, 0.9), sol("5", 0.3), sol("4", 0.99)), null);
        FailureFinder f = new FailureFinder(new Dataset("d", "t", List.of(p)), SETTINGS, 0.5);
        List<Failure> convincing = f.convincingWrongAnswers(0.8);
        assertEquals(List.of(new Failure(FailureKind.CONVINCING_WRONG_ANSWER, 0, "p1", 0,
                "PRM score 0.941, but the answer 5 is wrong (truth 4)")), convincing);
        List<Failure> wrongStep = f.rightAnswerWrongStep();
        assertEquals(List.of(new Failure(FailureKind.RIGHT_ANSWER_WRONG_STEP, 0, "p1", 1,
                "correct answer 4, but the PRM gives step 2 only 0.200")), wrongStep);
    }

    @Test
    void humanLabelsDecideWrongStepsAndLatePrmErrors() {
        Solution labelled = Solution.builder().steps(List.of("a", "b", "c")).firstErrorLabel(1).correct(true)
                .finalAnswer("4").stepProbabilities("prm", new double[] {0.9, 0.8, 0.3}).build();
        Dataset d = new Dataset("d", "t", List.of(new Problem("gsm8k-1", "t", null, null, null, null,
                "processbench/gsm8k", List.of(labelled), null)));
        FailureFinder f = new FailureFinder(d, SETTINGS, 0.5);
        assertEquals("correct answer 4, but humans mark step 2 wrong", f.rightAnswerWrongStep().get(0).why());
        assertEquals(List.of(new Failure(FailureKind.PRM_LATER_THAN_HUMAN, 0, "gsm8k-1", 0,
                "first error labelled at step 2; the PRM first flags step 3")), f.prmLaterThanHuman());
    }

    @Test
    void methodDisagreementsOnRealQwenDataMatchPerProblemPicks() {
        Dataset qwen = RealData.qwen();
        FailureFinder f = new FailureFinder(qwen, SETTINGS, 0.5);
        List<Failure> dis = f.methodsDisagree(SelectionMethod.ORM, SelectionMethod.MAJORITY);
        long expected = qwen.problems().stream().filter(p -> {
            var s = Selections.pick(p, SETTINGS);
            return s.pick(SelectionMethod.ORM).orElseThrow().solved() != s.pick(SelectionMethod.MAJORITY).orElseThrow().solved();
        }).count();
        assertEquals(expected, dis.size());
        assertTrue(dis.size() > 0, "ORM and majority differ on some real problems");
        assertTrue(dis.get(0).why().matches("orm picks #\\d+ \\(.*, (right|wrong)\\); majority picks #\\d+ \\(.*, (right|wrong)\\)"),
                dis.get(0).why());
    }

    @Test
    void rightAnswerWrongStepFollowsTheNeutralPolicyOnRealLightmanRecords() {
        Dataset lightman = RealData.lightman();
        int found = 0;
        for (PrmAggregation.NeutralPolicy policy : PrmAggregation.NeutralPolicy.values()) {
            SelectionSettings settings = SETTINGS.withAggregation(new PrmAggregation(PrmAggregation.Reduction.PRODUCT, policy));
            StepScoring scoring = StepScoring.of(settings);
            for (int t = 0; t <= 100; t++) {
                double threshold = t / 100.0;
                List<Failure> flagged = new FailureFinder(lightman, settings, threshold).rightAnswerWrongStep();
                for (int pi = 0; pi < lightman.problems().size(); pi++) {
                    Solution s = lightman.problems().get(pi).solution(0);
                    boolean marked = FirstErrorPredictor.predict(s, scoring, threshold).orElse(-1) >= 0;
                    int problem = pi;
                    assertEquals(marked && s.correct().orElse(false),
                            flagged.stream().anyMatch(f -> f.problem() == problem), policy + " at " + threshold);
                }
                found += flagged.size();
            }
        }
        assertTrue(found > 0, "some threshold flags a real record");
        // the example: second record, neutral counted as wrong, threshold 0.95 -> step 6 (P(+1) = 0.884)
        SelectionSettings negative = SETTINGS.withAggregation(PrmAggregation.parse("product-neutral-negative"));
        assertEquals(List.of("correct answer 3.21, but the PRM gives step 6 only 0.884"),
                new FailureFinder(lightman, negative, 0.95).rightAnswerWrongStep().stream()
                        .filter(f -> f.problem() == 1).map(Failure::why).toList());
        assertTrue(new FailureFinder(lightman, SETTINGS, 0.95).rightAnswerWrongStep().stream()
                .noneMatch(f -> f.problem() == 1), "P(+1) + P(0) of every step of the second record is above 0.95");
    }

    @Test
    void firstErrorMismatchesOnRealProcessBenchRecordsPartitionTheLabelledOnes() {
        Dataset pb = scoredProcessBench();
        FailureFinder f = new FailureFinder(pb, SETTINGS, 0.5);
        List<Failure> late = f.firstErrorMismatches(FailureKind.PRM_LATER_THAN_HUMAN);
        List<Failure> early = f.firstErrorMismatches(FailureKind.PRM_EARLIER_THAN_HUMAN);
        List<Failure> misses = f.firstErrorMismatches(FailureKind.PRM_MISSES_FIRST_ERROR);
        HumanAgreement agreement = HumanAgreement.of(pb, StepScoring.of(SETTINGS), 0.5, true);
        assertEquals(agreement.later(), late.size());
        assertEquals(agreement.earlier(), early.size());
        assertTrue(!late.isEmpty() && !early.isEmpty(), "the generated scores err both ways");
        // a miss is a labelled error flagged elsewhere: every late one, and the early ones on erroneous records
        java.util.Set<Integer> erroneous = new java.util.HashSet<>();
        for (int i = 0; i < pb.problemCount(); i++) {
            if (pb.problems().get(i).solution(0).humanFirstError().getAsInt() >= 0) {
                erroneous.add(i);
            }
        }
        long expectedMisses = late.size() + early.stream().filter(x -> erroneous.contains(x.problem())).count();
        assertEquals(expectedMisses, misses.size());
        assertTrue(misses.stream().allMatch(x -> erroneous.contains(x.problem())));
        assertTrue(early.stream().anyMatch(x -> !erroneous.contains(x.problem())),
                "a flagged step in a record labelled correct is too early");
    }

    @Test
    void eachMismatchKindOnOneRealProcessBenchRecord() {
        Problem real = scoredProcessBench().problems().stream()
                .filter(p -> p.solution(0).humanFirstError().getAsInt() == 2 && p.solution(0).stepCount() >= 5)
                .findFirst().orElseThrow();
        Solution s = real.solution(0);
        double[] ok = new double[s.stepCount()];
        java.util.Arrays.fill(ok, 0.9);
        record Case(int flagged, boolean late, boolean early, boolean miss) {
        }
        for (Case c : List.of(new Case(-1, true, false, true), new Case(0, false, true, true),
                new Case(2, false, false, false), new Case(4, true, false, true))) {
            double[] probs = ok.clone();
            if (c.flagged() >= 0) {
                probs[c.flagged()] = 0.1;
            }
            Dataset d = new Dataset("d", "t", List.of(real.withSolutions(List.of(s.withStepProbabilities("prm", probs)))));
            FailureFinder f = new FailureFinder(d, SETTINGS, 0.5);
            assertEquals(c.late(), !f.firstErrorMismatches(FailureKind.PRM_LATER_THAN_HUMAN).isEmpty(), "late " + c);
            assertEquals(c.early(), !f.firstErrorMismatches(FailureKind.PRM_EARLIER_THAN_HUMAN).isEmpty(), "early " + c);
            assertEquals(c.miss(), !f.firstErrorMismatches(FailureKind.PRM_MISSES_FIRST_ERROR).isEmpty(), "miss " + c);
        }
        Dataset flaggedStep1 = new Dataset("d", "t", List.of(real.withSolutions(List.of(s.withStepProbabilities("prm",
                java.util.stream.DoubleStream.concat(java.util.stream.DoubleStream.of(0.9, 0.2), java.util.Arrays.stream(ok).skip(2)).toArray())))));
        assertEquals("first error labelled at step 3; the PRM first flags step 2",
                new FailureFinder(flaggedStep1, SETTINGS, 0.5).firstErrorMismatches(FailureKind.PRM_EARLIER_THAN_HUMAN).get(0).why());
        // records the chosen scorer did not score are not mismatches
        assertTrue(new FailureFinder(new Dataset("d", "t", List.of(real)), SETTINGS.withScorers("unused",
                org.steplens.model.ScorerNames.ORM), 0.5).firstErrorMismatches(FailureKind.PRM_MISSES_FIRST_ERROR).isEmpty());
    }

    @Test
    void aMethodWithoutAPickDoesNotDisagree() {
        // real ProcessBench records: one candidate, PRM scores, no ORM scores; the ORM has no pick
        Dataset all = scoredProcessBench();
        Dataset pb = all.withProblems(all.problems().subList(0, 400));
        FailureFinder f = new FailureFinder(pb, SETTINGS, 0.5);
        assertTrue(pb.problems().stream().anyMatch(p -> p.solution(0).correct().orElse(false)), "some PRM picks are right");
        assertEquals(List.of(), f.methodsDisagree(SelectionMethod.PRM, SelectionMethod.ORM));
        assertEquals(List.of(), f.methodsDisagree(SelectionMethod.PRM, SelectionMethod.MAJORITY),
                "one candidate: every method that picks, picks it");
    }
}
