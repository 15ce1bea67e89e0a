package org.steplens.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.steplens.ui.WindowTests.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.steplens.deck.DeckCase;
import org.steplens.deck.DeckFile;
import org.steplens.ui.WindowTests;
import org.steplens.ui.shell.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A presenter opens two real Lightman et al. solutions, bookmarks both into a deck with Ctrl+B (undo and redo
 * included), presses F5 and steps through the beats of the first one with the keyboard, checking what the audience
 * sees at each beat, moves to the next case with PageDown, and leaves with Esc. The deck file beside the data is
 * checked after each edit.
 */
@ExtendWith(ApplicationExtension.class)
class PresenterInTheWindowTest {
    private final Preferences prefs = Preferences.userRoot().node("org/steplens/test/presenter-window");
    @TempDir
    Path dir;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = WindowTests.open(stage, prefs);
    }

    @AfterEach
    void clean() throws Exception {
        prefs.removeNode();
    }

    private static void key(FxRobot robot, KeyCode... keys) {
        robot.press(keys).release(reverse(keys));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static KeyCode[] reverse(KeyCode[] keys) {
        KeyCode[] r = new KeyCode[keys.length];
        for (int i = 0; i < keys.length; i++) {
            r[i] = keys[keys.length - 1 - i];
        }
        return r;
    }

    private static boolean shown(Node n) {
        for (Node x = n; x != null; x = x.getParent()) {
            if (!x.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static List<DeckCase> savedDeck(Path file) {
        try {
            return DeckFile.read(file).deck().cases();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void bookmarkPresentStepThroughBeatsAndLeave(FxRobot robot) throws Exception {
        Path one = dir.resolve("example1.json");
        Path two = dir.resolve("example2.json");
        Files.copy(Path.of("src/test/resources/data/lightman/scored_sample_example1.json"), one);
        Files.copy(Path.of("src/test/resources/data/lightman/scored_sample_example2.json"), two);
        robot.interact(() -> window.mainViewModel().open(List.of(one, two)));
        await(() -> window.session().dataset() != null && window.reports().report() != null
                && !window.reports().busyProperty().get() && window.deck().file() != null);

        // Ctrl+B bookmarks the shown case; the second problem too; Ctrl+Z takes it back, Ctrl+Shift+Z redoes it
        Path deckFile = dir.resolve("example1.steplens-deck.json");
        String first = window.session().problem().id();
        key(robot, KeyCode.CONTROL, KeyCode.B);
        robot.interact(() -> window.session().problemProperty().set(window.session().problems().get(1)));
        await(() -> window.reports().report() != null && !window.reports().busyProperty().get());
        String second = window.session().problem().id();
        key(robot, KeyCode.CONTROL, KeyCode.B);
        await(() -> Files.exists(deckFile) && savedDeck(deckFile).size() == 2);
        key(robot, KeyCode.CONTROL, KeyCode.Z);
        await(() -> savedDeck(deckFile).size() == 1);
        key(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        await(() -> savedDeck(deckFile).size() == 2);
        assertEquals(List.of(first, second), savedDeck(deckFile).stream().map(DeckCase::problemId).toList());

        // back to the first problem, then F5
        robot.interact(() -> window.deck().show(0));
        await(() -> window.reports().report() != null && !window.reports().busyProperty().get()
                && first.equals(window.reports().report().problem().id()));
        Parent main = window.scene().getRoot();
        key(robot, KeyCode.F5);
        PresenterMode mode = window.presenter();
        assertTrue(mode.presentingProperty().get());
        PresenterView view = mode.view();
        assertSame(view, window.scene().getRoot());
        assertTrue(shown(robot.lookup("#presenterProblem").query()), "the problem is at the top");
        assertTrue(shown(robot.lookup("#presenterLegend").query()), "the legend is in the corner");
        assertTrue(robot.lookup("#problemList").tryQuery().isEmpty() && robot.lookup(".tool-bar").tryQuery().isEmpty(),
                "lists and toolbars are hidden");
        List<PresenterStep> rows = view.rows();
        assertEquals(4, rows.size());
        assertTrue(rows.stream().noneMatch(PresenterStep::isVisible), "only the problem before the first beat");

        // step 1: text, then its probability (0.41, below 0.5), then the first-error beat
        key(robot, KeyCode.SPACE);
        assertTrue(rows.get(0).isVisible());
        assertFalse(rows.get(0).chipVisible());
        key(robot, KeyCode.RIGHT);
        assertTrue(rows.get(0).chipVisible());
        assertFalse(rows.get(0).errorLabelVisible());
        assertFalse(rows.get(1).isVisible());
        key(robot, KeyCode.SPACE);
        assertTrue(rows.get(0).errorLabelVisible(), "the first error gets its own beat");
        assertTrue(rows.get(0).getStyleClass().contains("first-error"));
        assertEquals("3 / 10", robot.lookup("#presenterCounter").queryAs(Label.class).getText());
        key(robot, KeyCode.LEFT);
        assertFalse(rows.get(0).errorLabelVisible(), "← takes the beat back");
        assertTrue(rows.get(0).chipVisible());

        // B blacks the screen and the next key lights it without advancing
        key(robot, KeyCode.B);
        assertTrue(robot.lookup("#presenterCurtain").query().isVisible());
        key(robot, KeyCode.SPACE);
        assertFalse(robot.lookup("#presenterCurtain").query().isVisible());
        assertFalse(rows.get(0).errorLabelVisible());

        // R: everything, with the ground truth at the end
        key(robot, KeyCode.R);
        assertTrue(rows.stream().allMatch(r -> r.isVisible() && r.chipVisible()));
        Label finale = robot.lookup("#presenterFinale").queryAs(Label.class);
        assertTrue(finale.isVisible());
        assertTrue(finale.getText().contains("Ground truth: -2+7i"), finale.getText());

        // zoom is remembered
        key(robot, KeyCode.CONTROL, KeyCode.EQUALS);
        assertEquals(1.1, mode.model().zoomProperty().get(), 1e-9);
        assertEquals(1.1, prefs.getDouble(PresenterViewModel.ZOOM_KEY, 0), 1e-9);

        // PageDown: the deck's next case, its reveal from the start
        key(robot, KeyCode.PAGE_DOWN);
        await(() -> window.reports().report() != null && !window.reports().busyProperty().get()
                && second.equals(window.reports().report().problem().id()));
        assertEquals(1, window.deck().positionProperty().get());
        assertTrue(view.rows().stream().noneMatch(PresenterStep::isVisible));

        key(robot, KeyCode.ESCAPE);
        assertFalse(mode.presentingProperty().get());
        assertSame(main, window.scene().getRoot());
    }
}
