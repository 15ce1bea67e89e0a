package org.steplens.ui.shell;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** Placeholder window until the inspector issue lands. */
public final class StepLensApp extends Application {

    public static void launchWith(String[] args) {
        Application.launch(StepLensApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("StepLens");
        stage.setScene(new Scene(new Label("StepLens — the inspector is on its way."), 900, 600));
        stage.show();
    }
}
