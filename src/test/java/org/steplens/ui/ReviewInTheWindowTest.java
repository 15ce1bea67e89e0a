package org.steplens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.steplens.ui.WindowTests.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.steplens.review.SolutionKey;
import org.steplens.review.SolutionReview;
import org.steplens.review.StepRating;
import org.steplens.ui.review.ReviewModel;
import org.steplens.ui.shell.MainWindow;
import org.steplens.ui.shell.StepLensApp;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A reviewer rates a real ProcessBench solution with the keyboard only, undoes and redoes, works blind, and finds the
 * ratings again after a restart: the real window, the real journal beside the data file.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewInTheWindowTest {
    private final Preferences prefs = Preferences.userRoot().node("org/steplens/test/review-window");
    @TempDir
    Path dir;
    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = WindowTests.open(stage, prefs);
    }

    @AfterEach
    void clean() throws Exception {
        prefs.removeNode();
    }

    private static void open(FxRobot robot, MainWindow w, Path file) throws Exception {
        robot.interact(() -> w.mainViewModel().open(List.of(file)));
        await(() -> w.session().dataset() != null && w.inspectorPage().review().store() != null);
        await(() -> w.reports().report() != null && !w.reports().busyProperty().get());
    }

    private static Map<Integer, StepRating> ratings(ReviewModel review) {
        return review.current().map(SolutionReview::ratings).orElse(Map.of());
    }

    @Test
    void rateByKeyboardUndoRedoBlindAndRestart(FxRobot robot) throws Exception {
        Path data = dir.resolve("gsm8k.json");
        Files.copy(Path.of("src/test/resources/data/processbench/gsm8k.json"), data);
        open(robot, window, data);
        ReviewModel review = window.inspectorPage().review();
        robot.interact(() -> review.reviewerProperty().set("ana"));

        // keyboard only: Ctrl+R review mode, 3 = +1, 1 = -1 (the focus moves on after each rating)
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(review.reviewModeProperty().get());
        robot.type(KeyCode.DIGIT3).type(KeyCode.DIGIT1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Map.of(0, StepRating.POSITIVE, 1, StepRating.NEGATIVE), ratings(review));

        // Ctrl+Z undoes the -1, Ctrl+Shift+Z brings it back
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Map.of(0, StepRating.POSITIVE), ratings(review));
        assertEquals("rating of step 1 (+1)", window.session().commands().undoDescriptionProperty().get());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Map.of(0, StepRating.POSITIVE, 1, StepRating.NEGATIVE), ratings(review));
        assertFalse(stage.getTitle().startsWith("• "), "reviews are saved as they are made: " + stage.getTitle());

        // blind: the next unreviewed solution shows no scores, correctness or picks until it is rated
        robot.interact(() -> review.blindProperty().set(true));
        SolutionKey first = review.currentKey();
        robot.type(KeyCode.J);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotSame(first, review.currentKey());
        assertEquals("gsm8k-1", review.currentKey().problemId());
        assertTrue(window.session().scoresConcealed());
        TableView<?> table = robot.lookup("#candidateTable").queryAs(TableView.class);
        assertFalse(table.getColumns().get(2).isVisible(), "the Correct column is hidden");
        assertTrue(robot.lookup("#verdict").query().isVisible() == false);
        int steps = window.session().problem().solution(0).stepCount();
        for (int i = 0; i < steps; i++) {
            robot.type(KeyCode.DIGIT3);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.session().scoresConcealed(), "revealed once every step is rated");
        assertTrue(table.getColumns().get(2).isVisible());
        assertTrue(robot.lookup("#verdict").query().isVisible());

        // restart: a new window on the same file finds the ratings in the journal beside it
        robot.interact(() -> stage.close());
        assertTrue(Files.exists(dir.resolve("gsm8k.steplens-review.jsonl")));
        MainWindow[] again = new MainWindow[1];
        robot.interact(() -> {
            Stage second = new Stage();
            again[0] = new MainWindow(second, StepLensApp.defaultServices(prefs));
            again[0].show();
        });
        open(robot, again[0], data);
        ReviewModel reopened = again[0].inspectorPage().review();
        Optional<SolutionReview> ana = reopened.store().state().review("ana", new SolutionKey("gsm8k-0", 0));
        assertEquals(Map.of(0, StepRating.POSITIVE, 1, StepRating.NEGATIVE), ana.orElseThrow().ratings());
        assertEquals(steps, reopened.store().state().review("ana", new SolutionKey("gsm8k-1", 0)).orElseThrow()
                .ratings().size());
        robot.interact(() -> again[0].session().commands().clear());
    }
}
