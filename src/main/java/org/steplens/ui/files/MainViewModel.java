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
import org.steplens.ui.common.Counts;
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
    private final ReadOnlyStringWrapper reportHeading = new ReadOnlyStringWrapper(this, "reportHeading", "Every record was read.");
    private final ReadOnlyBooleanWrapper nothingRead = new ReadOnlyBooleanWrapper(this, "nothingRead");
    private CancelToken current;
    private SimpleCancelToken userCancel;
    /** The load running now; null when none is. */
    private Load load;

    /**
     * One load. The open document is replaced only once the new files yield a problem ({@link #documentId} then
     * set): a file nothing can be read from leaves what is open untouched.
     */
    private final class Load {
        final List<Path> paths;
        final String names;
        long documentId = -1;

        Load(List<Path> paths) {
            this.paths = paths;
            this.names = names(paths);
        }

        boolean opened() {
            return documentId >= 0;
        }

        /** Starts the new document (once), replacing the open one. */
        long open() {
            if (!opened()) {
                documentId = session.open(paths);
                errors.clear();
                title.set(names + " — StepLens");
            }
            return documentId;
        }
    }

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

    /**
     * Starts loading {@code files}; an earlier load still running is cancelled. What is open is replaced as soon as
     * the new files yield a problem, and kept when nothing in them can be read.
     */
    public void open(List<Path> files) {
        if (files.isEmpty()) {
            return;
        }
        cancel();
        List<Path> paths = List.copyOf(files);
        SimpleCancelToken cancelled = new SimpleCancelToken();
        userCancel = cancelled;
        Load started = new Load(paths);
        load = started;
        loading.set(true);
        progress.set(-1);
        session.showStatus("Loading " + started.names + "…");
        current = runner.run("load", token -> {
            Progress progress = new Progress(started, cancelled, token);
            LoadResult result = opener.open(paths, progress);
            return new Loaded(result, CachedScores.apply(result.dataset(), paths, progress::isCancelled));
        }, loaded -> finished(started, loaded), error -> failed(started, error));
    }

    /** A load's result with the cached scores found for it. */
    private record Loaded(LoadResult result, CachedScores.Found cached) {
    }

    private void finished(Load done, Loaded loaded) {
        if ((userCancel != null && userCancel.isCancelled()) || load != done
                || (done.opened() && !session.isOpen(done.documentId))) {
            return;
        }
        load = null;
        LoadResult result = loaded.result();
        Dataset d = loaded.cached().dataset();
        List<Path> paths = done.paths;
        if (d.problemCount() == 0 && !done.opened()) {
            nothingRead(done, result.errors().isEmpty()
                    ? List.of(new LoadError(paths.get(0), 0, "no problems in this file")) : result.errors());
            return;
        }
        long id = done.open();
        List<Problem> problems = session.problems();
        if (loaded.cached().isEmpty() && problems.size() == d.problemCount() && sameIds(problems, d.problems())) {
            // keep the streamed objects the views already show (the loader may have built equal copies)
            d = d.withProblems(new ArrayList<>(problems));
        }
        nothingRead.set(false);
        reportHeading.set(result.errors().isEmpty() ? "Every record was read."
                : Counts.of(result.errors().size(), "record") + " could not be read; everything else loaded.");
        errors.setAll(result.errors());
        session.setDataset(id, d);
        loading.set(false);
        progress.set(1);
        recent.add(paths);
        session.showStatus(String.format(Locale.ROOT, "%s · %s · %s · %s%s%s", done.names, result.format(),
                Counts.of(d.problemCount(), "problem"), Counts.of(d.solutionCount(), "candidate"), cachedNote(loaded.cached()),
                result.errors().isEmpty() ? "" : " · " + Counts.of(result.errors().size(), "record") + " could not be read"));
    }

    /** Nothing in the new files could be read: what was open stays open, and the report says why. */
    private void nothingRead(Load failed, List<LoadError> why) {
        loading.set(false);
        progress.set(0);
        Dataset kept = session.dataset();
        String reason = why.size() == 1 ? why.get(0).reason() : Counts.of(why.size(), "record") + " could not be read";
        reportHeading.set("Nothing could be read from " + failed.names + ": " + reason + "."
                + (kept == null ? "" : " " + kept.name() + " stays open."));
        errors.setAll(why);
        session.showStatus("Nothing could be read from " + failed.names + ": " + reason
                + (kept == null ? "" : " · " + kept.name() + " stays open"));
        nothingRead.set(false);
        nothingRead.set(true); // a signal for the window: show the report (again)
    }

    private static String cachedNote(CachedScores.Found cached) {
        StringBuilder s = new StringBuilder();
        cached.scorers().forEach((name, count) -> s.append(" · scores from " + name + " (" + Counts.of(count, "candidate") + ", from the cache)"));
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
            session.showStatus("Saved " + Counts.of(d.problemCount(), "problem") + " with their scores to " + saved);
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

    private void failed(Load done, Throwable error) {
        if (load != done || (done.opened() && !session.isOpen(done.documentId))) {
            return;
        }
        load = null;
        String reason = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        if (!done.opened()) {
            org.slf4j.LoggerFactory.getLogger(MainViewModel.class).warn("could not open {}", done.paths, error);
            nothingRead(done, List.of(new LoadError(done.paths.get(0), 0, reason)));
            return;
        }
        loading.set(false);
        progress.set(0);
        reportHeading.set("Could not finish reading " + done.names + ": " + reason);
        errors.setAll(new LoadError(done.paths.get(0), 0, reason));
        session.showError("Could not open " + done.names, error);
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
        Load stopped = load;
        load = null;
        if (stopped != null && !stopped.opened()) {
            Dataset kept = session.dataset();
            session.showStatus("Loading " + stopped.names + " cancelled before any problem was read"
                    + (kept == null ? "" : " · " + kept.name() + " stays open"));
            return;
        }
        List<Problem> read = new ArrayList<>(session.problems());
        session.setDataset(session.documentId(), new Dataset(names(session.files()) + " (partial)", "partial", read));
        session.showStatus("Loading cancelled · showing the " + Counts.of(read.size(), "problem") + " read so far");
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
        private final Load load;
        private final CancelToken cancelled;
        private final CancelToken superseded;
        private final AtomicLong lastPermille = new AtomicLong(-1);
        private final LoadRate rate = new LoadRate();
        private final String names;

        Progress(Load load, CancelToken cancelled, CancelToken superseded) {
            this.load = load;
            this.names = load.names;
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
                if (!isCancelled() && MainViewModel.this.load == load && !copy.isEmpty()) {
                    session.addProblems(load.open(), copy);
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

    /** The load report's heading: what the last load read, or that it read nothing and why. */
    public ReadOnlyStringProperty reportHeadingProperty() {
        return reportHeading.getReadOnlyProperty();
    }

    /** Turns true each time a load reads nothing (the open dataset is kept): the window shows the report. */
    public ReadOnlyBooleanProperty nothingReadProperty() {
        return nothingRead.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public List<Path> openedFiles() {
        return session.files();
    }
}
