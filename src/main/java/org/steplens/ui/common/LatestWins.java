package org.steplens.ui.common;

import java.util.function.Consumer;

/**
 * "Latest wins" scheduling for work driven by a slider, a filter or a selection: starting a new request cancels
 * the one before it, and a superseded result is never delivered. Use from the UI thread only.
 */
public final class LatestWins<T> {
    private final TaskRunner runner;
    private final String name;
    private CancelToken current;
    private long generation;

    public LatestWins(TaskRunner runner, String name) {
        this.runner = runner;
        this.name = name;
    }

    public void submit(Work<T> work, Consumer<? super T> onResult, Consumer<? super Throwable> onFailure) {
        if (current != null) {
            current.cancel();
        }
        long mine = ++generation;
        current = runner.run(name, work, result -> {
            if (mine == generation) {
                onResult.accept(result);
            }
        }, error -> {
            if (mine == generation) {
                onFailure.accept(error);
            }
        });
    }

    /** Cancels whatever is running; nothing will be delivered. */
    public void cancel() {
        if (current != null) {
            current.cancel();
        }
        generation++;
    }
}
