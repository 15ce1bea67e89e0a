package org.steplens.ui.review;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.steplens.model.Dataset;
import org.steplens.model.Problem;
import org.steplens.review.ReviewEdit;
import org.steplens.review.ReviewImport;
import org.steplens.review.ReviewInverse;
import org.steplens.review.ReviewState;
import org.steplens.review.ReviewStore;
import org.steplens.review.ReviewTarget;
import org.steplens.review.SolutionKey;
import org.steplens.review.SolutionReview;
import org.steplens.review.StepRating;
import org.steplens.review.Verdict;
import org.steplens.ui.common.TaskRunner;
import org.steplens.ui.session.Session;

/**
 * The reviewer's side of a window: the open dataset's review (its journal opened in the background when the
 * dataset opens), who is reviewing, the step in focus, blind mode, progress, and every edit as an undoable command.
 * Holds no nodes.
 */
public final class ReviewModel {
    private final Session session;
    private final TaskRunner runner;
    private final ObjectProperty<ReviewStore> store = new SimpleObjectProperty<>(this, "store");
    private final StringProperty reviewer = new SimpleStringProperty(this, "reviewer", defaultReviewer());
    private final BooleanProperty reviewMode = new SimpleBooleanProperty(this, "reviewMode");
    private final BooleanProperty blind = new SimpleBooleanProperty(this, "blind");
    private final IntegerProperty focusedStep = new SimpleIntegerProperty(this, "focusedStep", -1);
    private final ReadOnlyObjectWrapper<SolutionReview> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper(this, "progress", "");
    private final ReadOnlyStringWrapper location = new ReadOnlyStringWrapper(this, "location", "");
    private final BooleanBinding concealed;

    public ReviewModel(Session session, TaskRunner runner) {
        this.session = session;
        this.runner = runner;
        session.datasetProperty().addListener((o, a, d) -> openReviewFor(d));
        session.problemProperty().addListener((o, a, b) -> refresh());
        session.candidate(0).addListener((o, a, b) -> {
            focusedStep.set(-1);
            refresh();
        });
        reviewer.addListener((o, a, b) -> refresh());
        // blind: hide what a model says until this reviewer has finished the shown solution
        concealed = Bindings.createBooleanBinding(() -> blind.get() && !currentIsComplete(), blind, current);
        concealed.addListener((o, a, hide) -> session.setScoresConcealed(hide));
        reviewMode.addListener((o, a, on) -> {
            if (on && focusedStep.get() < 0) {
                focusedStep.set(firstUnrated());
            }
        });
    }

    private static String defaultReviewer() {
        String name = System.getProperty("user.name", "reviewer");
        return name == null || name.isBlank() ? "reviewer" : name;
    }

    private void openReviewFor(Dataset dataset) {
        ReviewStore old = store.get();
        store.set(null);
        current.set(null);
        location.set("");
        if (old != null) {
            runner.run("review-close", token -> {
                old.compact();
                old.close();
                return null;
            }, x -> { }, e -> session.showError("Could not save the review " + old.path(), e));
        }
        List<Path> files = session.files();
        if (dataset == null || files.size() != 1) {
            progress.set(dataset == null ? "" : "Reviews need one open file (several are open)");
            return;
        }
        long document = session.documentId();
        Path file = files.get(0);
        runner.run("review-open", token -> ReviewStore.openFor(file), opened -> {
            if (!session.isOpen(document)) {
                try {
                    opened.close();
                } catch (java.io.IOException ignored) {
                    // nothing was written through it
                }
                return;
            }
            store.set(opened);
            location.set(opened.path().toString());
            List<String> notices = opened.notices();
            if (!notices.isEmpty()) {
                session.showStatus(String.join("; ", notices));
            } else if (opened.state().editCount() > 0) {
                session.showStatus("Review opened: " + opened.state().reviewers().size() + " reviewer(s) in "
                        + opened.path().getFileName());
            }
            refresh();
        }, e -> session.showError("Could not open the review of " + file.getFileName(), e));
    }

    /** Called when the review changed: recomputes what the views show. */
    void refresh() {
        ReviewStore s = store.get();
        SolutionKey key = currentKey();
        current.set(s == null || key == null ? null
                : s.state().review(reviewer.get(), key).orElse(null));
        updateProgress();
    }

    private void updateProgress() {
        ReviewStore s = store.get();
        Dataset d = session.dataset();
        if (s == null || d == null) {
            return;
        }
        long total = d.solutionCount();
        long done = 0;
        for (var e : s.state().reviewsBy(reviewer.get()).entrySet()) {
            if (isComplete(e.getValue(), stepCount(e.getKey()))) {
                done++;
            }
        }
        progress.set(String.format(java.util.Locale.ROOT, "%,d of %,d solutions reviewed by %s", done, total,
                reviewer.get()));
    }

    private int stepCount(SolutionKey key) {
        for (Problem p : session.problems()) {
            if (p.id().equals(key.problemId())) {
                return key.solution() < p.solutionCount() ? p.solution(key.solution()).stepCount() : 0;
            }
        }
        return 0;
    }

    private static boolean isComplete(SolutionReview r, int steps) {
        return r != null && r.isComplete(steps);
    }

    private boolean currentIsComplete() {
        SolutionKey key = currentKey();
        return key != null && isComplete(current.get(), stepCount(key));
    }

    /** The shown solution, or null. */
    public SolutionKey currentKey() {
        Problem p = session.problem();
        int c = session.candidate(0).get();
        return p == null || c < 0 ? null : new SolutionKey(p.id(), c);
    }

    // ---- edits ----

    /** Rates the focused step (or the first unrated one when none has focus) and moves the focus on. */
    public void rateFocused(StepRating rating) {
        int step = focusedStep.get() >= 0 ? focusedStep.get() : firstUnrated();
        SolutionKey key = currentKey();
        if (key == null || step < 0) {
            return;
        }
        edit(List.of(ReviewEdit.rate(reviewer.get(), ReviewTarget.step(key.problemId(), key.solution(), step), rating)),
                "rating of step " + (step + 1) + " (" + rating.label() + ")");
        int steps = stepCount(key);
        if (rating != StepRating.NEGATIVE && step + 1 < steps) {
            focusedStep.set(step + 1);
        } else {
            focusedStep.set(step);
        }
    }

    private int firstUnrated() {
        SolutionKey key = currentKey();
        if (key == null) {
            return -1;
        }
        SolutionReview r = current.get();
        int steps = stepCount(key);
        for (int i = 0; i < steps; i++) {
            if (r == null || r.rating(i).isEmpty()) {
                return i;
            }
        }
        return steps - 1;
    }

    /** Adds or removes a tag on the focused step (or the solution when no step has focus). */
    public void toggleTag(String tag) {
        SolutionKey key = currentKey();
        if (key == null || tag == null || tag.isBlank()) {
            return;
        }
        int step = focusedStep.get();
        ReviewTarget target = new ReviewTarget(key.problemId(), key.solution(), step);
        boolean has = current.get() != null && current.get().tags(step).contains(tag);
        List<ReviewEdit> edits = new ArrayList<>();
        ReviewState state = store.get() == null ? null : store.get().state();
        if (!has && state != null && !state.tagVocabulary().contains(tag)) {
            edits.add(ReviewEdit.defineTag(reviewer.get(), tag));
        }
        edits.add(has ? ReviewEdit.untag(reviewer.get(), target, tag) : ReviewEdit.tag(reviewer.get(), target, tag));
        edit(edits, (has ? "removing tag " : "tag ") + "\"" + tag + "\"");
    }

    /** Sets the note of the focused step (or of the solution when no step has focus); blank clears it. */
    public void setNote(int step, String note) {
        SolutionKey key = currentKey();
        if (key == null) {
            return;
        }
        String old = current.get() == null ? "" : current.get().note(step).orElse("");
        String now = note == null ? "" : note.strip();
        if (old.equals(now)) {
            return;
        }
        edit(List.of(ReviewEdit.note(reviewer.get(), new ReviewTarget(key.problemId(), key.solution(), step),
                now.isEmpty() ? null : now)), step < 0 ? "solution note" : "note on step " + (step + 1));
    }

    public void setVerdict(Verdict verdict) {
        SolutionKey key = currentKey();
        if (key == null || java.util.Objects.equals(verdict, current.get() == null ? null
                : current.get().verdict().orElse(null))) {
            return;
        }
        edit(List.of(ReviewEdit.verdict(reviewer.get(), key, verdict)),
                "verdict " + (verdict == null ? "cleared" : verdict.id()));
    }

    public void setAnswerFollows(Boolean follows) {
        SolutionKey key = currentKey();
        if (key == null || java.util.Objects.equals(follows, current.get() == null ? null
                : current.get().answerFollows().orElse(null))) {
            return;
        }
        edit(List.of(ReviewEdit.answerFollows(reviewer.get(), key, follows)), "\"answer follows from the steps\"");
    }

    /** Imports another reviewer's journal or export into this review, as one undoable step. */
    public void importFrom(Path file) {
        ReviewStore s = store.get();
        if (s == null) {
            session.showStatus("Open a file before importing reviews");
            return;
        }
        runner.run("review-import", token -> ReviewImport.read(file), imported -> {
            if (imported.edits().isEmpty()) {
                session.showStatus("Nothing to import from " + file.getFileName()
                        + (imported.notices().isEmpty() ? "" : ": " + imported.notices().get(0)));
                return;
            }
            edit(imported.edits(), "import of " + file.getFileName());
            session.showStatus("Imported " + imported.edits().size() + " review edits from " + file.getFileName());
        }, e -> session.showError("Could not import " + file.getFileName(), e));
    }

    private void edit(List<ReviewEdit> edits, String description) {
        ReviewStore s = store.get();
        if (s == null) {
            session.showStatus("The review is still opening; try again in a moment");
            return;
        }
        List<ReviewEdit> backward = ReviewInverse.ofAll(s.state(), edits);
        session.commands().execute(new ReviewEditCommand(this::submit, edits, backward, description));
    }

    /** Applies edits to the store (in memory now, on disk in the background) and refreshes the views. */
    void submit(List<ReviewEdit> edits) {
        ReviewStore s = store.get();
        if (s == null) {
            return;
        }
        for (ReviewEdit e : edits) {
            s.submit(e).exceptionally(error -> {
                runner.onUiThread(() -> session.showError("Could not save the review to " + s.path(), error));
                return null;
            });
        }
        refresh();
    }

    // ---- navigation ----

    /**
     * Moves to the next solution this reviewer has not finished, in the order of {@code queue} (the problem list
     * as filtered and sorted), starting after the shown one. Returns false when every solution is reviewed.
     */
    public boolean nextUnreviewed(List<Problem> queue) {
        ReviewStore s = store.get();
        if (s == null || queue.isEmpty()) {
            return false;
        }
        SolutionKey here = currentKey();
        int start = 0;
        for (int i = 0; here != null && i < queue.size(); i++) {
            if (queue.get(i).id().equals(here.problemId())) {
                start = i;
                break;
            }
        }
        for (int k = 0; k < queue.size() + 1; k++) {
            Problem p = queue.get((start + k) % queue.size());
            int first = k == 0 && here != null ? here.solution() + 1 : 0;
            for (int c = first; c < p.solutionCount(); c++) {
                SolutionReview r = s.state().review(reviewer.get(), new SolutionKey(p.id(), c)).orElse(null);
                if (!isComplete(r, p.solution(c).stepCount())) {
                    session.problemProperty().set(p);
                    session.selectCandidate(c);
                    focusedStep.set(-1);
                    return true;
                }
            }
        }
        return false;
    }

    public void moveFocus(int delta) {
        SolutionKey key = currentKey();
        if (key == null) {
            return;
        }
        int steps = stepCount(key);
        int next = Math.max(0, Math.min(steps - 1, focusedStep.get() + delta));
        focusedStep.set(steps == 0 ? -1 : next);
    }

    // ---- state for the views ----

    public ReadOnlyObjectProperty<ReviewStore> storeProperty() {
        return store;
    }

    public ReviewStore store() {
        return store.get();
    }

    public StringProperty reviewerProperty() {
        return reviewer;
    }

    public BooleanProperty reviewModeProperty() {
        return reviewMode;
    }

    public BooleanProperty blindProperty() {
        return blind;
    }

    public IntegerProperty focusedStepProperty() {
        return focusedStep;
    }

    public ReadOnlyObjectProperty<SolutionReview> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public Optional<SolutionReview> current() {
        return Optional.ofNullable(current.get());
    }

    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty locationProperty() {
        return location.getReadOnlyProperty();
    }

    /** True while blind mode hides the model's verdicts on the shown solution. */
    public BooleanBinding concealedProperty() {
        return concealed;
    }

    public Session session() {
        return session;
    }

    /** Saves the journal as a compact snapshot and closes it (the window is closing). */
    public void dispose() {
        ReviewStore s = store.get();
        store.set(null);
        if (s != null) {
            try {
                s.compact();
                s.close();
            } catch (java.io.IOException e) {
                session.showError("Could not save the review " + s.path(), e);
            }
        }
    }
}
