package org.steplens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.steplens.ui.WindowTests.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.steplens.io.DatasetLoader;
import org.steplens.io.LoadProgress;
import org.steplens.model.Dataset;
import org.steplens.model.Solution;
import org.steplens.ui.shell.MainWindow;
import org.steplens.ui.shell.StepLensApp;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Scores made in the app with the bundled model are never lost, and never land in the wrong file: the real window,
 * the real loader and ONNX Runtime on real Qwen2.5-Math solutions.
 */
@ExtendWith(ApplicationExtension.class)
class ScoresInTheWindowTest {
    private static final Path MODEL = Path.of("samples/models/tiny-prm");
    private static final Path QWEN = Path.of("src/test/resources/data/qwen25math/math_cot_100.jsonl");
    private static final String SCORER = "steplens-tiny-prm";
    private final Preferences prefs = Preferences.userRoot().node("org/steplens/test/scores-window");
    @TempDir
    Path dir;
    private Stage stage;
    private MainWindow window;
    private String userCache;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = WindowTests.open(stage, prefs);
    }

    @BeforeEach
    void isolateTheUserCache() {
        userCache = System.getProperty("steplens.cache");
        System.setProperty("steplens.cache", dir.resolve("user-cache").toString());
    }

    @AfterEach
    void clean() throws Exception {
        if (userCache == null) {
            System.clearProperty("steplens.cache");
        } else {
            System.setProperty("steplens.cache", userCache);
        }
        prefs.removeNode();
    }

    /** The first {@code problems} problems (8 candidates each) of the real Qwen2.5-Math file, in a folder of their own. */
    private Path qwen(String folder, int problems) throws Exception {
        Path file = Files.createDirectories(dir.resolve(folder)).resolve("qwen.jsonl");
        Files.write(file, Files.readAllLines(QWEN).subList(0, problems));
        return file;
    }

    private void open(FxRobot robot, MainWindow w, Path file) throws Exception {
        robot.interact(() -> w.mainViewModel().open(List.of(file)));
        await(() -> w.session().dataset() != null);
        await(() -> w.reports().report() != null && !w.reports().busyProperty().get());
    }

    private static double[] firstCandidateScores(MainWindow w) {
        Solution s = w.session().dataset().problems().get(0).solution(0);
        return s.stepProbabilities().get(SCORER).orElseThrow();
    }

    @Test
    void scoresMadeInTheAppAreShownAgainAfterARestartAndCanBeSaved(FxRobot robot) throws Exception {
        Path input = qwen("a", 1);
        open(robot, window, input);
        assertFalse(window.session().dataset().stepScorers().contains(SCORER));
        robot.interact(() -> window.scoring().start(MODEL));
        await(() -> !window.scoring().runningProperty().get());
        assertTrue(window.scoring().statusProperty().get().startsWith("Scored with " + SCORER),
                window.scoring().statusProperty().get());
        assertEquals(SCORER, window.session().settings().stepScorer());
        double[] scored = firstCandidateScores(window);
        assertTrue(stage.getTitle().startsWith("• "), "unsaved: " + stage.getTitle());

        // the scores are an undoable edit
        var commands = window.session().commands();
        assertEquals("scores from " + SCORER, commands.undoDescriptionProperty().get());
        robot.interact(commands::undo);
        assertFalse(window.session().dataset().stepScorers().contains(SCORER));
        assertFalse(stage.getTitle().startsWith("• "));
        robot.interact(commands::redo);
        assertEquals(SCORER, window.session().settings().stepScorer());

        // File ▸ Save as…: never over the input; elsewhere, the native file carries the scores
        robot.interact(() -> window.mainViewModel().saveAs(input));
        assertTrue(window.session().statusProperty().get().startsWith("Not saved"));
        Path saved = dir.resolve("saved.steplens.jsonl");
        robot.interact(() -> window.mainViewModel().saveAs(saved));
        await(() -> window.session().statusProperty().get().startsWith("Saved "));
        assertFalse(stage.getTitle().startsWith("• "), stage.getTitle());
        Dataset written = DatasetLoader.load(saved, LoadProgress.NONE).dataset();
        assertTrue(written.stepScorers().contains(SCORER));

        // close the window, start afresh (nothing kept in memory), open the same input: the scores are back
        robot.interact(stage::close);
        MainWindow[] next = new MainWindow[1];
        robot.interact(() -> {
            next[0] = new MainWindow(new Stage(), StepLensApp.defaultServices(prefs));
            next[0].show();
        });
        MainWindow restarted = next[0];
        open(robot, restarted, input);
        assertTrue(restarted.session().dataset().stepScorers().contains(SCORER));
        assertEquals(SCORER, restarted.session().settings().stepScorer(), "the only step scorer is shown");
        org.junit.jupiter.api.Assertions.assertArrayEquals(scored, firstCandidateScores(restarted), 0.0);
        assertTrue(restarted.session().statusProperty().get().contains("scores from " + SCORER),
                restarted.session().statusProperty().get());
        assertEquals("", restarted.scoring().statusProperty().get(), "nothing was scored again");
        var steps = (javafx.scene.layout.VBox) restarted.scene().lookup("#steps");
        assertFalse(steps.getChildren().isEmpty());
        assertEquals(scored[0], (double) steps.getChildren().get(0).getProperties().get("probability"), 0.0,
                "the first step is coloured by the cached score");
        robot.interact(() -> restarted.scene().getWindow().hide());
    }

    @Test
    void scoresForAFileClosedWhileScoringNeverLandInTheNextOne(FxRobot robot) throws Exception {
        Path first = qwen("first", 1);
        Path second = qwen("second", 1);
        open(robot, window, first);
        robot.interact(() -> {
            window.scoring().start(MODEL);
            window.mainViewModel().open(List.of(second)); // what "Keep scoring and open" does
        });
        await(() -> !window.scoring().runningProperty().get() && window.session().dataset() != null);
        assertEquals(List.of(second), window.session().files());
        assertFalse(window.session().dataset().stepScorers().contains(SCORER), "no scores leaked into the new file");
        assertEquals("prm", window.session().settings().stepScorer());
        assertFalse(window.session().commands().canUndoProperty().get());
        assertFalse(stage.getTitle().startsWith("• "));
        assertTrue(window.scoring().statusProperty().get().contains("no longer open"),
                window.scoring().statusProperty().get());
        // … and they are not lost: the first file shows them when opened again
        open(robot, window, first);
        assertTrue(window.session().dataset().stepScorers().contains(SCORER));
    }
}
