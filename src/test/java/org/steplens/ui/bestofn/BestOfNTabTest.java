package org.steplens.ui.bestofn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.steplens.ui.WindowTests.await;

import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steplens.ui.shell.AppServices;
import org.steplens.ui.shell.MainWindow;
import org.steplens.ui.shell.StepLensApp;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The dashboard as a tab of the real main window: follows the opened file, opens problems in the inspector. */
@ExtendWith(ApplicationExtension.class)
class BestOfNTabTest {
    private final Preferences prefs = Preferences.userRoot().node("org/steplens/test/bestofn-tab");
    private MainWindow window;
    private BestOfNView view;

    @Start
    void start(Stage stage) {
        AppServices s = StepLensApp.defaultServices(prefs);
        window = new MainWindow(stage, new AppServices(s.opener(), s.analyzer(), s.loadRunner(), s.analysisRunner(),
                s.flagRunner(), s.scoreRunner(), s.mathRunner(), s.renderer(), s.preferences(), List.of(context -> {
                    view = new BestOfNView(context);
                    return view;
                })));
        window.show();
    }

    @AfterEach
    void clean() throws Exception {
        prefs.removeNode();
    }

    @Test
    void computesWhenShownAndOpensADisagreementInTheInspector(FxRobot robot) throws Exception {
        robot.interact(() -> window.mainViewModel().open(
                List.of(Path.of("src/test/resources/data/qwen25math/math_cot_100.jsonl"))));
        await(() -> window.mainViewModel().datasetProperty().get() != null);
        BestOfNViewModel model = view.dashboard().viewModel();
        assertNull(model.datasetProperty().get(), "nothing computed while the tab is in the background");

        TabPane tabs = robot.lookup("#views").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        assertEquals("Best-of-N", tabs.getSelectionModel().getSelectedItem().getText());
        await(() -> model.dataProperty().get() != null && !model.runningProperty().get());

        robot.interact(() -> model.selectPoint(8));
        assertFalse(model.disagreements().isEmpty());
        DisagreementRow row = model.disagreements().get(0);
        robot.interact(() -> {
            var table = robot.lookup("#disagreements").queryTableView();
            table.getSelectionModel().select(0);
        });
        robot.clickOn("#open-problem");
        await(() -> window.session().problemProperty().get() != null
                && window.session().problemProperty().get().id().equals(row.problemId()));
    }

}
