package org.steplens.ui.common;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * A named, bounded pool of daemon threads whose results come back through {@link Platform#runLater}.
 * The application keeps a few (loading, analysis, rendering) and shuts them all down on exit.
 */
public final class FxTaskRunner implements TaskRunner {
    private final ExecutorService pool;

    public FxTaskRunner(String name, int threads) {
        AtomicInteger counter = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "steplens-" + name + "-" + counter.incrementAndGet());
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        };
        this.pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), factory);
        ((ThreadPoolExecutor) pool).allowCoreThreadTimeOut(true);
    }

    @Override
    public <T> CancelToken run(String name, Work<T> work, Consumer<? super T> onSuccess,
                               Consumer<? super Throwable> onFailure) {
        SimpleCancelToken token = new SimpleCancelToken();
        pool.execute(() -> {
            if (token.isCancelled()) {
                return;
            }
            try {
                T result = work.call(token);
                Platform.runLater(() -> {
                    if (!token.isCancelled()) {
                        onSuccess.accept(result);
                    }
                });
            } catch (CancellationException e) {
                // superseded or cancelled by the user: nobody is waiting for it
            } catch (Throwable e) {
                Platform.runLater(() -> {
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
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    @Override
    public void shutdown() {
        pool.shutdownNow();
    }
}
