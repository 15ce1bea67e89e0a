package org.steplens;

import org.steplens.cli.SteplensCommand;

/**
 * Entry point: a headless command when the first argument names one, otherwise the GUI on the given files
 * (or the bundled sample). A plain class, not an {@code Application}, so it also runs from a class-path jar.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && SteplensCommand.isCommand(args[0])) {
            int status = SteplensCommand.execute(args);
            // a dataset cache still being written in the background is finished, not cut off
            org.steplens.io.cache.DatasetCache.awaitWrites(10, java.util.concurrent.TimeUnit.MINUTES);
            System.exit(status);
        }
        org.steplens.ui.shell.StepLensApp.launchWith(args);
    }
}
