package org.steplens.ui.score;

import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.steplens.model.Dataset;
import org.steplens.score.DevicePreference;
import org.steplens.score.PrmModel;
import org.steplens.score.ScoreProgress;
import org.steplens.score.ScoreResult;
import org.steplens.score.Scorer;
import org.steplens.ui.common.CancelToken;
import org.steplens.ui.common.SimpleCancelToken;
import org.steplens.ui.common.TaskRunner;
import org.steplens.ui.inspect.InspectorViewModel;
import org.steplens.ui.shell.MainViewModel;

/**
 * "Score with model…": opens a model folder, scores the open dataset in the background with progress, shows the
 * device used (and why CUDA was not), then switches the colours to the model's scores.
 */
public final class ModelScoringViewModel {
    private final MainViewModel main;
    private final InspectorViewModel inspector;
    private final TaskRunner runner;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper device = new ReadOnlyStringWrapper(this, "device", "");
    private SimpleCancelToken cancelled;
    private CancelToken task;

    public ModelScoringViewModel(MainViewModel main, InspectorViewModel inspector, TaskRunner runner) {
        this.main = main;
        this.inspector = inspector;
        this.runner = runner;
    }

    /** Scores the open dataset with the model in {@code folder}. */
    public void start(Path folder) {
        Dataset dataset = main.datasetProperty().get();
        if (dataset == null) {
            status.set("Open a file first, then score it with a model.");
            return;
        }
        if (running.get()) {
            return;
        }
        SimpleCancelToken stop = new SimpleCancelToken();
        cancelled = stop;
        running.set(true);
        progress.set(-1);
        device.set("");
        status.set("Opening model " + folder.getFileName() + "…");
        long total = dataset.solutionCount();
        task = runner.run("score", token -> {
            try (PrmModel model = PrmModel.open(folder, DevicePreference.AUTO)) {
                String name = model.name();
                String where = model.device().describe();
                runner.onUiThread(() -> {
                    device.set(where);
                    status.set(String.format(Locale.ROOT, "Scoring %,d solutions with %s on %s…", total, name, where));
                });
                ScoreResult result = new Scorer(model).score(dataset, new ScoreProgress() {
                    @Override
                    public void onProgress(long done, long all) {
                        runner.onUiThread(() -> progress.set(all <= 0 ? -1 : (double) done / all));
                    }

                    @Override
                    public boolean isCancelled() {
                        return stop.isCancelled() || token.isCancelled();
                    }
                });
                return new Outcome(name, where, result);
            }
        }, this::finished, this::failed);
    }

    private record Outcome(String scorer, String device, ScoreResult result) {
    }

    private void finished(Outcome o) {
        running.set(false);
        progress.set(1);
        ScoreResult r = o.result();
        main.replaceDataset(r.dataset(), String.format(Locale.ROOT, "scored with %s on %s", o.scorer(), o.device()));
        inspector.settingsProperty().set(inspector.settings().withStepScorer(o.scorer()));
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "Scored with %s on %s: %,d scored, %,d from cache, %,d skipped.",
                o.scorer(), o.device(), r.scored(), r.fromCache(), r.skipped()));
        if (!r.messages().isEmpty()) {
            s.append(' ').append(r.messages().get(0));
            if (r.messages().size() > 1) {
                s.append(String.format(Locale.ROOT, " (+%d more)", r.messages().size() - 1));
            }
        }
        status.set(s.toString());
    }

    private void failed(Throwable e) {
        running.set(false);
        progress.set(0);
        status.set("Scoring failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    }

    public void cancel() {
        if (!running.get()) {
            return;
        }
        cancelled.cancel();
        task.cancel();
        running.set(false);
        progress.set(0);
        status.set("Scoring cancelled; the file's own scores are shown.");
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

    /** The device the model runs on, e.g. "CPU (CUDA unavailable: …)". */
    public ReadOnlyStringProperty deviceProperty() {
        return device.getReadOnlyProperty();
    }
}
