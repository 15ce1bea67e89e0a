package org.steplens.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CancellationException;

/**
 * Input that can be read only once: a pipe ({@code steplens info <(zcat runs.jsonl.gz)}), a FIFO, a terminal. The
 * loader reads a file more than once (its layout, then its format, then its records), so such input is first
 * copied, once, to a temporary file in this process's folder of StepLens's cache, and loaded from there.
 */
final class PipeCopy {
    /** Free space left on the cache's disk: a pipe need not end ({@code /dev/zero}), so copying stops there. */
    static final long RESERVE_BYTES = 1L << 30;
    /**
     * Copying also stops past twice the heap: more could not be loaded (a loaded file's model takes about 0.7 of
     * its bytes when the text is on the heap, as it is without a dataset cache), and a pipe may not end.
     */
    static final long DEFAULT_LIMIT_BYTES = Math.max(1L << 30, 2 * Runtime.getRuntime().maxMemory());
    private static final long SPACE_CHECK_BYTES = 64L << 20;
    private static final int BUFFER = 1 << 20;

    private PipeCopy() {
    }

    /** Whether {@code file} exists but is not a regular file or a folder (the loader reports folders itself). */
    static boolean isNeeded(Path file) {
        return Files.exists(file) && !Files.isRegularFile(file) && !Files.isDirectory(file);
    }

    /** {@link #copy(Path, LoadProgress, long)} up to {@link #DEFAULT_LIMIT_BYTES}. */
    static Path copy(Path file, LoadProgress progress) throws IOException {
        return copy(file, progress, DEFAULT_LIMIT_BYTES);
    }

    /**
     * Copies everything {@code file} gives until it ends. The caller deletes the copy; a copy that fails or is
     * cancelled deletes itself.
     *
     * @throws IOException naming {@code file} when it cannot be read, gives more than {@code limitBytes}, or the
     *                     disk is (nearly) full
     * @throws CancellationException when {@code progress} asks to stop
     */
    static Path copy(Path file, LoadProgress progress, long limitBytes) throws IOException {
        Path folder = CacheFolder.processTemporaryFolder();
        Path copy = Files.createTempFile(folder, "pipe-", ".data");
        boolean complete = false;
        try (InputStream in = Files.newInputStream(file); OutputStream out = Files.newOutputStream(copy)) {
            byte[] buffer = new byte[BUFFER];
            long copied = 0;
            long spaceCheckedAt = 0;
            for (int n; (n = in.read(buffer)) >= 0; ) {
                if (progress.isCancelled() || Thread.currentThread().isInterrupted()) {
                    throw new CancellationException("loading " + file + " was cancelled");
                }
                if (copied + n > limitBytes) {
                    throw new IOException(String.format(Locale.ROOT, "%s: stopped reading after %.0f MB: more than"
                            + " StepLens could load from a pipe (the limit is twice the Java heap); save it to a file"
                            + " and open that (a big file's step text then stays outside the heap)", file,
                            copied / 1e6));
                }
                out.write(buffer, 0, n);
                copied += n;
                progress.onProgress(copied, -1);
                if (copied - spaceCheckedAt >= SPACE_CHECK_BYTES) {
                    spaceCheckedAt = copied;
                    checkSpace(file, copy, copied);
                }
            }
            complete = true;
            return copy;
        } finally {
            if (!complete) {
                Files.deleteIfExists(copy);
            }
        }
    }

    private static void checkSpace(Path file, Path copy, long copied) throws IOException {
        if (Files.getFileStore(copy).getUsableSpace() < RESERVE_BYTES) {
            throw new IOException(String.format(Locale.ROOT, "%s: stopped reading after %.0f MB: input from a pipe is"
                    + " copied to %s before it is loaded, and that disk has less than %d MB free", file,
                    copied / 1e6, copy.getParent(), RESERVE_BYTES >> 20));
        }
    }
}
