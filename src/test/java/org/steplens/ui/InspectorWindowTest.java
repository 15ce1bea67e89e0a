package org.steplens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.steplens.ui.WindowTests.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.steplens.model.Problem;
import org.steplens.select.Pick;
import org.steplens.select.ProblemSelection;
import org.steplens.select.SelectionSettings;
import org.steplens.select.Selections;
import org.steplens.ui.analysis.MethodLabels;
import org.steplens.ui.common.PrmColorScale;
import org.steplens.ui.common.Theme;
import org.steplens.ui.shell.MainWindow;
import org.steplens.ui.solution.CandidateRow;
import org.steplens.ui.solution.SolutionViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window (real loader, selection engine, background runners) headless on real files. */
@ExtendWith(ApplicationExtension.class)
class InspectorWindowTest {
    private static final Path DATA = Path.of("src/test/resources/data");
    private static final Path LIGHTMAN = DATA.resolve("lightman/scored_sample_example1.json");
    private static final Path QWEN = DATA.resolve("qwen25math/math_cot_100.jsonl");
    private final Preferences prefs = Preferences.userRoot().node("org/steplens/test/window");
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = WindowTests.open(stage, prefs);
    }

    @AfterEach
    void clean() throws Exception {
        prefs.removeNode();
    }

    private void open(FxRobot robot, Path... files) throws Exception {
        robot.interact(() -> window.mainViewModel().open(List.of(files)));
        await(() -> window.mainViewModel().datasetProperty().get() != null);
        await(() -> window.reports().report() != null && !window.reports().busyProperty().get());
    }

    private static VBox steps(FxRobot robot) {
        return robot.lookup("#steps").queryAs(VBox.class);
    }

    private static boolean isFirstError(Node step) {
        return step.getStyleClass().contains("first-error");
    }

    @Test
    void stepsAreColouredAndTheFirstErrorMovesWithTheThreshold(FxRobot robot) throws Exception {
        open(robot, LIGHTMAN);
        assertEquals("1 problem", robot.lookup("#problemCount").queryAs(Label.class).getText());
        assertEquals(1, robot.lookup("#candidateTable").queryAs(TableView.class).getItems().size());
        VBox steps = steps(robot);
        assertEquals(4, steps.getChildren().size());
        double[] expected = {0.387681464904673 + 0.01925049232449113, 0.9101000509718192 + 0.0327972565325028,
                0.9291714977657496 + 0.028413614709511318, 0.1384993425138924 + 0.11073959768554346};
        for (int i = 0; i < 4; i++) {
            Node step = steps.getChildren().get(i);
            assertEquals(expected[i], (double) step.getProperties().get("probability"), 1e-9);
            assertTrue(step.getStyle().contains(PrmColorScale.cssTint(expected[i])), step.getStyle());
            Label chip = robot.from(step).lookup(".prob-chip").queryAs(Label.class);
            assertEquals(PrmColorScale.label(expected[i]), chip.getText());
            assertTrue(chip.getStyle().contains(PrmColorScale.css(expected[i])), chip.getStyle());
        }
        assertTrue(isFirstError(steps.getChildren().get(0)));
        assertTrue(robot.from(steps.getChildren().get(0)).lookup("#firstErrorBanner").tryQuery().isPresent(),
                "the mark is a banner with words, not colour alone");
        assertFalse(isFirstError(steps.getChildren().get(3)));

        Slider threshold = robot.lookup("#threshold").queryAs(Slider.class);
        robot.interact(() -> threshold.setValue(0.35));
        await(() -> isFirstError(steps(robot).getChildren().get(3)));
        assertFalse(isFirstError(steps(robot).getChildren().get(0)));
        assertEquals("First predicted error: step 4 (P(correct) below 0.35).",
                robot.lookup("#notice").queryAs(Label.class).getText());
        assertEquals("0.35", robot.lookup("#thresholdValue").queryAs(Label.class).getText());

        robot.interact(() -> threshold.setValue(0.2));
        await(() -> steps(robot).getChildren().stream().noneMatch(InspectorWindowTest::isFirstError));
        robot.interact(() -> threshold.setValue(0.5));
        await(() -> isFirstError(steps(robot).getChildren().get(0)));
        robot.clickOn("#candidateTable");
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        await(() -> window.inspectorPage().solutionView().focusedStep() == 0);
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        await(() -> window.inspectorPage().solutionView().focusedStep() == 3);

        // each threshold change is an undoable command: Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y walk through them
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        await(() -> "0.20".equals(robot.lookup("#thresholdValue").queryAs(Label.class).getText()));
        assertEquals("Redo threshold 0.50", ((javafx.scene.control.MenuBar) window.scene().getRoot().lookup(".menu-bar"))
                .getMenus().get(1).getItems().get(1).getText());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        await(() -> "0.35".equals(robot.lookup("#thresholdValue").queryAs(Label.class).getText()));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        await(() -> "0.50".equals(robot.lookup("#thresholdValue").queryAs(Label.class).getText()));
        assertFalse(window.session().commands().canRedoProperty().get());
    }

    @Test
    void picksMatchTheSelectionEngineAndClickingOneShowsIt(FxRobot robot) throws Exception {
        open(robot, QWEN);
        assertEquals("100 problems", robot.lookup("#problemCount").queryAs(Label.class).getText());
        ListView<?> problems = robot.lookup("#problemList").queryAs(ListView.class);
        robot.interact(() -> problems.getSelectionModel().select(3));
        Problem problem = window.mainViewModel().problems().get(3);
        await(() -> window.reports().report() != null && window.reports().report().problem() == problem);
        @SuppressWarnings("unchecked")
        TableView<CandidateRow> table = robot.lookup("#candidateTable").queryAs(TableView.class);
        assertEquals(8, table.getItems().size());
        assertEquals(SolutionViewModel.NO_SCORES, robot.lookup("#notice").queryAs(Label.class).getText(),
                "this file has no step scores, and the view says what to do");

        ProblemSelection engine = Selections.pick(problem, SelectionSettings.defaults().withMethods(MethodLabels.SHOWN));
        for (Pick p : engine.picks()) {
            Node row = robot.lookup("#pick-" + p.method().name()).query();
            assertEquals(p.solutionIndex(), row.getProperties().get("candidate"), p.method().toString());
            if (p.hasPick()) {
                assertEquals(p.answer(), robot.lookup("#pickAnswer-" + p.method().name()).queryAs(Label.class).getText());
            }
        }
        Pick orm = engine.pick(org.steplens.select.SelectionMethod.ORM).orElseThrow();
        assertTrue(orm.hasPick());
        robot.clickOn("#pick-ORM");
        await(() -> window.session().candidate(0).get() == orm.solutionIndex());
        assertEquals(orm.solutionIndex(), table.getSelectionModel().getSelectedItem().index());
        assertTrue(table.getSelectionModel().getSelectedItem().pickedBy().contains(org.steplens.select.SelectionMethod.ORM));
    }

    @Test
    void keyboardSearchAndProblemNavigation(FxRobot robot) throws Exception {
        open(robot, QWEN);
        Problem first = window.session().problemProperty().get();
        assertEquals(window.mainViewModel().problems().get(0), first);
        robot.clickOn("#candidateTable");
        robot.press(KeyCode.CONTROL).type(KeyCode.DOWN).release(KeyCode.CONTROL);
        await(() -> window.session().problemProperty().get() == window.mainViewModel().problems().get(1));
        robot.press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);
        await(() -> window.session().candidate(0).get() == 1);
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#search").query().isFocused());
        robot.write("nearest whole");
        await(() -> "1 of 100 problems".equals(robot.lookup("#problemCount").queryAs(Label.class).getText()));
    }

    @Test
    void loadErrorsAreOneClickAway(FxRobot robot, @TempDir Path dir) throws Exception {
        List<String> lines = Files.readAllLines(QWEN);
        Path file = dir.resolve("broken.jsonl");
        Files.write(file, List.of(lines.get(0), "not json at all", lines.get(1)));
        open(robot, file);
        Hyperlink errors = robot.lookup("#loadErrors").queryAs(Hyperlink.class);
        assertTrue(errors.isVisible());
        assertEquals("1 load error", errors.getText());
        robot.clickOn(errors);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> report = robot.lookup("#loadReportList").queryAs(ListView.class);
        assertNotNull(report);
        assertEquals(1, report.getItems().size());
        assertTrue(report.getItems().get(0).toString().startsWith(file + ":2: "), report.getItems().get(0).toString());
    }

    @Test
    void theBestOfNTabReceivesTheOpenFileAndCanOpenAProblemInTheInspector(FxRobot robot) throws Exception {
        open(robot, QWEN);
        robot.clickOn("Best-of-N");
        var dashboard = robot.lookup(".bestofn-dashboard").queryAs(org.steplens.ui.bestofn.BestOfNDashboard.class);
        await(() -> dashboard.viewModel().datasetProperty().get() == window.mainViewModel().datasetProperty().get());
        Problem fifth = window.mainViewModel().problems().get(4);
        // what the dashboard's "open in inspector" does: set the inspected problem
        robot.interact(() -> window.session().problemProperty().set(fifth));
        await(() -> window.inspectorPage().problemList().selectedProperty().get().problem() == fifth);
        assertEquals(0, robot.lookup("#views").queryAs(javafx.scene.control.TabPane.class).getSelectionModel().getSelectedIndex(),
                "back on the inspector tab");
        assertTrue(robot.lookup("#candidateTable").query().isVisible());
    }

    @Test
    void darkThemeKeepsTheMathReadable(FxRobot robot) throws Exception {
        open(robot, LIGHTMAN);
        robot.clickOn("#themeToggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Theme.DARK, window.themeProperty().get());
        assertEquals(4, steps(robot).getChildren().size());
        robot.clickOn("#themeToggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Theme.LIGHT, window.themeProperty().get());
    }
}
