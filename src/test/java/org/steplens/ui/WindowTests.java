package org.steplens.ui;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.steplens.ui.shell.MainWindow;
import org.steplens.ui.shell.StepLensApp;
import org.testfx.util.WaitForAsyncUtils;

/** What the tests in the real window share: opening it, and waiting for background work to show. */
public final class WindowTests {
    private WindowTests() {
    }

    /** The app's main window on {@code stage}, shown, with its own preferences (a test's node, removed after it). */
    public static MainWindow open(Stage stage, Preferences prefs) {
        MainWindow window = new MainWindow(stage, StepLensApp.defaultServices(prefs));
        window.show();
        return window;
    }

    /** Waits (at most a minute: a busy machine) until {@code condition} holds, then for pending FX events. */
    public static void await(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
