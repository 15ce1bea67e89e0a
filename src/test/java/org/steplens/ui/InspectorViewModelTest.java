package org.steplens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steplens.model.Problem;
import org.steplens.model.ScorerNames;
import org.steplens.model.Solution;
import org.steplens.select.PrmAggregation;
import org.steplens.select.PrmAggregation.Reduction;
import org.steplens.select.ProblemSelection;
import org.steplens.select.SelectionSettings;
import org.steplens.select.Selections;
import org.steplens.ui.session.CandidateReport;
import org.steplens.ui.analysis.CoreProblemAnalyzer;
import org.steplens.ui.analysis.MethodLabels;
import org.steplens.ui.session.MethodPick;
import org.steplens.ui.compare.SelectionViewModel;
import org.steplens.ui.common.SynchronousTaskRunner;
import org.steplens.ui.session.ReportModel;
import org.steplens.ui.session.Session;
import org.steplens.ui.solution.CandidateListViewModel;
import org.steplens.ui.solution.CandidateRow;
import org.steplens.ui.solution.SolutionViewModel;
import org.steplens.ui.solution.StepRow;

/** The inspector's ViewModels on a real Lightman record plus generated candidates, with a synchronous runner. */
class InspectorViewModelTest {
    private Session session;
    private ReportModel reports;
    private CandidateListViewModel candidates;
    private SolutionViewModel solution;
    private SelectionViewModel selection;
    private Problem problem;

    @BeforeEach
    void setUp() {
        session = new Session();
        reports = new ReportModel(session, new CoreProblemAnalyzer(), new SynchronousTaskRunner());
        candidates = new CandidateListViewModel(reports);
        solution = new SolutionViewModel(reports, session.candidate(0));
        selection = new SelectionViewModel(reports);
        problem = UiFixtures.rotationProblem(30, 7);
    }

    @Test
    void emptyUntilAProblemIsSelected() {
        assertNull(reports.report());
        assertTrue(candidates.rows().isEmpty());
        assertEquals("Select a problem to see its candidates.", candidates.emptyMessageProperty().get());
        assertEquals("Open a file to begin.", solution.emptyMessageProperty().get());
    }

    @Test
    void selectingAProblemShowsItsCandidatesAndTheFirstCandidatesSteps() {
        session.problemProperty().set(problem);
        assertEquals(31, candidates.rows().size());
        assertEquals(0, session.candidate(0).get());
        List<StepRow> steps = solution.steps();
        assertEquals(4, steps.size());
        assertEquals(0.387681464904673 + 0.01925049232449113, steps.get(0).probability(), 1e-12);
        assertEquals(0.1384993425138924 + 0.11073959768554346, steps.get(3).probability(), 1e-12);
        assertTrue(steps.get(0).firstError());
        assertEquals(0, solution.firstErrorProperty().get());
        assertEquals("First predicted error: step 1 (P(correct) below 0.50).", solution.noticeProperty().get());
        assertEquals("7i - 2", solution.answerProperty().get());
        assertEquals("correct", solution.verdictProperty().get());
        assertEquals("-2+7i", solution.groundTruthProperty().get());
        CandidateRow first = candidates.rows().get(0);
        assertEquals(0.09157553704097245, first.prmScore(), 1e-12, "the product equals the file's stated prm_score");
        assertEquals(0.6326445937156677, first.ormScore(), 1e-12);
    }

    @Test
    void movingTheThresholdMovesTheFirstError() {
        session.problemProperty().set(problem);
        session.changeSettings(session.settings().withThreshold(0.35));
        assertEquals(3, solution.firstErrorProperty().get());
        assertFalse(solution.steps().get(0).firstError());
        assertTrue(solution.steps().get(3).firstError());
        session.changeSettings(session.settings().withThreshold(0.2));
        assertEquals(-1, solution.firstErrorProperty().get());
        assertEquals("No step below the threshold 0.20.", solution.noticeProperty().get());
        assertEquals(-1, solution.nextIncorrectStep(0));
    }

    @Test
    void aggregationAndNeutralPolicyRescoreAndRecolour() {
        session.problemProperty().set(problem);
        session.changeSettings(session.settings().withReduction(Reduction.MIN));
        assertEquals(0.1384993425138924 + 0.11073959768554346, candidates.rows().get(0).prmScore(), 1e-12);
        session.changeSettings(session.settings().withNeutralAsPositive(false));
        assertEquals(0.1384993425138924, candidates.rows().get(0).prmScore(), 1e-12);
        assertEquals(0.387681464904673, solution.steps().get(0).probability(), 1e-12);
    }

    @Test
    void picksAreTheSelectionEnginesPicks() {
        session.problemProperty().set(problem);
        for (Reduction r : Reduction.values()) {
            session.changeSettings(session.settings().withReduction(r));
            ProblemSelection engine = Selections.pick(problem, SelectionSettings.defaults().withMethods(MethodLabels.SHOWN)
                    .withAggregation(new PrmAggregation(r, PrmAggregation.NeutralPolicy.POSITIVE)));
            assertEquals(MethodLabels.SHOWN.size(), selection.picks().size());
            for (int i = 0; i < selection.picks().size(); i++) {
                MethodPick shown = selection.picks().get(i);
                assertEquals(engine.picks().get(i).method(), shown.method());
                assertEquals(engine.picks().get(i).solutionIndex(), shown.candidate(), shown.method() + " under " + r);
                assertEquals(engine.picks().get(i).answer(), shown.answer());
            }
            assertEquals(engine.answers().size(), selection.clusters().size());
        }
    }

    @Test
    void clickingAPickShowsThatCandidate() {
        session.problemProperty().set(problem);
        MethodPick orm = selection.picks().get(1);
        selection.show(orm);
        assertEquals(orm.candidate(), session.candidate(0).get());
        Solution shown = solution.solutionProperty().get();
        assertTrue(shown == problem.solution(orm.candidate()));
        assertTrue(candidates.rows().get(orm.candidate()).pickedBy().contains(org.steplens.select.SelectionMethod.ORM));
    }

    @Test
    void candidateWithoutStepScoresExplainsItself() {
        Solution plain = Solution.builder().steps(List.of("$x = 1$", "So $\\boxed{1}$")).finalAnswer("1").build();
        Problem p = new Problem("p", "Find $x$.", "1", null, null, null, null, List.of(plain), null);
        session.problemProperty().set(p);
        assertEquals(SolutionViewModel.NO_SCORES, solution.noticeProperty().get());
        assertTrue(Double.isNaN(solution.steps().get(0).probability()));
        assertEquals(CandidateReport.UNSCORED, reports.report().candidates().get(0).firstError());
        assertEquals("–", candidates.rows().get(0).firstErrorLabel());
        assertEquals(Boolean.TRUE, candidates.rows().get(0).correct(), "graded against the ground truth");
    }

    @Test
    void humanRatingsAppearBesideTheModel() {
        Problem generated = UiFixtures.generated(1, 5, 3).problems().get(0);
        session.problemProperty().set(generated);
        assertEquals(org.steplens.model.HumanRating.NEGATIVE, solution.steps().get(1).human());
        assertTrue(solution.steps().get(1).humanFirstError());
        assertFalse(solution.steps().get(0).humanFirstError());
    }

    @Test
    void theShownCandidateExportsAsACardOnTheSharedScaleWithItsSettings(@TempDir java.nio.file.Path dir) throws Exception {
        assertTrue(solution.card("none").isEmpty(), "no card before a candidate is shown");
        session.problemProperty().set(problem);
        session.changeSettings(session.settings().withThreshold(0.35));
        org.steplens.chart.SolutionCard card = solution.card("rotation.jsonl").orElseThrow();
        Solution shown = problem.solution(session.candidate(0).get());
        assertEquals(shown.stepCount(), card.spec().steps().size());
        for (int i = 0; i < shown.stepCount(); i++) {
            double p = shown.stepProbability(ScorerNames.PRM, i).orElse(Double.NaN);
            assertEquals(org.steplens.chart.ProbabilityScale.color(p), card.spec().steps().get(i).tint(), "step " + i);
        }
        assertEquals(Integer.valueOf(solution.firstErrorProperty().get()), card.spec().predictedError());
        java.nio.file.Path svg = dir.resolve("card.svg");
        org.steplens.chart.ChartExport.write(card, svg);
        String text = java.nio.file.Files.readString(svg);
        assertTrue(text.contains("threshold 0.35") && text.contains("rotation.jsonl"), "provenance in the file");
        assertFalse(text.contains("<image"), "vector output");
    }

    @Test
    void problemWithoutCandidates() {
        Problem p = new Problem("empty", "Nothing here.", null, null, null, null, null, List.of(), null);
        session.problemProperty().set(p);
        assertEquals("This problem has no candidate solutions.", candidates.emptyMessageProperty().get());
        assertEquals("This problem has no candidate solutions.", solution.noticeProperty().get());
        assertEquals("unknown", solution.groundTruthProperty().get());
        assertEquals(ScorerNames.PRM, session.settings().stepScorer());
    }
}
