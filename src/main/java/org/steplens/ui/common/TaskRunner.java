package org.steplens.ui.common;

import java.util.function.Consumer;

/**
 * The one abstraction for background work in the UI: run {@link Work} off the FX thread and deliver its result on
 * the FX thread. The application uses {@link FxTaskRunner}; tests use {@link SynchronousTaskRunner}, which runs
 * everything inline so a test can assert right after the call.
 */
public interface TaskRunner {

    /**
     * Starts {@code work}; {@code onSuccess} or {@code onFailure} later runs on the UI thread, unless the returned
     * token was cancelled first (then neither runs).
     */
    <T> CancelToken run(String name, Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /** Runs {@code action} on the UI thread (later, or now when already there and allowed). */
    void onUiThread(Runnable action);

    /** Stops the worker threads; pending work is abandoned. */
    void shutdown();
}
