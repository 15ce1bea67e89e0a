package org.steplens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.steplens.ui.WindowTests.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.steplens.ui.browse.ProblemListView;
import org.steplens.ui.shell.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The problem list in the real window at 1366×768 on real files: nothing cut, every control reached by Tab, the
 * solution pane never shows a problem the list hides, a fresh search per file, and a file nothing can be read from.
 */
@ExtendWith(ApplicationExtension.class)
class ProblemListInTheWindowTest {
    private static final Path DATA = Path.of("src/test/resources/data");
    private static final Path PROCESSBENCH = DATA.resolve("processbench/math.json");
    private static final Path LIGHTMAN = DATA.resolve("lightman/scored_sample_example1.json");
    private static final Path QWEN = DATA.resolve("qwen25math/math_cot_100.jsonl");
    private final Preferences prefs = Preferences.userRoot().node("org/steplens/test/problemlist");
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = WindowTests.open(stage, prefs);
        SmallScreen.apply(stage);
    }

    @AfterEach
    void clean() throws Exception {
        prefs.removeNode();
    }

    private void open(FxRobot robot, Path file) throws Exception {
        robot.interact(() -> window.mainViewModel().open(List.of(file)));
        await(() -> !window.mainViewModel().loadingProperty().get());
        await(() -> window.session().problem() == null || window.reports().report() != null
                && !window.reports().busyProperty().get());
    }

    private ProblemListView pane(FxRobot robot) {
        return robot.lookup(".problem-list-view").queryAs(ProblemListView.class);
    }

    @Test
    void atTheSmallScreenNothingIsCutAndTabReachesEveryControlThenTheList(FxRobot robot) throws Exception {
        open(robot, PROCESSBENCH);
        assertTrue(window.scene().getWidth() <= SmallScreen.WIDTH && window.scene().getHeight() <= SmallScreen.HEIGHT,
                "the small screen or less");
        ProblemListView pane = pane(robot);
        Bounds paneBounds = pane.localToScene(pane.getLayoutBounds());
        List<String> ids = List.of("search", "subjectFilter", "levelFilter", "sourceFilter", "sort", "filterDisagree",
                "filterConvincing", "filterRightWrong", "filterHuman", "filterMisses", "filterEarly", "filterLate");
        for (String id : ids) {
            Node n = robot.lookup("#" + id).query();
            Bounds b = n.localToScene(n.getLayoutBounds());
            assertTrue(b.getMinX() >= paneBounds.getMinX() - 0.5 && b.getMaxX() <= paneBounds.getMaxX() + 0.5,
                    id + " " + b + " lies inside the pane " + paneBounds);
            assertTrue(b.getWidth() >= Math.min(n.prefWidth(-1), 60) - 0.5, id + " is not squeezed: " + b.getWidth());
        }
        Parent controls = robot.lookup("#search").queryAs(Node.class).getParent();
        ClippedTextCheck.assertNone(controls); // no label or box text ends in an ellipsis

        // Tab from the search walks every control in order, then into the list, where the arrows move
        robot.clickOn("#search");
        List<String> reached = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Node focused = window.scene().getFocusOwner();
            reached.add(idOf(focused));
            assertTrue(focused.isVisible() && focused.getLayoutBounds().getWidth() > 0, idOf(focused));
            robot.type(KeyCode.TAB);
        }
        assertEquals(ids, reached);
        assertEquals("problemList", idOf(window.scene().getFocusOwner()), "after the last filter comes the list");
        ListView<?> list = robot.lookup("#problemList").queryAs(ListView.class);
        int before = list.getSelectionModel().getSelectedIndex();
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before + 1, list.getSelectionModel().getSelectedIndex(), "the arrows move in the list");
        assertSame(list.getSelectionModel().getSelectedItem(), window.inspectorPage().problemList().selectedProperty().get());
        // and Down from the search field goes straight to the results
        robot.clickOn("#search").type(KeyCode.DOWN);
        assertEquals("problemList", idOf(window.scene().getFocusOwner()));

        // the first-error metrics table's click-through: its subset's problems the PRM misses
        robot.interact(() -> window.session().showInProblemList(new org.steplens.ui.session.ProblemListRequest(
                org.steplens.analyze.FailureKind.PRM_MISSES_FIRST_ERROR, "math")));
        assertEquals("processbench/math", robot.lookup("#sourceFilter").queryAs(ComboBox.class).getValue());
        assertTrue(robot.lookup("#filterMisses").queryAs(javafx.scene.control.CheckBox.class).isSelected());
        await(() -> window.inspectorPage().problemList().flagsReadyProperty().get());
        assertEquals(0, list.getItems().size(), "no step scores in this file: the PRM flags nothing, so it misses "
                + "nothing (unscored records are left out)");
    }

    /** The id of a node or of the control it belongs to (a combo box's focus sits on the box). */
    private static String idOf(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (at.getId() != null) {
                return at.getId();
            }
        }
        return String.valueOf(n);
    }

    @Test
    void theSolutionPaneFollowsTheListAndEachFileStartsWithAClearSearch(FxRobot robot) throws Exception {
        open(robot, QWEN);
        TextField search = robot.lookup("#search").queryAs(TextField.class);
        Button clear = robot.lookup("#clearSearch").queryAs(Button.class);
        assertFalse(clear.isVisible(), "nothing to clear yet");
        robot.clickOn(search).interact(() -> search.setText("zzzz no such problem"));
        await(() -> window.session().problem() == null);
        assertTrue(robot.lookup("#problemListEmpty").queryAs(Label.class).getText().startsWith("No problems match"));
        assertTrue(clear.isVisible());
        robot.clickOn(clear);
        await(() -> window.session().problem() != null);
        assertEquals("", search.getText());
        assertTrue(search.isFocused(), "the field keeps the focus");

        String word = "triangle";
        robot.write("t").interact(() -> search.setText(word));
        await(() -> window.session().problem() != null
                && window.session().problem().text().toLowerCase(java.util.Locale.ROOT).contains(word));
        assertTrue(window.inspectorPage().problemList().visible().stream()
                .anyMatch(i -> i.problem() == window.session().problem()), "the shown problem is in the list");
        robot.type(KeyCode.ESCAPE);
        assertEquals("", search.getText(), "Esc clears the search");

        robot.interact(() -> search.setText(word));
        open(robot, LIGHTMAN);
        assertEquals("", search.getText(), "the next file starts with the whole list");
        assertEquals("1 problem", robot.lookup("#problemCount").queryAs(Label.class).getText());
        // the Scorer box shows the file's scorer, also after its list of scorers is replaced
        ComboBox<?> scorer = robot.lookup("#scorer").queryAs(ComboBox.class);
        await(() -> scorer.getValue() != null);
        Object shown = scorer.getValue();
        robot.interact(() -> window.inspectorPage().controls().setScorers(List.of(String.valueOf(shown), "other")));
        assertEquals(shown, scorer.getValue());
        robot.interact(() -> window.inspectorPage().controls().setScorers(List.of(String.valueOf(shown))));
        assertEquals(shown, scorer.getValue(), "its only entry is still shown");
    }

    @Test
    void aFileNothingCanBeReadFromKeepsTheOpenOneAndEscClosesTheReport(FxRobot robot, @TempDir Path dir) throws Exception {
        open(robot, LIGHTMAN);
        var before = window.session().dataset();
        Path notes = dir.resolve("notes.json");
        Files.writeString(notes, "these are notes, not a dataset");
        robot.interact(() -> window.mainViewModel().open(List.of(notes)));
        await(() -> reportWindow(robot) != null);
        assertSame(before, window.session().dataset(), "the open dataset stays");
        assertEquals("1 problem", robot.lookup("#problemCount").queryAs(Label.class).getText());
        String heading = robot.lookup("#loadReportHeading").queryAs(Label.class).getText();
        assertTrue(heading.startsWith("Nothing could be read from notes.json: "), heading);
        assertNotNull(window.session().problem(), "the inspector still shows a problem, with no stray message");
        robot.clickOn("#loadReportList").type(KeyCode.ESCAPE);
        await(() -> reportWindow(robot) == null);
        assertNull(reportWindow(robot));
    }

    private static Window reportWindow(FxRobot robot) {
        return robot.listWindows().stream().filter(w -> w instanceof Stage s && "Load report".equals(s.getTitle())
                && w.isShowing()).findFirst().orElse(null);
    }
}
