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
import org.steplens.score.ScoreCache;
import org.steplens.score.ScoreProgress;
import org.steplens.score.ScoreResult;
import org.steplens.score.Scorer;
import org.steplens.ui.common.CancelToken;
import org.steplens.ui.common.SimpleCancelToken;
import org.steplens.ui.common.TaskRunner;
import org.steplens.ui.session.Session;

/**
 * "Score with model…": opens a model folder, scores the open dataset in the background with progress, shows the
 * device used (and why CUDA was not), then switches the colours to the model's scores (an undoable edit). Scores
 * are kept in the score cache beside the input (or in the user's cache), so re-opening the file shows them again;
 * scores for a file that was closed meanwhile are kept there and not applied to the file open now.
 */
public final class ModelScoringViewModel {
    private final Session session;
    private final TaskRunner runner;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper device = new ReadOnlyStringWrapper(this, "device", "");
    private SimpleCancelToken cancelled;
    private CancelToken task;

    /**
     * @param session the window's session: the dataset scored and where the scores go
     * @param runner  scoring's own runner (not the one that loads files, so that File ▸ Open stays possible)
     */
    public ModelScoringViewModel(Session session, TaskRunner runner) {
        this.session = session;
        this.runner = runner;
    }

    /** Scores the open dataset with the model in {@code folder}. */
    public void start(Path folder) {
        Dataset dataset = session.dataset();
        long document = session.documentId();
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
        java.util.List<Path> files = session.files();
        task = runner.run("score", token -> {
            try (PrmModel model = PrmModel.open(folder, DevicePreference.AUTO)) {
                String name = model.name();
                String where = model.device().describe();
                runner.onUiThread(() -> {
                    device.set(where);
                    status.set(String.format(Locale.ROOT, "Scoring %,d solutions with %s on %s…", total, name, where));
                });
                ScoreCache cache = files.isEmpty() ? null : ScoreCache.forInput(files.get(0), model.hash());
                ScoreResult result = new Scorer(model, cache, model.spec().batchSize()).score(dataset, new ScoreProgress() {
                    @Override
                    public void onProgress(long done, long all) {
                        runner.onUiThread(() -> progress.set(all <= 0 ? -1 : (double) done / all));
                    }

                    @Override
                    public boolean isCancelled() {
                        return stop.isCancelled() || token.isCancelled();
                    }
                });
                return new Outcome(document, name, where, result);
            }
        }, this::finished, this::failed);
    }

    private record Outcome(long document, String scorer, String device, ScoreResult result) {
    }

    private void finished(Outcome o) {
        running.set(false);
        progress.set(1);
        ScoreResult r = o.result();
        if (!session.editDataset(o.document(), r.dataset(), session.settings().withStepScorer(o.scorer()),
                "scores from " + o.scorer())) {
            status.set("Scores from " + o.scorer() + " were for a file that is no longer open: not applied here; "
                    + "they are kept in the score cache and appear when that file is opened again.");
            return;
        }
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
        org.slf4j.LoggerFactory.getLogger(ModelScoringViewModel.class).warn("scoring failed", e);
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
