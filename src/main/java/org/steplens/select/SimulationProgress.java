package org.steplens.select;

/** News from a running simulation; called from worker threads. A simulation that sees {@link #isCancelled()} stops. */
public interface SimulationProgress {
    SimulationProgress NONE = (done, total) -> { };

    /** Work units (problem × block of trials) finished so far out of the total. */
    void onProgress(long done, long total);

    default boolean isCancelled() {
        return false;
    }
}
