package org.steplens.ui.shell;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Help ▸ Open log folder: shows the folder in the system file manager, so a user can attach the log to a bug
 * report. Blocks (the desktop call may), so the window runs it off the FX thread.
 */
final class LogFolderOpener {
    private LogFolderOpener() {
    }

    /** Creates the folder if need be and opens it; throws with a readable reason when no file manager can. */
    static void open(Path folder) throws IOException {
        Files.createDirectories(folder);
        if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            try {
                Desktop.getDesktop().open(folder.toFile());
                return;
            } catch (IOException | UnsupportedOperationException e) {
                // e.g. "Failed to show URI" without GNOME's handlers: the desktop's own opener may still work
            }
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command = os.contains("mac") ? List.of("open", folder.toString())
                : os.contains("win") ? List.of("explorer.exe", folder.toString())
                : List.of("xdg-open", folder.toString());
        try {
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new IOException("no file manager could be started (" + command.get(0) + ")", e);
        }
    }
}
