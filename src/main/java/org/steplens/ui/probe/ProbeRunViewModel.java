package org.steplens.ui.probe;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.steplens.grade.Grader;
import org.steplens.model.Dataset;
import org.steplens.probe.Perturbation;
import org.steplens.probe.ProbeRunner;
import org.steplens.probe.ProbeScorer;
import org.steplens.score.DevicePreference;
import org.steplens.score.PrmModel;
import org.steplens.score.ScoreCache;
import org.steplens.score.ScoreProgress;
import org.steplens.score.Scorer;
import org.steplens.ui.common.CancelToken;
import org.steplens.ui.common.TaskRunner;

/**
 * Tools ▸ Probe the PRM…: runs the chosen perturbations over the open dataset with a local model in the background
 * ({@link ProbeRunner}, the same as {@code steplens probe}), with progress and cancel. FX thread only.
 */
public final class ProbeRunViewModel {
    /** What a finished run gives: one result per perturbation, and the model for the figures' provenance. */
    public record Outcome(List<ProbeRunner.Result> results, String model, String modelHash, String dataset,
                          long seed, double threshold) {
        /** Every perturbed, scored solution of the run, as one dataset to save. */
        public Dataset perturbed() {
            List<org.steplens.model.Problem> all = new ArrayList<>();
            results.forEach(r -> all.addAll(r.perturbed().problems()));
            return new Dataset(dataset + " (probed)", "StepLens", all);
        }
    }

    private final TaskRunner runner;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome");
    private CancelToken task;

    public ProbeRunViewModel(TaskRunner runner) {
        this.runner = runner;
    }

    /**
     * Runs {@code kinds} over {@code dataset}; scores are cached beside {@code input} (as Score with model does).
     *
     * @param input the dataset's file (for the score cache), or null
     */
    public void start(Dataset dataset, Path input, Path model, List<Perturbation> kinds, long seed, double threshold) {
        if (running.get() || dataset == null || model == null || kinds.isEmpty()) {
            status.set(dataset == null ? "Open a file first." : model == null ? "Choose a model."
                    : kinds.isEmpty() ? "Choose at least one perturbation." : status.get());
            return;
        }
        running.set(true);
        progress.set(-1);
        outcome.set(null);
        status.set("Opening model " + model.getFileName() + "…");
        task = runner.run("probe-run", token -> {
            try (PrmModel prm = PrmModel.open(model, DevicePreference.AUTO)) {
                Scorer scorer = new Scorer(prm, input == null ? null : ScoreCache.forInput(input, prm.hash()),
                        prm.spec().batchSize());
                List<ProbeRunner.Result> results = new ArrayList<>();
                for (int k = 0; k < kinds.size(); k++) {
                    int index = k;
                    runner.onUiThread(() -> status.set(String.format(Locale.ROOT, "%s: scoring with %s (%d of %d)…",
                            kinds.get(index).id(), prm.name(), index + 1, kinds.size())));
                    ProbeScorer probeScorer = new ProbeScorer() {
                        private int pass; // ProbeRunner scores twice: the originals, then the perturbed

                        @Override
                        public String name() {
                            return prm.name();
                        }

                        @Override
                        public Dataset score(Dataset d) throws Exception {
                            int half = Math.min(pass++, 1);
                            return scorer.score(d, new ScoreProgress() {
                                @Override
                                public void onProgress(long done, long all) {
                                    double within = (half + (all <= 0 ? 1 : (double) done / all)) / 2;
                                    runner.onUiThread(() -> progress.set((index + within) / kinds.size()));
                                }

                                @Override
                                public boolean isCancelled() {
                                    return token.isCancelled();
                                }
                            }).dataset();
                        }
                    };
                    results.add(ProbeRunner.run(dataset, kinds.get(k), seed, threshold, Grader.prm800k(), probeScorer));
                }
                return new Outcome(results, prm.name(), prm.hash(), dataset.name(), seed, threshold);
            }
        }, o -> {
            running.set(false);
            progress.set(1);
            outcome.set(o);
            status.set(String.format(Locale.ROOT, "Probed %s with %s: %d perturbation(s).", o.dataset(), o.model(),
                    o.results().size()));
        }, e -> {
            running.set(false);
            progress.set(0);
            status.set("Probing failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        });
    }

    public void cancel() {
        if (running.get()) {
            task.cancel();
            running.set(false);
            progress.set(0);
            status.set("Probing cancelled.");
        }
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Sets the status line (saving a file or a figure reports here too). */
    void showStatus(String message) {
        status.set(message);
    }

    public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }
}
