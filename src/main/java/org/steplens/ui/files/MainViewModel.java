package org.steplens.ui.files;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.steplens.io.LoadError;
import org.steplens.io.LoadProgress;
import org.steplens.io.LoadRate;
import org.steplens.io.LoadResult;
import org.steplens.io.NativeJsonlWriter;
import org.steplens.score.CachedScores;
import java.nio.file.Files;
import org.steplens.model.Dataset;
import org.steplens.model.Problem;
import org.steplens.ui.common.CancelToken;
import org.steplens.ui.common.SimpleCancelToken;
import org.steplens.ui.common.TaskRunner;
import org.steplens.ui.session.Session;

/**
 * Opening and saving files: loads in the background with progress and cancel, shows problems as they complete, adds
 * the scores kept in score caches for these files (so scores made earlier are not lost), keeps the load report and
 * the recent files, and writes the dataset with its scores in native format. Holds no nodes.
 */
public final class MainViewModel {
    private final Session session;
    private final DatasetOpener opener;
    private final TaskRunner runner;
    private final RecentFiles recent;
    private final ObservableList<LoadError> errors = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "StepLens");
    private CancelToken current;
    private SimpleCancelToken userCancel;

    /** A view model with a session of its own (tests, or a window that shares nothing). */
    public MainViewModel(DatasetOpener opener, TaskRunner runner, RecentFiles recent) {
        this(new Session(), opener, runner, recent);
    }

    /** @param session where the opened dataset goes */
    public MainViewModel(Session session, DatasetOpener opener, TaskRunner runner, RecentFiles recent) {
        this.session = session;
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
        long id = session.open(paths);
        errors.clear();
        loading.set(true);
        progress.set(-1);
        String names = names(paths);
        title.set(names + " — StepLens");
        session.showStatus("Loading " + names + "…");
        current = runner.run("load", token -> {
            Progress progress = new Progress(id, cancelled, token, names);
            LoadResult result = opener.open(paths, progress);
            return new Loaded(result, CachedScores.apply(result.dataset(), paths, progress::isCancelled));
        }, loaded -> finished(id, loaded, paths), error -> failed(id, error, paths));
    }

    /** A load's result with the cached scores found for it. */
    private record Loaded(LoadResult result, CachedScores.Found cached) {
    }

    private void finished(long id, Loaded loaded, List<Path> paths) {
        if ((userCancel != null && userCancel.isCancelled()) || !session.isOpen(id)) {
            return;
        }
        LoadResult result = loaded.result();
        Dataset d = loaded.cached().dataset();
        List<Problem> problems = session.problems();
        if (loaded.cached().isEmpty() && problems.size() == d.problemCount() && sameIds(problems, d.problems())) {
            // keep the streamed objects the views already show (the loader may have built equal copies)
            d = d.withProblems(new ArrayList<>(problems));
        }
        errors.setAll(result.errors());
        session.setDataset(id, d);
        loading.set(false);
        progress.set(1);
        recent.add(paths);
        session.showStatus(String.format(Locale.ROOT, "%s · %s · %,d problems · %,d candidates%s%s", names(paths), result.format(),
                d.problemCount(), d.solutionCount(), cachedNote(loaded.cached()),
                result.errors().isEmpty() ? "" : String.format(Locale.ROOT, " · %,d record%s could not be read", result.errors().size(),
                        result.errors().size() == 1 ? "" : "s")));
    }

    private static String cachedNote(CachedScores.Found cached) {
        StringBuilder s = new StringBuilder();
        cached.scorers().forEach((name, count) -> s.append(String.format(" · scores from %s (%,d candidates, from the cache)",
                name, count)));
        return s.toString();
    }

    /**
     * File ▸ Save as…: writes the open dataset with every score it carries in StepLens native format, in the
     * background (temporary file renamed into place). Never over a file the dataset was read from.
     */
    public void saveAs(Path out) {
        Dataset d = session.dataset();
        if (d == null) {
            session.showStatus("Nothing to save yet: open a file (and wait until it has loaded).");
            return;
        }
        for (Path input : session.files()) {
            if (sameFile(input, out)) {
                session.showStatus("Not saved: " + out.getFileName() + " is the file this dataset was read from; "
                        + "StepLens never writes over its input. Choose another name.");
                return;
            }
        }
        long id = session.documentId();
        long revision = session.commands().revision();
        session.showStatus("Saving " + out.getFileName() + "…");
        runner.run("save", token -> {
            NativeJsonlWriter.write(d, out);
            return out;
        }, saved -> {
            session.saved(id, saved, revision);
            if (session.isOpen(id)) {
                title.set(names(List.of(saved)) + " — StepLens");
            }
            session.showStatus(String.format("Saved %,d problems with their scores to %s", d.problemCount(), saved));
        }, error -> session.showError("Could not save " + out, error));
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())
                    || (Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b));
        } catch (java.io.IOException e) {
            return true; // cannot tell: do not risk the input
        }
    }

    private static boolean sameIds(List<Problem> shown, List<Problem> loaded) {
        for (int i = 0; i < loaded.size(); i++) {
            Problem a = shown.get(i);
            Problem b = loaded.get(i);
            if (a != b && (!a.id().equals(b.id()) || a.solutionCount() != b.solutionCount())) {
                return false;
            }
        }
        return true;
    }

    private void failed(long id, Throwable error, List<Path> paths) {
        if (!session.isOpen(id)) {
            return;
        }
        loading.set(false);
        progress.set(0);
        String reason = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        errors.setAll(new LoadError(paths.get(0), 0, reason));
        session.showError("Could not open " + names(paths), error);
    }

    /** Explains why nothing is open at start: no file given and no bundled sample found. */
    public void showNoSample(Path samples) {
        session.showStatus("No file open and no sample found in " + samples + ". Open a file (Ctrl+O) or drop one here.");
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
        List<Problem> read = new ArrayList<>(session.problems());
        session.setDataset(session.documentId(), new Dataset(names(session.files()) + " (partial)", "partial", read));
        session.showStatus(String.format(Locale.ROOT, "Loading cancelled · showing the %,d problems read so far", read.size()));
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
        private final long id;
        private final CancelToken cancelled;
        private final CancelToken superseded;
        private final AtomicLong lastPermille = new AtomicLong(-1);
        private final LoadRate rate = new LoadRate();
        private final String names;

        Progress(long id, CancelToken cancelled, CancelToken superseded, String names) {
            this.id = id;
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
                            session.showStatus(text);
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
                    session.addProblems(id, copy);
                }
            });
        }
    }

    /** The problems of the open file(s); grows while a file loads. */
    public ObservableList<Problem> problems() {
        return session.problems();
    }

    /** The session this view model opens files into. */
    public Session session() {
        return session;
    }

    /** The load report: one entry per record that could not be read. */
    public ObservableList<LoadError> errors() {
        return errors;
    }

    public ObservableList<Path> recentFiles() {
        return recent.files();
    }

    public ReadOnlyObjectProperty<Dataset> datasetProperty() {
        return session.datasetProperty();
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
        session.showStatus(message);
    }

    public ReadOnlyStringProperty statusProperty() {
        return session.statusProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public List<Path> openedFiles() {
        return session.files();
    }
}
