package org.steplens.ui.common;

/** Lets background work notice that nobody wants its result any more. */
public interface CancelToken {
    boolean isCancelled();

    void cancel();
}
