package org.steplens.ui.common;

/** A piece of background work; it should check {@link CancelToken#isCancelled()} in long loops. */
@FunctionalInterface
public interface Work<T> {
    T call(CancelToken token) throws Exception;
}
