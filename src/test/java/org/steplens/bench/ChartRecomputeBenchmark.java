package org.steplens.bench;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import org.steplens.model.Dataset;
import org.steplens.select.SelectionMethod;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.steplens.ui.bestofn.BestOfNDashboard;
import org.steplens.ui.bestofn.BestOfNViewModel;
import org.steplens.ui.bestofn.ThreadedTaskRunner;
import org.steplens.ui.bestofn.DashboardSettings;

/**
 * The dashboard's recompute at the paper's scale, on the real JavaFX thread (headless Monocle): 500 problems ×
 * 1,860 generated Lightman-shaped samples, the paper's 14 N values, 400 trials, PRM + ORM + majority + oracle.
 * The dashboard is shown in a window, so the FX thread also lays out and draws it. Measures, over several runs: the time to a finished chart; the longest gap between two JavaFX pulses while it
 * runs (a frozen window shows up as a gap far above 16 ms); and how soon after a changed setting the stale run has
 * stopped (the single background thread is free to start the new one).
 *
 * <p>Usage: {@code app/bench ChartRecomputeBenchmark [runs] [problems]} (defaults 5, 500).
 */
public final class ChartRecomputeBenchmark {
    private ChartRecomputeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int problems = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();

        long g0 = System.nanoTime();
        Dataset data = BestOfNData.generate(problems, 1860, 1860, 2023);
        System.out.printf("generated %d problems x 1860 samples in %.1f s%n", problems, (System.nanoTime() - g0) / 1e9);

        // the real dashboard in a (headless) window, so pulses include laying out and drawing it
        // one background thread, so a new run can only start once the stale one has stopped; record when each starts
        ExecutorService background = Executors.newSingleThreadExecutor();
        List<Long> taskStarts = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.Executor recording = task -> background.execute(() -> {
            taskStarts.add(System.nanoTime());
            task.run();
        });
        BestOfNDashboard dashboard = fxGet(() -> {
            BestOfNDashboard d = new BestOfNDashboard(new ThreadedTaskRunner(recording, Platform::runLater),
                    problem -> { });
            Stage stage = new Stage();
            stage.setScene(new Scene(d, 1200, 760));
            stage.show();
            return d;
        });
        BestOfNViewModel model = dashboard.viewModel();
        PulseWatch pulses = new PulseWatch();
        fx(pulses::start);

        // first run includes reducing the dataset (answer clustering); later runs reuse it
        fx(() -> model.show(data));
        double first = awaitFinished(model);
        System.out.printf("first run (reduce + simulate): %.2f s%n", first);

        DashboardSettings base = fxGet(() -> model.settingsProperty().get()).withMethods(List.of(
                SelectionMethod.PRM, SelectionMethod.ORM, SelectionMethod.MAJORITY, SelectionMethod.ORACLE));
        // baseline: the same window with nothing running, so the machine's own load can be told apart
        double[] idleGap = new double[runs];
        for (int r = 0; r < runs; r++) {
            pulses.reset();
            Thread.sleep(3000);
            idleGap[r] = pulses.worstGapMillis();
        }
        System.out.printf("idle window: longest FX pulse gap over 3 s, median of %d: %.1f ms%n", runs, median(idleGap));
        double[] total = new double[runs];
        double[] worstGap = new double[runs];
        double[] switchMs = new double[runs];
        for (int r = 0; r < runs; r++) {
            DashboardSettings s = base.withSeed(100 + 2 * r);
            pulses.reset();
            fx(() -> model.apply(s));
            total[r] = awaitFinished(model);
            worstGap[r] = pulses.worstGapMillis();

            // start a run, let it get going, then change the seed: measure until the new run is simulating
            DashboardSettings stale = base.withSeed(101 + 2 * r);
            DashboardSettings fresh = base.withSeed(1_000 + r);
            fx(() -> model.apply(stale));
            await(() -> fxGet(() -> model.progressProperty().get() > 0.2 && model.runningProperty().get()));
            int before = taskStarts.size();
            long c = System.nanoTime();
            fx(() -> model.apply(fresh));
            await(() -> taskStarts.size() > before);
            switchMs[r] = (taskStarts.get(before) - c) / 1e6;
            awaitFinished(model);
            DashboardSettings shown = fxGet(() -> model.dataProperty().get().settings());
            if (!shown.equals(fresh)) {
                throw new IllegalStateException("a stale result was shown: " + shown);
            }
            System.out.printf("run %d: chart in %.2f s, longest FX pulse gap %.1f ms, stale run stopped %.0f ms after the change%n",
                    r + 1, total[r], worstGap[r], switchMs[r]);
        }
        System.out.printf("median over %d runs: chart %.2f s, longest FX pulse gap %.1f ms, stale run stopped after %.0f ms; load average %.1f%n",
                runs, median(total), median(worstGap), median(switchMs),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        background.shutdownNow();
        Platform.exit();
    }

    /** Records the largest interval between consecutive pulses of the FX thread. */
    private static final class PulseWatch extends AnimationTimer {
        private final AtomicLong last = new AtomicLong();
        private final AtomicLong worst = new AtomicLong();

        @Override
        public void handle(long now) {
            long before = last.getAndSet(now);
            if (before != 0) {
                worst.accumulateAndGet(now - before, Math::max);
            }
        }

        void reset() {
            last.set(0);
            worst.set(0);
        }

        double worstGapMillis() {
            return worst.get() / 1e6;
        }
    }

    private static double awaitFinished(BestOfNViewModel model) throws Exception {
        long t = System.nanoTime();
        Thread.sleep(50);
        await(() -> fxGet(() -> !model.runningProperty().get() && model.dataProperty().get() != null));
        return (System.nanoTime() - t) / 1e9;
    }

    private static void await(BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(5);
        }
    }

    private static void fx(Runnable action) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                action.run();
            } finally {
                done.countDown();
            }
        });
        done.await();
    }

    private static <T> T fxGet(java.util.concurrent.Callable<T> action) {
        java.util.concurrent.FutureTask<T> task = new java.util.concurrent.FutureTask<>(action);
        Platform.runLater(task);
        try {
            return task.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
