package org.steplens.ui.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.steplens.io.LoadError;
import org.steplens.io.LoadProgress;
import org.steplens.io.LoadRate;
import org.steplens.io.LoadResult;
import org.steplens.model.Dataset;
import org.steplens.model.Problem;
import org.steplens.ui.common.CancelToken;
import org.steplens.ui.common.SimpleCancelToken;
import org.steplens.ui.common.TaskRunner;

/**
 * Opening files: loads in the background with progress and cancel, shows problems as they complete, keeps the
 * load report and the recent files. Holds no nodes.
 */
public final class MainViewModel {
    private final DatasetOpener opener;
    private final TaskRunner runner;
    private final RecentFiles recent;
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ObservableList<LoadError> errors = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Dataset> dataset = new ReadOnlyObjectWrapper<>(this, "dataset");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Open a file to begin: File ▸ Open, or drop files here.");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "StepLens");
    private List<Path> openedFiles = List.of();
    private CancelToken current;
    private SimpleCancelToken userCancel;

    public MainViewModel(DatasetOpener opener, TaskRunner runner, RecentFiles recent) {
        this.opener = opener;
        this.runner = runner;
        this.recent = recent;
    }

    /** Starts loading {@code files}, replacing what is open; an earlier load still running is cancelled. */
    public void open(List<Path> files) {
        if (files.isEmpty()) {
            return;
        }
        cancel();
        List<Path> paths = List.copyOf(files);
        SimpleCancelToken cancelled = new SimpleCancelToken();
        userCancel = cancelled;
        problems.clear();
        errors.clear();
        dataset.set(null);
        loading.set(true);
        progress.set(-1);
        openedFiles = paths;
        String names = names(paths);
        title.set(names + " — StepLens");
        status.set("Loading " + names + "…");
        current = runner.run("load", token -> opener.open(paths, new Progress(cancelled, token, names)),
                result -> finished(result, paths), error -> failed(error, paths));
    }

    private void finished(LoadResult result, List<Path> paths) {
        if (userCancel != null && userCancel.isCancelled()) {
            return;
        }
        Dataset d = result.dataset();
        if (problems.size() == d.problemCount() && sameIds(d.problems())) {
            // keep the streamed objects the views already show (the loader may have built equal copies)
            d = d.withProblems(new ArrayList<>(problems));
        } else {
            problems.setAll(d.problems());
        }
        errors.setAll(result.errors());
        dataset.set(d);
        loading.set(false);
        progress.set(1);
        recent.add(paths);
        status.set(String.format("%s · %s · %,d problems · %,d candidates%s", names(paths), result.format(),
                d.problemCount(), d.solutionCount(),
                result.errors().isEmpty() ? "" : String.format(" · %,d record%s could not be read", result.errors().size(),
                        result.errors().size() == 1 ? "" : "s")));
    }

    private boolean sameIds(List<Problem> loaded) {
        for (int i = 0; i < loaded.size(); i++) {
            Problem shown = problems.get(i);
            Problem read = loaded.get(i);
            if (shown != read && (!shown.id().equals(read.id()) || shown.solutionCount() != read.solutionCount())) {
                return false;
            }
        }
        return true;
    }

    private void failed(Throwable error, List<Path> paths) {
        loading.set(false);
        progress.set(0);
        String reason = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        errors.setAll(new LoadError(paths.get(0), 0, reason));
        status.set("Could not open " + names(paths) + ": " + reason);
    }

    /** Replaces the open dataset with a derived one (e.g. the same problems with a model's scores added). */
    public void replaceDataset(Dataset replacement, String note) {
        problems.setAll(replacement.problems());
        dataset.set(replacement);
        status.set(String.format("%s · %,d problems · %,d candidates · %s", replacement.name(),
                replacement.problemCount(), replacement.solutionCount(), note));
    }

    /** Explains why nothing is open at start: no file given and no bundled sample found. */
    public void showNoSample(Path samples) {
        status.set("No file open and no sample found in " + samples + ". Open a file (Ctrl+O) or drop one here.");
    }

    /** Stops a running load; problems read so far stay visible. */
    public void cancel() {
        if (!loading.get()) {
            return;
        }
        if (userCancel != null) {
            userCancel.cancel();
        }
        if (current != null) {
            current.cancel();
        }
        loading.set(false);
        progress.set(0);
        dataset.set(new Dataset(names(openedFiles) + " (partial)", "partial", new ArrayList<>(problems)));
        status.set(String.format("Loading cancelled · showing the %,d problems read so far", problems.size()));
    }

    private static String names(List<Path> paths) {
        if (paths.isEmpty()) {
            return "";
        }
        String first = String.valueOf(paths.get(0).getFileName());
        return paths.size() == 1 ? first : first + " and " + (paths.size() - 1) + " more";
    }

    /** Relays the loader's news to the FX thread, throttled so a big file does not flood it. */
    private final class Progress implements LoadProgress {
        private final CancelToken cancelled;
        private final CancelToken superseded;
        private final AtomicLong lastPermille = new AtomicLong(-1);
        private final LoadRate rate = new LoadRate();
        private final String names;

        Progress(CancelToken cancelled, CancelToken superseded, String names) {
            this.names = names;
            this.cancelled = cancelled;
            this.superseded = superseded;
        }

        @Override
        public void onProgress(long bytesRead, long totalBytes) {
            if (totalBytes <= 0) {
                return;
            }
            long permille = Math.min(1000, bytesRead * 1000 / totalBytes);
            if (permille - lastPermille.get() >= 5 || permille == 1000) {
                lastPermille.set(permille);
                String text = "Loading " + names + " · " + rate.describe(bytesRead, totalBytes);
                runner.onUiThread(() -> {
                    if (!isCancelled()) {
                        progress.set(permille / 1000.0);
                        if (loading.get()) {
                            status.set(text);
                        }
                    }
                });
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled.isCancelled() || superseded.isCancelled();
        }

        @Override
        public void onProblems(List<Problem> completed) {
            List<Problem> copy = List.copyOf(completed);
            runner.onUiThread(() -> {
                if (!isCancelled()) {
                    problems.addAll(copy);
                }
            });
        }
    }

    /** The problems of the open file(s); grows while a file loads. */
    public ObservableList<Problem> problems() {
        return problems;
    }

    /** The load report: one entry per record that could not be read. */
    public ObservableList<LoadError> errors() {
        return errors;
    }

    public ObservableList<Path> recentFiles() {
        return recent.files();
    }

    public ReadOnlyObjectProperty<Dataset> datasetProperty() {
        return dataset.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** 0–1, or -1 while the size is unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Shows a short message in the status bar (e.g. "Saved …" after an export). */
    public void showStatus(String message) {
        status.set(message);
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public List<Path> openedFiles() {
        return openedFiles;
    }
}
