package org.steplens.ui.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.steplens.ui.WindowTests.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.steplens.ui.WindowTests;
import org.steplens.ui.shell.MainWindow;
import org.steplens.ui.shell.StepLensApp;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A researcher plants an error in a real ProcessBench step in the probe tab, the bundled PRM re-scores it in the
 * background, the change shows on the step; Ctrl+Z brings back the original text and probabilities, and the data
 * file is untouched.
 */
@ExtendWith(ApplicationExtension.class)
class ProbeInTheWindowTest {
    private final Preferences prefs = Preferences.userRoot().node("org/steplens/test/probe-window");
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
    void clean() throws Exception {
        prefs.removeNode();
    }

    @Test
    void editAStepSeeTheDeltaUndoSeeTheOriginal(FxRobot robot) throws Exception {
        Path data = dir.resolve("gsm8k.json");
        Files.copy(Path.of("src/test/resources/data/processbench/gsm8k.json"), data);
        byte[] onDisk = Files.readAllBytes(data);
        robot.interact(() -> window.mainViewModel().open(List.of(data)));
        await(() -> window.session().dataset() != null && window.session().problem() != null
                && window.session().candidate(0).get() >= 0);
        ProbeModel probe = window.inspectorPage().probe();
        assertTrue(probe.modelFolderProperty().get().endsWith(ProbeModel.BUNDLED_MODEL),
                "the bundled model is the default: " + probe.modelFolderProperty().get());
        List<String> original = window.session().problem().solution(window.session().candidate(0).get()).stepTexts();

        robot.interact(() -> robot.lookup("#sideTabs").queryAs(TabPane.class).getSelectionModel().select(2));
        @SuppressWarnings("unchecked")
        ListView<ProbeRow> steps = robot.lookup("#probeSteps").queryAs(ListView.class);
        assertEquals(original.size(), steps.getItems().size());
        robot.interact(() -> steps.getSelectionModel().select(0));
        String planted = original.get(0).replaceAll("\\d+", "7777") + " This is definitely wrong: 2 + 2 = 5.";
        robot.interact(() -> robot.lookup("#probeStepText").queryAs(TextArea.class).setText(planted));
        robot.clickOn("#probeApply");

        await(() -> !steps.getItems().isEmpty() && !Double.isNaN(steps.getItems().get(0).delta()));
        ProbeRow edited = steps.getItems().get(0);
        assertEquals(planted, edited.text());
        assertTrue(edited.edited());
        assertNotEquals(0.0, edited.delta(), "the PRM must react to a changed step");
        for (ProbeRow row : steps.getItems()) {
            assertFalse(Double.isNaN(row.before()) || Double.isNaN(row.after()), "every step has both: " + row);
        }
        double originalFirst = edited.before();

        robot.clickOn("#probeSteps");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        await(() -> steps.getItems().get(0).text().equals(original.get(0)));
        ProbeRow back = steps.getItems().get(0);
        assertFalse(back.edited());
        assertEquals(originalFirst, back.after(), 1e-9);
        assertEquals(0.0, back.delta(), 1e-12);
        assertEquals(original, steps.getItems().stream().map(ProbeRow::text).toList());
        assertEquals(null, probe.variantProperty().get());

        // redo, then restart: a new window on the same file lists the variant and shows it again
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        await(() -> steps.getItems().get(0).text().equals(planted));
        assertEquals(1, probe.variantNames().size());
        robot.interact(() -> stage.close());
        assertTrue(Files.exists(dir.resolve("gsm8k.steplens-probe.jsonl")), "kept beside the review journal");
        assertTrue(java.util.Arrays.equals(onDisk, Files.readAllBytes(data)), "the data file is never changed");
        MainWindow[] again = new MainWindow[1];
        Stage[] second = new Stage[1];
        robot.interact(() -> {
            second[0] = new Stage();
            again[0] = new MainWindow(second[0], StepLensApp.defaultServices(prefs));
            again[0].show();
            again[0].mainViewModel().open(List.of(data));
        });
        ProbeModel reopened = again[0].inspectorPage().probe();
        await(() -> reopened.variantProperty().get() != null && reopened.variantNames().size() == 1);
        assertEquals(planted, reopened.variantProperty().get().steps().get(0));
        assertEquals(original.subList(1, original.size()),
                reopened.variantProperty().get().steps().subList(1, original.size()));
        robot.interact(() -> {
            again[0].session().commands().clear();
            second[0].close(); // its runners stop here, not in a later test's clean-up
        });
    }
}
