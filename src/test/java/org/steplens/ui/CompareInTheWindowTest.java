package org.steplens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.steplens.ui.WindowTests.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.steplens.compare.StepAlignment;
import org.steplens.model.Problem;
import org.steplens.select.SelectionMethod;
import org.steplens.ui.compare.CompareRow;
import org.steplens.ui.compare.CompareViewModel;
import org.steplens.ui.session.CandidateReport;
import org.steplens.ui.session.ProblemReport;
import org.steplens.ui.shell.MainWindow;
import org.steplens.ui.solution.CandidateRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Two candidates of a real Qwen2.5-Math problem (the sample file whose steps the bundled PRM scored) side by side in
 * the real window: chosen in the candidate table, compared with Ctrl+D, rows and deltas checked against the core's
 * alignment and the report's step probabilities, sides swapped with the keyboard, rows stepped through, then the PRM pick
 * against the majority pick in one click.
 */
@ExtendWith(ApplicationExtension.class)
class CompareInTheWindowTest {
    private static final Path SCORED_QWEN_SAMPLE = Path.of("samples/default.steplens.jsonl");
    private final Preferences prefs = Preferences.userRoot().node("org/steplens/test/compare-window");
    private MainWindow window;
    /** A copy: the window keeps a review journal beside the file it opens, never beside the sample. */
    @TempDir
    Path dir;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = WindowTests.open(stage, prefs);
    }

    @AfterEach
    void clean(FxRobot robot) throws Exception {
        // close this window now, once: TestFX reuses the stage, and a later test hiding it must not dispose it again
        robot.interact(() -> {
            stage.hide();
            stage.setOnHidden(null);
        });
        prefs.removeNode();
    }

    private void openSample(FxRobot robot) throws Exception {
        Path copy = dir.resolve("default.steplens.jsonl");
        Files.copy(SCORED_QWEN_SAMPLE, copy);
        robot.interact(() -> window.mainViewModel().open(List.of(copy)));
    }

    @Test
    void twoCandidatesSideBySideThenSwapped(FxRobot robot) throws Exception {
        openSample(robot);
        await(() -> window.session().dataset() != null && window.reports().report() != null
                && !window.reports().busyProperty().get());
        CompareViewModel compare = window.inspectorPage().compare();
        ProblemReport report = window.reports().report();
        Problem problem = report.problem();
        assertTrue(report.candidates().get(0).scored(), "the sample's steps are scored by the bundled PRM");

        // Ctrl+click two rows: candidates 2 and 5 in table order
        @SuppressWarnings("unchecked")
        TableView<CandidateRow> table = robot.lookup("#candidateTable").queryAs(TableView.class);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().select(indexOf(table, 1));
            table.getSelectionModel().select(indexOf(table, 4));
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
        await(() -> shows(compare, problem, 1, 4));
        assertEquals(List.of(1, 4), window.session().candidates());
        TabPane centre = robot.lookup("#centreTabs").queryAs(TabPane.class);
        assertEquals("compareTab", centre.getSelectionModel().getSelectedItem().getId());
        checkRows(robot, compare, report, problem, 1, 4);
        assertTrue(compare.leftTitleProperty().get().startsWith("Candidate 2"));

        // swap with the keyboard: the same alignment seen from the other side
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.X).release(KeyCode.SHIFT, KeyCode.CONTROL);
        await(() -> window.session().candidates().equals(List.of(4, 1))
                && !compare.rows().isEmpty() && compare.leftTitleProperty().get().startsWith("Candidate 5"));
        await(() -> shows(compare, problem, 4, 1));
        checkRows(robot, compare, report, problem, 4, 1);

        // step through rows with Alt+Shift+↓ / ↑
        robot.press(KeyCode.ALT, KeyCode.SHIFT).type(KeyCode.DOWN).type(KeyCode.DOWN).release(KeyCode.SHIFT, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, compare.focusedRowProperty().get());
        robot.press(KeyCode.ALT, KeyCode.SHIFT).type(KeyCode.UP).release(KeyCode.SHIFT, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, compare.focusedRowProperty().get());
        assertTrue(robot.lookup("#compare-left-0").query().getStyleClass().contains("compare-focus"));

        prmPickAgainstMajorityInOneClick(robot);
    }

    /** One load of the file for both checks: the toolkit and the 1.3 MB sample are the test's cost. */
    private void prmPickAgainstMajorityInOneClick(FxRobot robot) throws Exception {
        // the first problem whose PRM pick and majority pick are different candidates
        Problem target = null;
        for (Problem p : window.session().problems()) {
            robot.interact(() -> window.session().problemProperty().set(p));
            await(() -> window.reports().report() != null && window.reports().report().problem() == p
                    && !window.reports().busyProperty().get());
            ProblemReport r = window.reports().report();
            if (r.pick(SelectionMethod.PRM).orElseThrow().candidate()
                    != r.pick(SelectionMethod.MAJORITY).orElseThrow().candidate()) {
                target = p;
                break;
            }
        }
        assertTrue(target != null, "some problem's PRM pick is not its majority pick");
        ProblemReport report = window.reports().report();
        int prm = report.pick(SelectionMethod.PRM).orElseThrow().candidate();
        int majority = report.pick(SelectionMethod.MAJORITY).orElseThrow().candidate();
        robot.clickOn("#comparePicks");
        Problem shown = target;
        await(() -> shows(window.inspectorPage().compare(), shown, prm, majority));
        assertEquals(List.of(prm, majority), window.session().candidates());
        checkRows(robot, window.inspectorPage().compare(), report, target, prm, majority);
    }

    /** The rows on screen belong to candidates {@code left} and {@code right} (the alignment has been delivered). */
    private static boolean shows(CompareViewModel compare, Problem problem, int left, int right) {
        List<CompareRow> rows = compare.rows();
        return !rows.isEmpty() && rows.stream().allMatch(r ->
                (r.left() < 0 || r.leftText().equals(problem.solution(left).stepText(r.left())))
                        && (r.right() < 0 || r.rightText().equals(problem.solution(right).stepText(r.right()))))
                && rows.size() == StepAlignment.align(problem.solution(left).stepTexts(),
                problem.solution(right).stepTexts()).size();
    }

    private static int indexOf(TableView<CandidateRow> table, int candidate) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).index() == candidate) {
                return i;
            }
        }
        throw new AssertionError("candidate " + candidate + " not in the table");
    }

    /** The rows are the core alignment of the two candidates' steps; the gutter shows right − left P(correct). */
    private static void checkRows(FxRobot robot, CompareViewModel compare, ProblemReport report, Problem problem,
                                  int left, int right) {
        List<StepAlignment.Row> expected = StepAlignment.align(problem.solution(left).stepTexts(),
                problem.solution(right).stepTexts());
        List<CompareRow> rows = compare.rows();
        assertEquals(expected.size(), rows.size());
        CandidateReport l = report.candidates().get(left);
        CandidateReport r = report.candidates().get(right);
        boolean sawDelta = false;
        for (int i = 0; i < rows.size(); i++) {
            CompareRow row = rows.get(i);
            assertEquals(expected.get(i).left(), row.left(), "row " + i);
            assertEquals(expected.get(i).right(), row.right(), "row " + i);
            assertEquals(i == StepAlignment.firstDivergence(expected), row.firstDivergence(), "row " + i);
            String shown = robot.lookup("#compare-delta-" + i).queryAs(Label.class).getText();
            if (row.isPair()) {
                double delta = r.stepProbability(row.right()) - l.stepProbability(row.left());
                assertEquals(String.format(Locale.ROOT, "%+.2f", delta).replace('-', '−'), shown, "row " + i);
                sawDelta = true;
            } else {
                assertEquals("–", shown, "a step facing a gap has no delta (row " + i + ")");
                assertTrue(robot.lookup(row.left() < 0 ? "#compare-left-" + i : "#compare-right-" + i).query()
                        .getStyleClass().contains("compare-gap"));
            }
        }
        assertTrue(sawDelta, "at least one pair of steps");
        assertFalse(rows.stream().allMatch(row -> row.isPair() && row.similarity() >= 1), "the two candidates differ");
    }
}
