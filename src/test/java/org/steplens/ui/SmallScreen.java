package org.steplens.ui;

import javafx.stage.Stage;

/**
 * The small screen of issue 15, 1366×768, that window tests check layouts at. The tests' headless screen is
 * 1920×1080 ({@code headless.geometry} in pom.xml's headless.argLine; Monocle's default is 1280×800), so a window
 * of this size fits on it whole.
 */
public final class SmallScreen {
    public static final double WIDTH = 1366;
    public static final double HEIGHT = 768;

    private SmallScreen() {
    }

    /** Sizes {@code stage} to the small screen. */
    public static void apply(Stage stage) {
        stage.setWidth(WIDTH);
        stage.setHeight(HEIGHT);
    }
}
