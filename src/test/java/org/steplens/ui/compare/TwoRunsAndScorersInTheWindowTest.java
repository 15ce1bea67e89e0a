package org.steplens.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.steplens.ui.WindowTests.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.steplens.analyze.Auroc;
import org.steplens.compare.HintDetector;
import org.steplens.compare.RunComparison;
import org.steplens.compare.ScorerComparison.ProblemDisagreement;
import org.steplens.compare.ScorerComparison.ScorerFigures;
import org.steplens.grade.Grader;
import org.steplens.io.DatasetLoader;
import org.steplens.io.LoadProgress;
import org.steplens.model.Dataset;
import org.steplens.select.StepScoring;
import org.steplens.ui.WindowTests;
import org.steplens.ui.shell.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * In the real window: File ▸ Open two runs (the hint pair from samples/hint) shows the run comparison with the core's
 * figures, and a second file that is not a dataset is reported while run A stays open; Tools ▸ Compare scorers on the
 * two-scorer ProcessBench sample shows each scorer's figures and, double-clicked, a disagreement selects its problem.
 */
@ExtendWith(ApplicationExtension.class)
class TwoRunsAndScorersInTheWindowTest {
    private final Preferences prefs = Preferences.userRoot().node("org/steplens/test/two-runs-window");
    private MainWindow window;
    private Stage stage;
    /** Copies: the window may keep journals beside the files it opens, never beside the samples. */
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = WindowTests.open(stage, prefs);
    }

    @AfterEach
    void clean(FxRobot robot) throws Exception {
        robot.interact(() -> {
            for (Window w : Window.getWindows().toArray(Window[]::new)) {
                if (w != stage && w instanceof Stage s) {
                    s.close();
                }
            }
            stage.hide();
            stage.setOnHidden(null);
        });
        prefs.removeNode();
    }

    private Path copy(String sample) throws Exception {
        Path source = Path.of(sample);
        Path target = dir.resolve(source.getFileName());
        Files.copy(source, target);
        return target;
    }

    private static Stage stageTitled(String title) {
        for (Window w : Window.getWindows()) {
            if (w instanceof Stage s && s.isShowing() && title.equals(s.getTitle())) {
                return s;
            }
        }
        return null;
    }

    private static String figures(String title) {
        Stage s = stageTitled(title);
        Node label = s == null ? null : s.getScene().lookup("#runFigures");
        return label == null ? "" : ((Label) label).getText();
    }

    /** One window for both (its start-up is most of the cost). */
    @Test
    void twoRunsThenTheScorerComparison(FxRobot robot) throws Exception {
        twoRunsOpenAsRunAAndTheComparisonWithB(robot);
        scorerTableThenADoubleClickSelectsTheProblem(robot);
    }

    private void twoRunsOpenAsRunAAndTheComparisonWithB(FxRobot robot) throws Exception {
        Path plain = copy("samples/hint/plain.jsonl");
        Path hinted = copy("samples/hint/hinted.jsonl");
        RunComparison.Result expected = new RunComparison(Grader.prm800k(), HintDetector.standard()).compare(
                DatasetLoader.load(plain, LoadProgress.NONE).dataset(),
                DatasetLoader.load(hinted, LoadProgress.NONE).dataset());

        robot.interact(() -> window.openTwoRuns(plain, hinted));
        await(() -> figures("Compare runs — StepLens").contains("problems in both"));
        String text = figures("Compare runs — StepLens");
        assertEquals("plain.jsonl", window.session().dataset().name());
        assertTrue(text.contains(String.format(Locale.ROOT, "%d problems in both", expected.matched())), text);
        assertTrue(text.contains(String.format(Locale.ROOT, "answer flips %d (%.1f%%)", expected.flips(),
                100 * expected.flipRate())), text);
        assertTrue(text.contains(String.format(Locale.ROOT, "flipped to the hint %d", expected.flipsToHint())), text);
        @SuppressWarnings("unchecked")
        TableView<RunComparison.Row> rows = (TableView<RunComparison.Row>) stageTitled("Compare runs — StepLens")
                .getScene().lookup("#runTable");
        assertEquals(expected.rows().size(), rows.getItems().size());
        robot.interact(() -> stageTitled("Compare runs — StepLens").close());

        // a run B that is not a dataset: said so in the comparison window, and run A stays open
        Path notData = dir.resolve("notes.jsonl");
        Files.writeString(notData, "this is not a dataset\n");
        robot.interact(() -> window.openTwoRuns(plain, notData));
        await(() -> figures("Compare runs — StepLens").contains("notes.jsonl"));
        text = figures("Compare runs — StepLens");
        assertTrue(text.startsWith("Could not read any problem from notes.jsonl") || text.startsWith("Could not compare with notes.jsonl"), text);
        assertNotNull(window.session().dataset());
        assertEquals("plain.jsonl", window.session().dataset().name());
        assertEquals(expected.matched(), window.session().dataset().problemCount());
    }

    private void scorerTableThenADoubleClickSelectsTheProblem(FxRobot robot) throws Exception {
        Path sample = copy("samples/twoscorers/processbench.two-scorers.steplens.jsonl");
        robot.interact(() -> window.mainViewModel().open(java.util.List.of(sample)));
        await(() -> window.session().dataset() != null);
        Dataset d = window.session().dataset();
        ScorerCompareWindow[] opened = new ScorerCompareWindow[1];
        robot.interact(() -> opened[0] = window.compareScorers());
        TableView<ProblemDisagreement> problems = opened[0].problemsTable();
        await(() -> problems.getItems().size() == d.problemCount());

        @SuppressWarnings("unchecked")
        TableView<ScorerFigures> scorers = (TableView<ScorerFigures>) opened[0].stage().getScene().lookup("#scorerTable");
        assertEquals(2, scorers.getItems().size());
        for (ScorerFigures f : scorers.getItems()) {
            assertEquals(Auroc.ofSteps(d, StepScoring.of(f.scorer()), true), f.stepAuroc().value(), 1e-12);
            assertEquals(String.format(Locale.ROOT, "%.3f", f.stepAuroc().value()),
                    scorers.getColumns().get(2).getCellData(f));
        }
        Label notes = (Label) opened[0].stage().getScene().lookup("#scorerNotes");
        assertTrue(notes.getText().contains("Best-of-N not available: one candidate per problem"), notes.getText());

        // double-click the second row: not the problem the inspector shows first
        ProblemDisagreement target = problems.getItems().get(1);
        Node row = robot.from(problems).lookup(".table-row-cell").queryAll().stream()
                .filter(n -> ((javafx.scene.control.TableRow<?>) n).getIndex() == 1).findFirst().orElseThrow();
        robot.doubleClickOn(row);
        await(() -> window.session().problem() != null && window.session().problem().id().equals(target.problemId()));
        assertEquals(target.worstSolution(), window.session().candidate(0).get());
    }
}
