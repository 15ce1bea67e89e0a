package org.steplens.ui.common;

import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/** Runs work inline on the calling thread: for ViewModel tests, where results must be there right after a call. */
public final class SynchronousTaskRunner implements TaskRunner {

    @Override
    public <T> CancelToken run(String name, Work<T> work, Consumer<? super T> onSuccess,
                               Consumer<? super Throwable> onFailure) {
        SimpleCancelToken token = new SimpleCancelToken();
        T result;
        try {
            result = work.call(token);
        } catch (CancellationException e) {
            return token;
        } catch (Exception e) {
            onFailure.accept(e);
            return token;
        }
        onSuccess.accept(result);
        return token;
    }

    @Override
    public void onUiThread(Runnable action) {
        action.run();
    }

    @Override
    public void shutdown() {
    }
}
