package org.steplens.score;

/**
 * Receives news from scoring running in the background, on the scoring thread. When {@link #isCancelled()}
 * turns true the scorer stops after the current batch and throws {@link java.util.concurrent.CancellationException}.
 */
public interface ScoreProgress {
    ScoreProgress NONE = (done, total) -> { };

    /** Solutions finished (scored, taken from the cache, or skipped) out of all solutions. */
    void onProgress(long done, long total);

    default boolean isCancelled() {
        return false;
    }
}
