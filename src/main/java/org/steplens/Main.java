package org.steplens;

import java.awt.GraphicsEnvironment;
import org.steplens.cli.ExitCodes;
import org.steplens.io.CacheFolder;
import org.steplens.cli.SteplensCommand;

/**
 * Entry point: a headless command when the first argument names one, otherwise the GUI on the given files
 * (or the bundled sample). A plain class, not an {@code Application}, so it also runs from a class-path jar.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        CacheFolder.useForTemporaryFiles(); // before any library reads java.io.tmpdir
        if (args.length > 0 && (SteplensCommand.isCommand(args[0]) || SteplensCommand.isUnknownWord(args[0]))) {
            // an unknown word goes to the command line parser too: "unknown command, did you mean info?", exit 2
            System.exit(SteplensCommand.execute(args));
        }
        if (!hasDisplay()) {
            System.err.println("steplens: no display to open the window on (DISPLAY is not set); "
                    + "the headless commands are listed by: steplens help");
            System.exit(ExitCodes.FAILED);
        }
        org.steplens.ui.shell.StepLensApp.launchWith(args);
    }

    private static boolean hasDisplay() {
        String os = System.getProperty("os.name", "");
        if (!os.startsWith("Linux")) {
            return !GraphicsEnvironment.isHeadless();
        }
        return System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null;
    }
}
