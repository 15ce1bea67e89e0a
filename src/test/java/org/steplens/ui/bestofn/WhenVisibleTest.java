package org.steplens.ui.bestofn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Work offered to a node in a background tab waits until that tab is selected. */
@ExtendWith(ApplicationExtension.class)
class WhenVisibleTest {
    private final List<String> ran = new CopyOnWriteArrayList<>();
    private TabPane tabs;
    private WhenVisible<String> later;

    @Start
    void start(Stage stage) {
        StackPane content = new StackPane(new Label("dashboard"));
        later = new WhenVisible<>(content, ran::add);
        tabs = new TabPane(new Tab("Inspector", new Label("inspector")), new Tab("Best-of-N", content));
        stage.setScene(new Scene(tabs, 400, 300));
        stage.show();
    }

    @Test
    void runsWhenTheTabIsShownAndOnlyTheLatestValue(FxRobot robot) {
        robot.interact(() -> {
            later.offer("first file");
            later.offer("second file");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(ran.isEmpty(), "nothing runs while the tab is in the background");
        assertTrue(later.isWaiting());

        robot.interact(() -> tabs.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("second file"), ran);

        robot.interact(() -> later.offer("third file"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("second file", "third file"), ran, "a visible tab runs at once");
    }
}
