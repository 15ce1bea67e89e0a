package org.steplens.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Parent;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steplens.ui.ClippedTextCheck;
import org.steplens.ui.SmallScreen;
import org.steplens.ui.WindowTests;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The shell at the small screen, 1366×768: the status bar reads whole, the shortcuts list comes from the menus (Ctrl+Q included). */
@ExtendWith(ApplicationExtension.class)
class ShellWindowTest {
    private final Preferences prefs = Preferences.userRoot().node("org/steplens/test/shell-window");
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

    @Test
    void statusBarReadsWholeAndShortcutsComeFromTheMenus(FxRobot robot) throws Exception {
        robot.interact(() -> window.mainViewModel().open(
                List.of(Path.of("src/test/resources/data/qwen25math/math_cot_100.jsonl"))));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.mainViewModel().datasetProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        Parent bar = robot.lookup("#status").query().getParent();
        ClippedTextCheck.assertNone(bar);
        assertTrue(robot.lookup("#status").queryLabeled().getText().contains("100 problems"));

        MenuBar menus = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        List<String[]> rows = ShortcutsDialog.menuShortcuts(menus);
        String[] quit = rows.stream().filter(r -> r[1].equals("File ▸ Quit")).findFirst().orElseThrow();
        assertTrue(quit[0].endsWith("Q"), quit[0]);
        assertTrue(rows.stream().anyMatch(r -> r[1].equals("Edit ▸ Undo")), "Undo under its plain name");
        assertTrue(rows.size() >= 15, rows.size() + " menu shortcuts");

        robot.interact(() -> WindowGeometry.save(prefs, stage));
        assertEquals(stage.getWidth(), prefs.getDouble("window.width", -1), 0.0, "the size is kept for next time");
    }
}
