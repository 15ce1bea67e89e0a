package org.steplens.ui.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.steplens.io.DatasetLoader;
import org.steplens.io.LoadProgress;
import org.steplens.model.Problem;
import org.steplens.model.ScorerNames;
import org.steplens.select.PrmAggregation.NeutralPolicy;
import org.steplens.select.PrmAggregation.Reduction;
import org.steplens.ui.session.AnalysisSettings;
import org.steplens.ui.session.ProblemReport;

/**
 * The solution pane's first-error mark ({@code CandidateReport#firstError}) and the problem list's "right answer,
 * wrong step" flag read the same step probabilities: on the real Lightman records, for every neutral policy,
 * reduction and threshold, the flag is set exactly when a correct candidate carries a mark.
 */
class StepRuleConsistencyTest {
    private static List<Problem> problems;

    @BeforeAll
    static void load() throws IOException {
        problems = List.of(
                only("src/test/resources/data/lightman/scored_sample_example1.json"),
                only("src/test/resources/data/lightman/scored_sample_example2.json"));
    }

    private static Problem only(String file) throws IOException {
        var result = DatasetLoader.load(Path.of(file), LoadProgress.NONE);
        assertFalse(result.hasErrors(), () -> file + ": " + result.errors());
        assertEquals(1, result.dataset().problems().size());
        return result.dataset().problems().get(0);
    }

    @Test
    void theIssuesExample() {
        // second record, "Neutral counts as correct" off, threshold 0.95: P(+1) of step 6 is 0.884
        AnalysisSettings s = new AnalysisSettings(ScorerNames.PRM, Reduction.PRODUCT, NeutralPolicy.NEGATIVE, 0.95);
        CoreProblemAnalyzer analyzer = new CoreProblemAnalyzer();
        assertEquals(5, analyzer.analyze(problems.get(1), s).candidates().get(0).firstError());
        assertTrue(analyzer.flags(problems.get(1), s).rightAnswerWrongStep());
        assertFalse(analyzer.flags(problems.get(1), s.withNeutralAsPositive(true)).rightAnswerWrongStep(),
                "P(+1) + P(0) of every step is above 0.95");
    }

    @Test
    void flagIsSetExactlyWhenTheSolutionPaneMarksAnError() {
        CoreProblemAnalyzer analyzer = new CoreProblemAnalyzer();
        int flagged = 0;
        int cases = 0;
        for (Problem problem : problems) {
            for (boolean neutralPositive : new boolean[] {true, false}) {
                for (Reduction reduction : Reduction.values()) {
                    for (double t : thresholds(problem)) {
                        AnalysisSettings s = new AnalysisSettings(ScorerNames.PRM, reduction,
                                neutralPositive ? NeutralPolicy.POSITIVE : NeutralPolicy.NEGATIVE, t);
                        ProblemReport report = analyzer.analyze(problem, s);
                        boolean marked = report.candidates().stream()
                                .anyMatch(c -> Boolean.TRUE.equals(c.correct()) && c.firstError() >= 0);
                        boolean flag = analyzer.flags(problem, s).rightAnswerWrongStep();
                        assertEquals(marked, flag, () -> problem.id() + " " + s);
                        flagged += flag ? 1 : 0;
                        cases++;
                    }
                }
            }
        }
        // the sweep must see both outcomes, or it proves nothing
        assertTrue(flagged > 0 && flagged < cases, flagged + " of " + cases);
    }

    /** A grid over [0, 1] plus each step probability under both policies and its neighbours (the edges). */
    private static TreeSet<Double> thresholds(Problem problem) {
        TreeSet<Double> out = new TreeSet<>();
        for (int i = 0; i <= 100; i++) {
            out.add(i / 100.0);
        }
        var solution = problem.solution(0);
        for (int i = 0; i < solution.stepCount(); i++) {
            var tw = solution.threeWay(i).orElseThrow();
            for (double p : new double[] {tw.neutralAsPositive(), tw.neutralAsNegative()}) {
                out.add(p);
                out.add(Math.nextUp(p));
                out.add(Math.nextDown(p));
            }
        }
        return out;
    }
}
