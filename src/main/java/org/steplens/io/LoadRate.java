package org.steplens.io;

import java.util.Locale;

/** Load progress in words: bytes read of the total, and the rate since the load began. Thread-safe. */
public final class LoadRate {
    private final long startNanos = System.nanoTime();

    /** E.g. "45 % · 1,013 of 2,253 MB · 180 MB/s" (the rate once a little time has passed). */
    public String describe(long bytesRead, long totalBytes) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        StringBuilder sb = new StringBuilder();
        if (totalBytes > 0) {
            sb.append(String.format(Locale.ROOT, "%d %% · ", Math.min(100, bytesRead * 100 / totalBytes)));
            sb.append(String.format(Locale.ROOT, "%,d of %,d MB", bytesRead >> 20, totalBytes >> 20));
        } else {
            sb.append(String.format(Locale.ROOT, "%,d MB", bytesRead >> 20));
        }
        if (seconds >= 0.2) {
            sb.append(String.format(Locale.ROOT, " · %,.0f MB/s", bytesRead / 1048576.0 / seconds));
        }
        return sb.toString();
    }
}
