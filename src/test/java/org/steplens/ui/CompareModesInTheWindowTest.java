package org.steplens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.steplens.ui.WindowTests.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.steplens.compare.HintConfirmations;
import org.steplens.compare.HintDetector;
import org.steplens.compare.RunComparison;
import org.steplens.compare.StepAlignment;
import org.steplens.compare.WordDiff;
import org.steplens.model.Problem;
import org.steplens.model.ScorerNames;
import org.steplens.review.ReviewTarget;
import org.steplens.review.SolutionKey;
import org.steplens.select.StepScoring;
import org.steplens.ui.compare.CompareRow;
import org.steplens.ui.compare.CompareViewModel;
import org.steplens.ui.compare.RunCompareViewModel;
import org.steplens.ui.compare.RunCompareWindow;
import org.steplens.ui.probe.ProbeModel;
import org.steplens.ui.probe.ProbeRow;
import org.steplens.ui.shell.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The compare view's other two ways in, and the hint check of "Compare with run…", in the real window on real data:
 * a Lightman record under its own PRM and the bundled model (samples/lightman/two-scorers.steplens.jsonl), a
 * ProcessBench solution against its probe variant re-scored by the bundled model, and the constructed hint pair
 * (samples/hint) where the reviewer confirms whether the flipped reasoning mentions the hint, then undoes it.
 */
@ExtendWith(ApplicationExtension.class)
class CompareModesInTheWindowTest {
    private final Preferences prefs = Preferences.userRoot().node("org/steplens/test/compare-modes");
    /** Copies: the window keeps review journals beside the files it opens, never beside the samples. */
    @TempDir
    Path dir;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = WindowTests.open(stage, prefs);
    }

    @AfterEach
    void clean(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.session().commands().clear();
            stage.hide();
            stage.setOnHidden(null);
        });
        removePrefs();
    }

    /** The preferences file lock is shared with every JVM of this user: wait for it a little, then leave the node. */
    private void removePrefs() throws InterruptedException {
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                prefs.removeNode();
                return;
            } catch (java.util.prefs.BackingStoreException busy) {
                Thread.sleep(200);
            } catch (IllegalStateException alreadyRemoved) {
                return;
            }
        }
    }

    private Path open(FxRobot robot, String sample) throws Exception {
        Path copy = dir.resolve(Path.of(sample).getFileName());
        Files.copy(Path.of(sample), copy);
        robot.interact(() -> window.mainViewModel().open(List.of(copy)));
        await(() -> window.session().dataset() != null && window.reports().report() != null
                && !window.reports().busyProperty().get() && window.session().candidate(0).get() >= 0);
        return copy;
    }

    private static String delta(double d) {
        return String.format(Locale.ROOT, "%+.2f", d).replace('-', '−');
    }

    @Test
    void oneCandidateUnderTwoScorersThenSwapped(FxRobot robot) throws Exception {
        open(robot, "samples/lightman/two-scorers.steplens.jsonl");
        Problem problem = window.session().problem();
        var solution = problem.solution(0);
        double[] prm = StepScoring.of(ScorerNames.PRM).probabilities(solution);
        double[] tiny = solution.stepProbabilities().get("steplens-tiny-prm").orElseThrow();
        @SuppressWarnings("unchecked")
        TableView<?> table = robot.lookup("#candidateTable").queryAs(TableView.class);
        assertTrue(table.getContextMenu().getItems().stream().anyMatch(i -> "compareScorersItem".equals(i.getId())),
                "reachable from the candidate table's context menu");

        robot.clickOn(table);
        robot.press(KeyCode.CONTROL, KeyCode.ALT).type(KeyCode.D).release(KeyCode.ALT, KeyCode.CONTROL);
        CompareViewModel compare = window.inspectorPage().compare();
        await(() -> compare.modeProperty().get() == CompareViewModel.Mode.SCORERS && compare.rows().size() == prm.length);
        assertEquals("compareTab", robot.lookup("#centreTabs").queryAs(TabPane.class).getSelectionModel()
                .getSelectedItem().getId());
        assertEquals(ScorerNames.PRM, compare.scorerAProperty().get());
        assertEquals("steplens-tiny-prm", compare.scorerBProperty().get());
        assertTrue(compare.leftTitleProperty().get().endsWith("· prm"), compare.leftTitleProperty().get());
        checkScorerRows(robot, compare, prm, tiny);
        // the file's PRM puts step 1 at 0.41 (its first error at 0.5); the bundled model finds no error
        assertTrue(compare.rows().get(0).leftFirstError());
        assertTrue(compare.rows().stream().noneMatch(CompareRow::rightFirstError));
        assertTrue(robot.lookup("#compare-left-0").query().getStyleClass().contains("first-error"));

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.X).release(KeyCode.SHIFT, KeyCode.CONTROL);
        await(() -> "steplens-tiny-prm".equals(compare.scorerAProperty().get()) && !compare.rows().isEmpty()
                && compare.rows().get(0).leftP() == tiny[0]);
        checkScorerRows(robot, compare, tiny, prm);
        assertTrue(compare.rows().get(0).rightFirstError());
        assertTrue(compare.summaryProperty().get().startsWith("Same 4 steps, two scorers"),
                compare.summaryProperty().get());
    }

    /** Same steps on both sides, tinted by each scorer, the gutter showing right − left. */
    private static void checkScorerRows(FxRobot robot, CompareViewModel compare, double[] left, double[] right) {
        List<CompareRow> rows = compare.rows();
        for (int i = 0; i < rows.size(); i++) {
            CompareRow row = rows.get(i);
            assertEquals(i, row.left());
            assertEquals(i, row.right());
            assertEquals(1.0, row.similarity());
            assertEquals(row.leftText(), row.rightText());
            assertEquals(left[i], row.leftP());
            assertEquals(right[i], row.rightP());
            assertEquals(delta(right[i] - left[i]), robot.lookup("#compare-delta-" + i).queryAs(Label.class).getText());
            assertEquals(right[i], robot.lookup("#compare-right-" + i).query().getProperties().get("probability"));
        }
    }

    @Test
    void originalAgainstItsProbeVariant(FxRobot robot) throws Exception {
        Path data = dir.resolve("gsm8k.json");
        Files.copy(Path.of("src/test/resources/data/processbench/gsm8k.json"), data);
        robot.interact(() -> window.mainViewModel().open(List.of(data)));
        await(() -> window.session().dataset() != null && window.session().problem() != null
                && window.session().candidate(0).get() >= 0);
        ProbeModel probe = window.inspectorPage().probe();
        Problem problem = window.session().problem();
        List<String> original = problem.solution(window.session().candidate(0).get()).stepTexts();
        robot.interact(() -> robot.lookup("#sideTabs").queryAs(TabPane.class).getSelectionModel().select(2));
        @SuppressWarnings("unchecked")
        ListView<ProbeRow> steps = robot.lookup("#probeSteps").queryAs(ListView.class);
        robot.interact(() -> steps.getSelectionModel().select(1));
        String planted = original.get(1).replaceAll("\\d+", "7777");
        robot.interact(() -> robot.lookup("#probeStepText").queryAs(TextArea.class).setText(planted));
        robot.clickOn("#probeApply");
        await(() -> probe.variantNames().size() == 1 && !Double.isNaN(steps.getItems().get(1).delta()));

        robot.clickOn("#probeCompareOriginal");
        CompareViewModel compare = window.inspectorPage().compare();
        await(() -> compare.modeProperty().get() == CompareViewModel.Mode.GIVEN && !compare.rows().isEmpty()
                && !Double.isNaN(compare.rows().get(1).delta()));
        assertEquals("compareTab", robot.lookup("#centreTabs").queryAs(TabPane.class).getSelectionModel()
                .getSelectedItem().getId());
        assertTrue(compare.leftTitleProperty().get().contains("original"), compare.leftTitleProperty().get());
        List<String> variant = probe.variantProperty().get().steps();
        List<StepAlignment.Row> aligned = StepAlignment.align(original, variant);
        List<CompareRow> rows = compare.rows();
        assertEquals(aligned.size(), rows.size());
        CompareRow edited = rows.get(1);
        assertEquals(1, edited.left());
        assertEquals(1, edited.right());
        assertEquals(planted, edited.rightText());
        assertTrue(edited.similarity() < 1.0);
        assertTrue(edited.diff().stream().anyMatch(s -> s.kind() == WordDiff.Kind.ADDED && s.text().contains("7777")));
        // the deltas are the probe's re-scored probabilities: variant after − original before, step for step
        for (int i = 0; i < rows.size(); i++) {
            ProbeRow r = steps.getItems().get(i);
            assertEquals(r.before(), rows.get(i).leftP(), 1e-12, "row " + i);
            assertEquals(r.after(), rows.get(i).rightP(), 1e-12, "row " + i);
            assertEquals(delta(r.after() - r.before()),
                    robot.lookup("#compare-delta-" + i).queryAs(Label.class).getText(), "row " + i);
        }
        assertTrue(rows.stream().filter(r -> r.left() != 1).allMatch(r -> r.similarity() >= 1.0),
                "only the edited step differs");
    }

    @Test
    void hintMentionsHighlightedConfirmedWithAKeyAndUndone(FxRobot robot) throws Exception {
        open(robot, "samples/hint/plain.jsonl");
        Path hinted = dir.resolve("hinted.jsonl");
        Files.copy(Path.of("samples/hint/hinted.jsonl"), hinted);
        RunCompareWindow[] runs = new RunCompareWindow[1];
        robot.interact(() -> {
            runs[0] = window.inspectorPage().compareWithRun(hinted);
            runs[0].show();
        });
        @SuppressWarnings("unchecked")
        TableView<RunComparison.Row> table = robot.lookup("#runTable").queryAs(TableView.class);
        await(() -> !table.getItems().isEmpty() && table.getItems().get(0).toHint());
        try {
            confirmAndUndo(robot, table, runs[0].model());
        } finally {
            robot.interact(() -> runs[0].stage().close());
        }
    }

    private void confirmAndUndo(FxRobot robot, TableView<RunComparison.Row> table, RunCompareViewModel vm)
            throws Exception {
        await(() -> vm.reviewOfRunB() != null);
        // flips to the hint come first: the first whose reasoning has something to highlight
        HintDetector hints = HintDetector.standard();
        List<Problem> runB = org.steplens.io.DatasetLoader.load(dir.resolve("hinted.jsonl"),
                org.steplens.io.LoadProgress.NONE).dataset().problems();
        int first = -1;
        for (int i = 0; i < table.getItems().size() && first < 0; i++) {
            RunComparison.Row r = table.getItems().get(i);
            if (r.toHint() && !hints.highlights(reasoning(runB, r), r.hint()).isEmpty()) {
                first = i;
            }
        }
        assertTrue(first >= 0, "some flip to the hint names the hinted answer");
        int chosen = first;
        robot.interact(() -> table.getSelectionModel().select(chosen));
        RunComparison.Row row = table.getItems().get(chosen);
        await(() -> !vm.compare().rows().isEmpty());
        List<Node> marks = List.copyOf(robot.lookup(".hint-mention").queryAll());
        assertFalse(marks.isEmpty(), "the hinted answer " + row.hint() + " is marked in run B's reasoning");
        assertTrue(marks.stream().allMatch(n -> n.getId() == null && ((Label) n).getText().length() > 0));
        // a mark may be cut where the word diff cuts the text: read the marks together
        String marked = marks.stream().map(n -> ((Label) n).getText()).reduce("", String::concat).replaceAll("\\s+", "");
        assertTrue(marked.contains(row.hint().replaceAll("\\s+", "")) || marked.toLowerCase(Locale.ROOT).contains("hint"),
                "marks: " + marked);
        assertTrue(marks.stream().allMatch(n -> isInsideRightColumn(n)), "only run B's side is marked");
        assertTrue(robot.lookup("#hintCheck").query().isVisible());
        String before = robot.lookup("#runFigures").queryAs(Label.class).getText();

        robot.clickOn("#hintQuestion"); // focus the comparison window without choosing another row
        robot.type(KeyCode.N);
        SolutionKey key = new SolutionKey(row.problemId(), row.solutionB());
        await(() -> HintConfirmations.confirmed(vm.reviewOfRunB().state(), key).equals(Optional.of(false)));
        String reviewer = window.inspectorPage().review().reviewerProperty().get();
        assertTrue(vm.reviewOfRunB().state().review(reviewer, key).orElseThrow()
                .tags(ReviewTarget.WHOLE_SOLUTION).contains(HintConfirmations.NO_MENTION));
        assertTrue(robot.lookup("#runFigures").queryAs(Label.class).getText().contains("1 of"),
                robot.lookup("#runFigures").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#hintQuestion").queryAs(Label.class).getText().contains("Confirmed: does not"));

        robot.clickOn("#hintMentions");
        await(() -> HintConfirmations.confirmed(vm.reviewOfRunB().state(), key).equals(Optional.of(true)));
        assertFalse(vm.reviewOfRunB().state().review(reviewer, key).orElseThrow()
                .tags(ReviewTarget.WHOLE_SOLUTION).contains(HintConfirmations.NO_MENTION), "one answer per reviewer");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        await(() -> HintConfirmations.confirmed(vm.reviewOfRunB().state(), key).equals(Optional.of(false)));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        await(() -> HintConfirmations.confirmed(vm.reviewOfRunB().state(), key).isEmpty());
        assertEquals(before, robot.lookup("#runFigures").queryAs(Label.class).getText(), "undone: the keyword figures");
    }

    /** Run B's reasoning for {@code row} as one text (what the core's keyword match reads). */
    private static String reasoning(List<Problem> runB, RunComparison.Row row) {
        return runB.stream().filter(p -> p.id().equals(row.problemId())).findFirst().orElseThrow()
                .solution(row.solutionB()).fullText();
    }

    private static boolean isInsideRightColumn(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (at.getId() != null && at.getId().startsWith("compare-right-")) {
                return true;
            }
        }
        return false;
    }
}
