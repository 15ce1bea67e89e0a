package org.steplens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.steplens.ui.common.CancelToken;
import org.steplens.ui.common.LatestWins;
import org.steplens.ui.common.SimpleCancelToken;
import org.steplens.ui.common.TaskRunner;
import org.steplens.ui.common.Work;

class LatestWinsTest {

    /** Runs work on a real thread, delivers results inline (no FX toolkit needed). */
    private static final class ThreadRunner implements TaskRunner {
        final List<Thread> threads = new ArrayList<>();

        @Override
        public <T> CancelToken run(String name, Work<T> work, Consumer<? super T> ok, Consumer<? super Throwable> fail) {
            SimpleCancelToken token = new SimpleCancelToken();
            Thread t = new Thread(() -> {
                try {
                    T r = work.call(token);
                    synchronized (this) {
                        if (!token.isCancelled()) {
                            ok.accept(r);
                        }
                    }
                } catch (Exception e) {
                    fail.accept(e);
                }
            });
            threads.add(t);
            t.start();
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

    @Test
    void aSupersededResultIsNeverDelivered() throws Exception {
        ThreadRunner runner = new ThreadRunner();
        LatestWins<String> latest = new LatestWins<>(runner, "test");
        CountDownLatch slowStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> delivered = new ArrayList<>();
        List<Boolean> slowSawCancel = new ArrayList<>();
        latest.submit(token -> {
            slowStarted.countDown();
            release.await(5, TimeUnit.SECONDS);
            slowSawCancel.add(token.isCancelled());
            return "slow";
        }, delivered::add, e -> { });
        assertTrue(slowStarted.await(5, TimeUnit.SECONDS));
        latest.submit(token -> "fast", delivered::add, e -> { });
        runner.threads.get(1).join();
        release.countDown();
        runner.threads.get(0).join();
        assertEquals(List.of("fast"), delivered);
        assertEquals(List.of(true), slowSawCancel, "the superseded work is told to stop");
    }

    @Test
    void cancelDropsTheResult() throws Exception {
        ThreadRunner runner = new ThreadRunner();
        LatestWins<String> latest = new LatestWins<>(runner, "test");
        CountDownLatch release = new CountDownLatch(1);
        List<String> delivered = new ArrayList<>();
        latest.submit(token -> {
            release.await(5, TimeUnit.SECONDS);
            return "late";
        }, delivered::add, e -> { });
        latest.cancel();
        release.countDown();
        runner.threads.get(0).join();
        assertTrue(delivered.isEmpty());
    }
}
