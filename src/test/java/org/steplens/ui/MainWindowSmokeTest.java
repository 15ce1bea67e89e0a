package org.steplens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steplens.io.LoadResult;
import org.steplens.ui.analysis.InterimProblemAnalyzer;
import org.steplens.ui.common.FxTaskRunner;
import org.steplens.ui.common.MathRenderer;
import org.steplens.ui.shell.AppServices;
import org.steplens.ui.shell.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowSmokeTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        var data = UiFixtures.generated(20, 50, 1);
        AppServices services = new AppServices((files, progress) -> new LoadResult(data, "generated", List.of()),
                new InterimProblemAnalyzer(), new FxTaskRunner("load", 1), new FxTaskRunner("analysis", 1),
                new FxTaskRunner("flags", 1), new FxTaskRunner("typeset", 1), new MathRenderer(),
                Preferences.userRoot().node("org/steplens/test/smoke"), List.of());
        window = new MainWindow(stage, services);
        window.show();
    }

    @Test
    void opens(FxRobot robot) throws Exception {
        robot.interact(() -> window.mainViewModel().open(List.of(Path.of("x.jsonl"))));
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(1500);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(20, window.mainViewModel().problems().size());
        robot.interact(() -> {
            var img = window.scene().snapshot(null);
            try {
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(img, null), "png", new java.io.File("target/smoke.png"));
            } catch (java.io.IOException e) {
                throw new RuntimeException(e);
            }
        });
    }
}
