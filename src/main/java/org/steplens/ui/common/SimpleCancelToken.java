package org.steplens.ui.common;

/** A thread-safe flag. */
public final class SimpleCancelToken implements CancelToken {
    private volatile boolean cancelled;

    @Override
    public boolean isCancelled() {
        return cancelled;
    }

    @Override
    public void cancel() {
        cancelled = true;
    }
}
