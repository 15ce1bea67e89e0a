package org.steplens.ui.shell;

import java.time.Instant;
import java.util.Locale;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Opt-in start-up timing for the packaging measurements ({@code -Dsteplens.startup.probe=print|exit}): once the
 * main window has been shown and its first pulse has laid it out and rendered, prints one line to stderr with the
 * wall-clock time and the time since the process started; {@code exit} then quits, so a script can repeat runs.
 */
final class StartupProbe {
    static final String PROPERTY = "steplens.startup.probe";

    private StartupProbe() {
    }

    static void attach(Stage stage) {
        String mode = System.getProperty(PROPERTY);
        if (mode == null) {
            return;
        }
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, shown -> {
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                stage.getScene().removePostLayoutPulseListener(once[0]);
                // after this pulse (layout, then render) has finished
                Platform.runLater(() -> report(mode));
            };
            stage.getScene().addPostLayoutPulseListener(once[0]);
        });
    }

    private static void report(String mode) {
        long now = System.currentTimeMillis();
        long sinceStart = ProcessHandle.current().info().startInstant()
                .map(start -> now - start.toEpochMilli()).orElse(-1L);
        System.err.println(String.format(Locale.ROOT, "steplens.startup first-frame epoch-ms=%d since-process-start-ms=%d (%s)",
                now, sinceStart, Instant.ofEpochMilli(now)));
        if ("exit".equals(mode)) {
            Platform.exit();
        }
    }
}
