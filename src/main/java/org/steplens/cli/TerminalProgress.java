package org.steplens.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.steplens.io.LoadProgress;
import org.steplens.io.LoadRate;

/**
 * Load progress on stderr, rewritten in place a few times a second — only when a person is watching (a console);
 * scripts and pipes get nothing, so output stays clean.
 */
final class TerminalProgress implements LoadProgress {
    private static final long INTERVAL_NANOS = 250_000_000L;

    private final String what;
    private final PrintStream err;
    private final LoadRate rate = new LoadRate();
    private long lastNanos;
    private boolean shown;

    private TerminalProgress(String what, PrintStream err) {
        this.what = what;
        this.err = err;
    }

    /** Progress for loading {@code file}, or {@link LoadProgress#NONE} when there is no terminal. */
    static LoadProgress of(Path file) {
        return of(List.of(file));
    }

    /** Progress for loading {@code files}, or {@link LoadProgress#NONE} when there is no terminal. */
    static LoadProgress of(List<Path> files) {
        if (System.console() == null) {
            return LoadProgress.NONE;
        }
        return new TerminalProgress(String.join(" + ", files.stream().map(Path::toString).toList()), System.err);
    }

    @Override
    public synchronized void onProgress(long bytesRead, long totalBytes) {
        long now = System.nanoTime();
        boolean done = totalBytes > 0 && bytesRead >= totalBytes;
        if (!done && now - lastNanos < INTERVAL_NANOS) {
            return;
        }
        lastNanos = now;
        err.print("\r\033[KLoading " + what + ": " + rate.describe(bytesRead, totalBytes));
        shown = true;
        if (done) {
            end();
        }
    }

    private void end() {
        if (shown) {
            err.print("\r\033[K");
            err.flush();
            shown = false;
        }
    }
}
