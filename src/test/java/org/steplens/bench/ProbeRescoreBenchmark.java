package org.steplens.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import org.steplens.io.DatasetLoader;
import org.steplens.io.LoadProgress;
import org.steplens.model.Problem;
import org.steplens.model.Solution;
import org.steplens.review.ReviewStore;
import org.steplens.ui.common.FxTaskRunner;
import org.steplens.ui.probe.ProbeModel;
import org.steplens.ui.probe.ProbeRow;
import org.steplens.ui.session.Session;

/**
 * Re-scoring an edited step (issue 13's "within 1 s for a 20-step solution with the bundled model"): the real probe
 * model on the FX thread, a real 20-step ProcessBench solution (the first 20 steps of the first MATH record with at
 * least 20), the bundled tiny PRM. Each run edits step {@code k} (a different number each time, so nothing is cached)
 * and times from the edit to the new probabilities being in the rows on the FX thread. The model is opened once
 * (the first edit, reported separately). Args: [runs] [model folder].
 */
public final class ProbeRescoreBenchmark {
    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 31;
        Path folder = Path.of(args.length > 1 ? args[1] : ProbeModel.BUNDLED_MODEL);
        Problem twenty = twentyStepProblem();
        if (System.getenv("DISPLAY") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        FxTaskRunner runner = new FxTaskRunner("probe-bench", 1);
        Session session = new Session();
        ProbeModel[] probe = new ProbeModel[1];
        onFx(() -> {
            probe[0] = new ProbeModel(session, new ReadOnlyObjectWrapper<ReviewStore>().getReadOnlyProperty(), runner);
            probe[0].modelFolderProperty().set(folder);
            session.problemProperty().set(twenty);
        });
        List<Double> ms = new ArrayList<>();
        String step = twenty.solution(0).stepText(9);
        for (int r = 0; r <= runs; r++) {
            String edited = "We double-check: " + (1000 + r) + " + " + r + " = " + (1000 + 2 * r + 1) + ". " + step;
            CountDownLatch done = new CountDownLatch(1);
            long[] t = new long[2];
            onFx(() -> {
                ListChangeListener<ProbeRow> l = new ListChangeListener<>() {
                    @Override
                    public void onChanged(Change<? extends ProbeRow> c) {
                        List<ProbeRow> rows = probe[0].rows();
                        if (rows.size() > 9 && rows.get(9).text().equals(edited) && !Double.isNaN(rows.get(9).after())
                                && !Double.isNaN(rows.get(9).before())) {
                            t[1] = System.nanoTime();
                            probe[0].rows().removeListener(this);
                            done.countDown();
                        }
                    }
                };
                probe[0].rows().addListener(l);
                t[0] = System.nanoTime();
                probe[0].editStep(9, edited);
            });
            if (!done.await(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException("no probabilities after 120 s: " + probe[0].statusProperty().get());
            }
            double elapsed = (t[1] - t[0]) / 1e6;
            if (r == 0) {
                System.out.printf(Locale.ROOT, "first edit (opens the model, scores the original too): %.0f ms%n", elapsed);
            } else {
                ms.add(elapsed);
            }
        }
        ms.sort(null);
        System.out.printf(Locale.ROOT, "edit → new probabilities, 20-step solution, %s, %d runs: median %.0f ms, "
                + "min %.0f ms, max %.0f ms (target < 1000 ms)%n", folder.getFileName(), ms.size(),
                ms.get(ms.size() / 2), ms.get(0), ms.get(ms.size() - 1));
        onFx(() -> probe[0].dispose());
        runner.shutdown();
        Platform.exit();
    }

    private static Problem twentyStepProblem() throws Exception {
        for (Problem p : DatasetLoader.load(Path.of("src/test/resources/data/processbench/math.json"),
                LoadProgress.NONE).dataset().problems()) {
            Solution s = p.solution(0);
            if (s.stepCount() >= 20) {
                Solution cut = Solution.builder().steps(s.stepTexts().subList(0, 20)).build();
                return new Problem(p.id(), p.text(), p.groundTruthAnswer(), null, p.subject(), p.level(), p.source(),
                        List.of(cut), null);
            }
        }
        throw new IllegalStateException("no 20-step solution in the ProcessBench MATH sample");
    }

    private static void onFx(Runnable action) throws InterruptedException {
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
}
