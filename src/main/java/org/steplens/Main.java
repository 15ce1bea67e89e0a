package org.steplens;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.awt.GraphicsEnvironment;
import org.steplens.cli.ExitCodes;
import org.steplens.cli.GuiArguments;
import org.steplens.io.CacheFolder;
import org.steplens.cli.SteplensCommand;

/**
 * Entry point: a headless command when the first argument names one, otherwise the GUI on the given files
 * (or the bundled sample). A plain class, not an {@code Application}, so it also runs from a class-path jar.
 */
public final class Main {
    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) {
        CacheFolder.useForTemporaryFiles(); // before any library reads java.io.tmpdir
        boolean command = args.length > 0 && !GuiArguments.isGuiOption(args[0]) && SteplensCommand.isCommand(args[0]);
        LOG.info("StepLens {} starting ({}), Java {} on {} {}", version(), command ? "command " + args[0] : "GUI",
                System.getProperty("java.version"), System.getProperty("os.name"), System.getProperty("os.arch"));
        logUncaughtExceptions();
        if (command || args.length > 0 && SteplensCommand.isUnknownWord(args[0])) {
            // an unknown word goes to the command line parser too: "unknown command, did you mean info?", exit 2
            int status = SteplensCommand.execute(args);
            // a dataset cache still being written in the background is finished, not cut off
            org.steplens.io.cache.DatasetCache.awaitWrites(10, java.util.concurrent.TimeUnit.MINUTES);
            LOG.info("command {} exited with status {}", args[0], status);
            System.exit(status);
        }
        try {
            GuiArguments.parse(args); // a wrong --compare is a usage error before any window opens
        } catch (IllegalArgumentException e) {
            System.err.println("steplens: " + e.getMessage());
            System.exit(ExitCodes.USAGE);
        }
        if (!hasDisplay()) {
            System.err.println("steplens: no display to open the window on (DISPLAY is not set); "
                    + "the headless commands are listed by: steplens help");
            System.exit(ExitCodes.FAILED);
        }
        org.steplens.ui.shell.StepLensApp.launchWith(args);
    }

    /** An exception nobody caught (e.g. on the FX thread) reaches the log as well as the console. */
    private static void logUncaughtExceptions() {
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            LOG.error("uncaught exception in thread {}", thread.getName(), e);
            if (previous != null) {
                previous.uncaughtException(thread, e);
            } else {
                System.err.print("Exception in thread \"" + thread.getName() + "\" ");
                e.printStackTrace();
            }
        });
    }

    private static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "(development build)" : v;
    }

    private static boolean hasDisplay() {
        String os = System.getProperty("os.name", "");
        if (!os.startsWith("Linux")) {
            return !GraphicsEnvironment.isHeadless();
        }
        return System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null;
    }
}
