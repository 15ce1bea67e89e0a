package org.steplens.io;

import java.util.List;
import org.steplens.model.Problem;

/**
 * Receives news from a load running in the background. Called on the loading thread.
 * A load that finds {@link #isCancelled()} true stops and throws {@link java.util.concurrent.CancellationException}.
 */
public interface LoadProgress {
    LoadProgress NONE = (read, total) -> { };

    /** Bytes consumed so far out of the file's size (total is -1 when unknown). */
    void onProgress(long bytesRead, long totalBytes);

    default boolean isCancelled() {
        return false;
    }

    /** Problems that are complete and will not change, in file order, as soon as they are known. */
    default void onProblems(List<Problem> completed) {
    }
}
