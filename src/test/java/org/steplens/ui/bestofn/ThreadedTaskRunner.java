package org.steplens.ui.bestofn;

import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.steplens.ui.common.CancelToken;
import org.steplens.ui.common.SimpleCancelToken;
import org.steplens.ui.common.TaskRunner;

/**
 * A {@link TaskRunner} on real threads without JavaFX: work on {@code background}, results on {@code uiThread}
 * (a single-thread executor standing in for the FX thread, or {@code Platform::runLater}). Like the app's
 * runner, a cancelled token's result is never delivered.
 */
public final class ThreadedTaskRunner implements TaskRunner {
    private final Executor background;
    private final Consumer<Runnable> uiThread;

    public ThreadedTaskRunner(Executor background, Consumer<Runnable> uiThread) {
        this.background = background;
        this.uiThread = uiThread;
    }

    @Override
    public <T> CancelToken run(String name, org.steplens.ui.common.Work<T> work, Consumer<? super T> onSuccess,
                               Consumer<? super Throwable> onFailure) {
        SimpleCancelToken token = new SimpleCancelToken();
        background.execute(() -> {
            if (token.isCancelled()) {
                return;
            }
            try {
                T result = work.call(token);
                uiThread.accept(() -> {
                    if (!token.isCancelled()) {
                        onSuccess.accept(result);
                    }
                });
            } catch (CancellationException e) {
                // superseded
            } catch (Throwable e) {
                uiThread.accept(() -> {
                    if (!token.isCancelled()) {
                        onFailure.accept(e);
                    }
                });
            }
        });
        return token;
    }

    @Override
    public void onUiThread(Runnable action) {
        uiThread.accept(action);
    }

    @Override
    public void shutdown() {
    }
}
