package org.steplens.ui.session;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableIntegerValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.steplens.model.Dataset;
import org.steplens.model.Problem;

/**
 * The shared state of one window, beneath every feature: the open dataset, the selected problem and candidates, the
 * one {@link AnalysisSettings} value, the {@link CommandStack} that makes edits undoable, and the status line.
 * Features read and write the session and never each other; {@code shell} only creates it and hands it round.
 * Holds no nodes; use on the FX thread only.
 *
 * <h2>The dataset</h2>
 * Each {@link #open(List) open} starts a new document and returns its id. Work started for a document (a load, a
 * scoring run) keeps that id and hands its results back with it ({@link #addProblems}, {@link #setDataset},
 * {@link #replaceDataset}); results for a document that is no longer open are refused, so they can never be
 * merged into another file's data.
 *
 * <h2>The selection</h2>
 * One problem, and a list of candidates of that problem: the first is the one the inspector shows, a second (when
 * present) is the one it is compared with. {@link #candidate(int)} follows one slot of the list, so two solution
 * views can show slots 0 and 1 side by side. Changing the problem selects its first candidate.
 *
 * <h2>Edits</h2>
 * Every user edit is a {@link Command} run through {@link #commands()}. Settings changes are commands already
 * ({@link #changeSettings}); reviews, probes and decks add their own command classes and call
 * {@code session.commands().execute(...)}. The stack's dirty flag says whether the document has unsaved changes.
 */
public final class Session {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Session.class);

    private final CommandStack commands = new CommandStack();
    private final ReadOnlyObjectWrapper<Dataset> dataset = new ReadOnlyObjectWrapper<>(this, "dataset");
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    /** One read-only view, kept: a view made per call would be collected with the listeners added to it. */
    private final ObservableList<Problem> problemsView = FXCollections.unmodifiableObservableList(problems);
    private final ReadOnlyLongWrapper documentId = new ReadOnlyLongWrapper(this, "documentId");
    private final ObjectProperty<Problem> problem = new SimpleObjectProperty<>(this, "problem");
    private final ObservableList<Integer> candidates = FXCollections.observableArrayList();
    private final ObservableList<Integer> candidatesView = FXCollections.unmodifiableObservableList(candidates);
    private final Map<Integer, IntegerBinding> slots = new HashMap<>();
    private final ReadOnlyObjectWrapper<AnalysisSettings> settings = new ReadOnlyObjectWrapper<>(this, "settings",
            AnalysisSettings.DEFAULT);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status",
            "Open a file to begin: File ▸ Open, or drop files here.");
    private final javafx.beans.property.ReadOnlyBooleanWrapper scoresConcealed =
            new javafx.beans.property.ReadOnlyBooleanWrapper(this, "scoresConcealed");
    private List<Path> files = List.of();
    private final ReadOnlyObjectWrapper<ProblemListRequest> problemListRequest =
            new ReadOnlyObjectWrapper<>(this, "problemListRequest");

    public Session() {
        problem.addListener((o, before, now) -> {
            // a rescored copy of the same problem keeps the candidates the user was looking at
            boolean sameProblem = before != null && now != null && before.id().equals(now.id())
                    && before.solutionCount() == now.solutionCount();
            if (!sameProblem) {
                candidates.setAll(now == null || now.solutionCount() == 0 ? List.of() : List.of(0));
            }
        });
    }

    // ---- the dataset ----

    /**
     * Starts a new document for {@code paths}: clears the problems, the selection and the undo history, and
     * returns the document's id for the work that fills it.
     */
    public long open(List<Path> paths) {
        documentId.set(documentId.get() + 1);
        files = List.copyOf(paths);
        problem.set(null);
        problems.clear();
        dataset.set(null);
        commands.clear();
        return documentId.get();
    }

    /** Whether {@code id} is the document open now. */
    public boolean isOpen(long id) {
        return id == documentId.get();
    }

    /** Appends problems read so far (a file still loading); false, and nothing changes, for a closed document. */
    public boolean addProblems(long id, List<Problem> more) {
        if (!isOpen(id)) {
            return false;
        }
        problems.addAll(more);
        return true;
    }

    /**
     * Sets the document's dataset (loading finished or was cancelled); its problems replace the streamed ones unless
     * they are the same objects. False, and nothing changes, for a closed document.
     */
    public boolean setDataset(long id, Dataset value) {
        if (!isOpen(id)) {
            return false;
        }
        if (!value.holdsExactly(problems)) {
            problems.setAll(value.problems());
        }
        dataset.set(value);
        return true;
    }

    /**
     * Replaces the open dataset with one derived from it (the same problems with a model's scores added). Refused
     * (false) when {@code id} is no longer the open document: a result computed for a file that was closed meanwhile
     * is dropped, never merged into another one.
     */
    public boolean replaceDataset(long id, Dataset value) {
        if (!isOpen(id) || dataset.get() == null) {
            if (!isOpen(id)) {
                LOG.info("dropped a result for a dataset that is no longer open: {}", value.name());
            }
            return false;
        }
        return setDataset(id, value);
    }

    /**
     * The user's edit of the open dataset (scores from a model, …) as an undoable command that also switches the
     * settings to {@code settingsAfter}. Refused (false) when {@code id} is no longer the open document: a result
     * computed for a file that was closed meanwhile is dropped, never merged into another one.
     *
     * @param description what Edit ▸ Undo names, e.g. "scores from tiny-prm"
     */
    public boolean editDataset(long id, Dataset after, AnalysisSettings settingsAfter, String description) {
        if (!isOpen(id) || dataset.get() == null) {
            return replaceDataset(id, after);
        }
        commands.execute(new DatasetChange(this, id, dataset.get(), after, settings.get(), settingsAfter, description));
        return true;
    }

    /**
     * The open document was written to {@code file} as it was at {@code revision} (see {@link CommandStack}): the
     * file is now the document's, and it is clean unless it changed since. Ignored for a closed document.
     */
    public void saved(long id, Path file, long revision) {
        if (isOpen(id)) {
            files = List.of(file);
            commands.markSaved(revision);
        }
    }

    /** The open dataset; null while nothing is open or a file is still loading. */
    public ReadOnlyObjectProperty<Dataset> datasetProperty() {
        return dataset.getReadOnlyProperty();
    }

    public Dataset dataset() {
        return dataset.get();
    }

    /** The problems of the open document; grows while a file loads. Read-only: change it through the methods above. */
    public ObservableList<Problem> problems() {
        return problemsView;
    }

    /** The files the open document was read from. */
    public List<Path> files() {
        return files;
    }

    /** Increases with every {@link #open}; see the class comment. */
    public ReadOnlyLongProperty documentIdProperty() {
        return documentId.getReadOnlyProperty();
    }

    public long documentId() {
        return documentId.get();
    }

    // ---- the selection ----

    /** The selected problem; any feature may set it (e.g. "open in inspector" from a chart). */
    public ObjectProperty<Problem> problemProperty() {
        return problem;
    }

    public Problem problem() {
        return problem.get();
    }

    /** The selected candidates of the selected problem, by index; the first is the one shown. Read-only view. */
    public ObservableList<Integer> candidates() {
        return candidatesView;
    }

    /** The candidate in {@code slot} of the selection (0 = shown, 1 = compared with), -1 when the slot is empty. */
    public ObservableIntegerValue candidate(int slot) {
        return slots.computeIfAbsent(slot, s -> Bindings.createIntegerBinding(
                () -> s < candidates.size() ? candidates.get(s) : -1, candidates));
    }

    /** Shows candidate {@code index} of the selected problem (keeping a compared second one); ignored when out of range. */
    public void selectCandidate(int index) {
        if (!inRange(index)) {
            return;
        }
        List<Integer> next = new ArrayList<>(candidates);
        if (next.isEmpty()) {
            next.add(index);
        } else {
            next.set(0, index);
        }
        candidates.setAll(next);
    }

    /** Selects several candidates at once (e.g. two to compare); indices out of range are left out. */
    public void selectCandidates(List<Integer> indices) {
        candidates.setAll(indices.stream().filter(this::inRange).toList());
    }

    private boolean inRange(int index) {
        Problem p = problem.get();
        return p != null && index >= 0 && index < p.solutionCount();
    }

    /** Asks the problem list to show the problems a request names (it clears its other filters; see the request). */
    public void showInProblemList(ProblemListRequest request) {
        problemListRequest.set(null); // the same request twice is two clicks
        problemListRequest.set(request);
    }

    /** The last {@link #showInProblemList} request; the problem list and the window follow it. */
    public ReadOnlyObjectProperty<ProblemListRequest> problemListRequestProperty() {
        return problemListRequest.getReadOnlyProperty();
    }

    // ---- the settings ----

    /** The one analysis-settings value; change it with {@link #changeSettings}. */
    public ReadOnlyObjectProperty<AnalysisSettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    public AnalysisSettings settings() {
        return settings.get();
    }

    /** The user changes the settings: an undoable command (nothing happens when {@code next} equals the current value). */
    public void changeSettings(AnalysisSettings next) {
        changeSettings(next, null);
    }

    /**
     * As {@link #changeSettings(AnalysisSettings)}, merging with the previous change when both carry the same
     * {@code gesture} key (one per slider drag: {@code new Object()} when the drag starts), so that a drag is one
     * undo step.
     */
    public void changeSettings(AnalysisSettings next, Object gesture) {
        AnalysisSettings now = settings.get();
        if (!next.equals(now)) {
            commands.execute(new SettingsChange(settings::set, now, next, gesture));
        }
    }

    /**
     * A correction the application makes by itself, not the user (e.g. the open file has no scores from the chosen
     * scorer, so its first one is used): applied directly, not undoable.
     */
    public void adjustSettings(AnalysisSettings next) {
        settings.set(next);
    }

    // ---- blind review ----

    /**
     * True while a reviewer works blind: views hide model scores, step tints, first-error marks, method picks and
     * correctness of the shown solution until the reviewer has rated it.
     */
    public javafx.beans.property.ReadOnlyBooleanProperty scoresConcealedProperty() {
        return scoresConcealed.getReadOnlyProperty();
    }

    public boolean scoresConcealed() {
        return scoresConcealed.get();
    }

    /** Set by the review feature (blind mode); see {@link #scoresConcealedProperty()}. */
    public void setScoresConcealed(boolean value) {
        scoresConcealed.set(value);
    }

    // ---- edits and status ----

    /** Undo and redo for this window. */
    public CommandStack commands() {
        return commands;
    }

    /** The status line: what just happened or went wrong. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public void showStatus(String message) {
        status.set(message);
    }

    /**
     * Reports a failure of background work: shown in the status line and written to the log with its stack trace,
     * never swallowed.
     */
    public void showError(String what, Throwable error) {
        String reason = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        LOG.warn(what, error);
        status.set(what + ": " + reason);
    }
}
