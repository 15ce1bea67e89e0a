package org.steplens.ui.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.steplens.compare.HintConfirmations;
import org.steplens.compare.HintDetector;
import org.steplens.compare.RunComparison;
import org.steplens.grade.Grader;
import org.steplens.io.DatasetLoader;
import org.steplens.io.LoadProgress;
import org.steplens.io.LoadResult;
import org.steplens.model.Dataset;
import org.steplens.model.Problem;
import org.steplens.review.ReviewEdit;
import org.steplens.review.ReviewInverse;
import org.steplens.review.ReviewStore;
import org.steplens.review.ReviewTarget;
import org.steplens.review.SolutionKey;
import org.steplens.ui.common.CancelToken;
import org.steplens.ui.common.TaskRunner;
import org.steplens.ui.review.ReviewEditCommand;
import org.steplens.ui.session.AnalysisSettings;
import org.steplens.ui.session.Session;

/**
 * "Compare with run…": the open dataset (run A) against a second file (run B) whose problems share ids. Reads B and
 * runs the core's {@link RunComparison} in the background (cancellable), then holds the run-level figures and the
 * problems, most different first; choosing a problem shows both runs' solutions side by side in {@link #compare()}.
 * Where B's answer flipped to the hinted one, the places in B's reasoning that may mention the hint are highlighted
 * and the reviewer answers "mentions the hint" or "does not" ({@link #confirm}): a tag in run B's review journal,
 * an undoable command, which the figures (and {@code steplens compare}) then count instead of the keyword match.
 */
public final class RunCompareViewModel {
    private final Session session;
    private final TaskRunner runner;
    private final CompareViewModel compare;
    private final ObservableList<RunComparison.Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper figures = new ReadOnlyStringWrapper(this, "figures", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final javafx.beans.property.ReadOnlyDoubleWrapper progress =
            new javafx.beans.property.ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyObjectWrapper<RunComparison.Row> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyStringWrapper hintCheck = new ReadOnlyStringWrapper(this, "hintCheck", "");
    /** Counts reviewer answers, so that views showing them (the table) know when to redraw. */
    private final ReadOnlyIntegerWrapper confirmations = new ReadOnlyIntegerWrapper(this, "confirmations");
    private final Supplier<String> reviewer;
    private CancelToken running;
    private Dataset runA;
    private Dataset runB;
    private Outcome shown;
    /** Run B's review, where the reviewer's hint answers are kept (null until B is read, and after closing). */
    private ReviewStore reviewB;

    /** The result of the background work: run B, its review and the comparison. */
    private record Outcome(Dataset runB, LoadResult load, RunComparison.Result result, ReviewStore review) {
    }

    public RunCompareViewModel(Session session, TaskRunner runner) {
        this(session, runner, () -> System.getProperty("user.name", "reviewer"));
    }

    /** @param reviewer the name the reviewer's answers are kept under (the review tab's reviewer) */
    public RunCompareViewModel(Session session, TaskRunner runner, Supplier<String> reviewer) {
        this.session = session;
        this.runner = runner;
        this.reviewer = reviewer;
        this.compare = new CompareViewModel(session, runner, "Choose a problem above to see both runs side by side.");
    }

    /** Compares the open dataset with the run in {@code fileB}; replaces any comparison running or shown. */
    public void start(Path fileB) {
        Dataset a = session.dataset();
        if (a == null) {
            session.showStatus("Open a file first: it is run A of the comparison.");
            return;
        }
        cancel();
        busy.set(true);
        progress.set(-1);
        rows.clear();
        figures.set("Reading " + fileB.getFileName() + " and comparing…");
        running = runner.run("compare runs", token -> {
            java.util.concurrent.atomic.AtomicLong shownPercent = new java.util.concurrent.atomic.AtomicLong(-1);
            LoadResult loaded = DatasetLoader.load(fileB, new LoadProgress() {
                @Override
                public void onProgress(long bytesRead, long totalBytes) {
                    long percent = totalBytes <= 0 ? -1 : Math.min(100, 100 * bytesRead / totalBytes);
                    if (shownPercent.getAndSet(percent) != percent) { // one UI update per percent
                        runner.onUiThread(() -> {
                            if (!token.isCancelled()) {
                                progress.set(percent < 0 ? -1 : percent / 100.0);
                            }
                        });
                    }
                }

                @Override
                public boolean isCancelled() {
                    return token.isCancelled();
                }
            });
            if (token.isCancelled()) {
                return null;
            }
            runner.onUiThread(() -> progress.set(-1)); // read: now comparing
            RunComparison.Result result = new RunComparison(Grader.prm800k(), HintDetector.standard())
                    .compare(a, loaded.dataset());
            return new Outcome(loaded.dataset(), loaded, result, ReviewStore.openFor(fileB));
        }, outcome -> {
            busy.set(false);
            if (outcome == null) {
                return;
            }
            closeReview();
            reviewB = outcome.review();
            runA = a;
            runB = outcome.runB();
            shown = outcome;
            rows.setAll(outcome.result().rows());
            figures.set(describe(a, outcome, this::confirmation));
            session.showStatus("Compared " + a.name() + " with " + outcome.runB().name());
        }, e -> {
            busy.set(false);
            figures.set("Could not compare with " + fileB.getFileName() + ": " + e.getMessage());
            session.showError("Could not compare with " + fileB, e);
        });
    }

    /** Stops a comparison that is still running. */
    public void cancel() {
        if (running != null) {
            running.cancel();
            running = null;
        }
        if (busy.get()) {
            figures.set("Cancelled.");
        }
        busy.set(false);
    }

    private static String describe(Dataset a, Outcome o,
                                   java.util.function.Function<RunComparison.Row, Optional<Boolean>> confirmed) {
        RunComparison.Result r = o.result();
        if (o.runB().problemCount() == 0) {
            return "Could not read any problem from " + o.runB().name() + (o.load().hasErrors()
                    ? ": " + o.load().errors().get(0) : "") + " · " + a.name() + " stays open";
        }
        String errors = o.load().hasErrors() ? String.format(Locale.ROOT, " · %d unreadable records in %s skipped",
                o.load().errors().size(), o.runB().name()) : "";
        if (r.matched() == 0) {
            return a.name() + " and " + o.runB().name() + " share no problem ids; nothing to compare" + errors;
        }
        HintConfirmations.Count mentions = HintConfirmations.count(r.rows(), confirmed);
        String how = mentions.confirmed() == 0 ? "keyword match — confirm by reading"
                : String.format(Locale.ROOT, "%d of %d confirmed by a reviewer, the rest by keyword", mentions.confirmed(),
                mentions.flippedToHint());
        return String.format(Locale.ROOT,
                "A = %s · B = %s · %d problems in both (only A %d, only B %d) · accuracy A %s, B %s · "
                        + "answer flips %d (%s) · hinted %d, flipped to the hint %d (%s), of those mentioning the hint %d "
                        + "(%s; %s)%s",
                a.name(), o.runB().name(), r.matched(), r.onlyA(), r.onlyB(), pct(r.accuracyA()), pct(r.accuracyB()),
                r.flips(), pct(r.flipRate()), r.hinted(), r.flipsToHint(), pct(r.flipToHintRate()),
                mentions.mentioning(), pct(mentions.rate()), how, errors);
    }

    private static String pct(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.1f%%", 100 * v);
    }

    /** Shows {@code row}'s problem in both runs side by side (the candidate that stands for each run). */
    public void select(RunComparison.Row row) {
        selected.set(row);
        updateHintCheck();
        if (row == null || runA == null || runB == null) {
            return;
        }
        Problem pa = find(runA, row.problemId());
        Problem pb = find(runB, row.problemId());
        if (pa == null || pb == null || row.solutionA() < 0 || row.solutionB() < 0) {
            compare.show(null, null, "Problem " + row.problemId() + " has no solution in one of the runs.");
            return;
        }
        AnalysisSettings settings = session.settings();
        CompareSide b = side("B", pb, row.solutionB(), row.answerB(), settings);
        compare.show(side("A", pa, row.solutionA(), row.answerA(), settings), row.toHint() ? b.withHint(row.hint()) : b,
                "");
    }

    // ---- the reviewer's answer: does the reasoning that flipped to the hint mention it? ----

    /**
     * Records that run B's reasoning for the chosen problem mentions the hint (true) or does not (false), replacing
     * this reviewer's earlier answer; one undoable command. Only for a problem whose answer flipped to the hint.
     */
    public void confirm(boolean mentions) {
        RunComparison.Row row = selected.get();
        if (row == null || !row.toHint() || row.solutionB() < 0) {
            session.showStatus("Choose a problem whose answer flipped to the hint to confirm whether it mentions it.");
            return;
        }
        ReviewStore store = reviewB;
        if (store == null) {
            session.showStatus("The review of run B is not open yet; try again in a moment.");
            return;
        }
        String name = reviewer.get();
        SolutionKey key = new SolutionKey(row.problemId(), row.solutionB());
        ReviewTarget target = ReviewTarget.solution(key.problemId(), key.solution());
        String want = mentions ? HintConfirmations.MENTIONS : HintConfirmations.NO_MENTION;
        String other = mentions ? HintConfirmations.NO_MENTION : HintConfirmations.MENTIONS;
        java.util.Set<String> has = store.state().review(name, key).map(r -> r.tags(ReviewTarget.WHOLE_SOLUTION))
                .orElse(java.util.Set.of());
        if (has.contains(want) && !has.contains(other)) {
            return;
        }
        List<ReviewEdit> edits = new ArrayList<>();
        if (!store.state().tagVocabulary().contains(want)) {
            edits.add(ReviewEdit.defineTag(name, want));
        }
        if (has.contains(other)) {
            edits.add(ReviewEdit.untag(name, target, other));
        }
        edits.add(ReviewEdit.tag(name, target, want));
        session.commands().execute(new ReviewEditCommand(this::submit, edits, ReviewInverse.ofAll(store.state(), edits),
                "\"" + want + "\" on problem " + row.problemId() + " (run B)"));
    }

    /** Applies review edits to run B's review (in memory now, on disk in the background) and redraws. */
    private void submit(List<ReviewEdit> edits) {
        ReviewStore store = reviewB;
        if (store == null) {
            session.showStatus("The run comparison is closed; its review stays as it was saved.");
            return;
        }
        for (ReviewEdit e : edits) {
            store.submit(e).exceptionally(error -> {
                runner.onUiThread(() -> session.showError("Could not save the review to " + store.path(), error));
                return null;
            });
        }
        confirmations.set(confirmations.get() + 1);
        if (shown != null) {
            figures.set(describe(runA, shown, this::confirmation));
        }
        updateHintCheck();
    }

    /** What reviewers said about {@code row}'s run-B reasoning, if anything. */
    public Optional<Boolean> confirmation(RunComparison.Row row) {
        ReviewStore store = reviewB;
        return store == null || row.solutionB() < 0 ? Optional.empty()
                : HintConfirmations.confirmed(store.state(), new SolutionKey(row.problemId(), row.solutionB()));
    }

    private void updateHintCheck() {
        RunComparison.Row row = selected.get();
        if (row == null || !row.toHint()) {
            hintCheck.set("");
            return;
        }
        Optional<Boolean> said = confirmation(row);
        hintCheck.set(String.format(Locale.ROOT, "Run B's answer %s is the hinted answer. Does its reasoning mention "
                        + "the hint? Highlighted: %s. %s", row.answerB(),
                row.mentionsHint() ? "the words that may" : "only the answer itself (no hint words found)",
                said.map(m -> m ? "Confirmed: mentions the hint." : "Confirmed: does not mention the hint.")
                        .orElse("Not confirmed yet (M / N).")));
    }

    /** Undo and redo of the window's command stack (the comparison window has its own keys for them). */
    public void undo() {
        session.commands().undo();
    }

    public void redo() {
        session.commands().redo();
    }

    /** Saves run B's review as a snapshot and closes it (the window closes); later undos only say so. */
    public void dispose() {
        cancel();
        closeReview();
    }

    private void closeReview() {
        ReviewStore old = reviewB;
        reviewB = null;
        if (old == null) {
            return;
        }
        try {
            runner.run("review-close", token -> {
                old.compact();
                old.close();
                return null;
            }, x -> { }, e -> session.showError("Could not save the review " + old.path(), e));
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            // the main window closed first and its workers are gone: save here (a small journal, once)
            try {
                old.compact();
                old.close();
            } catch (java.io.IOException e) {
                org.slf4j.LoggerFactory.getLogger(RunCompareViewModel.class).warn("could not save {}", old.path(), e);
            }
        }
    }

    /** The problem chosen in the table, or null. */
    public ReadOnlyObjectProperty<RunComparison.Row> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The question for the reviewer about the chosen problem ("" unless its answer flipped to the hint). */
    public ReadOnlyStringProperty hintCheckProperty() {
        return hintCheck.getReadOnlyProperty();
    }

    /** Changes whenever a reviewer answer is recorded or undone. */
    public ReadOnlyIntegerProperty confirmationsProperty() {
        return confirmations.getReadOnlyProperty();
    }

    /** Run B's review (null before B is read and after closing). */
    public ReviewStore reviewOfRunB() {
        return reviewB;
    }

    private static CompareSide side(String run, Problem p, int index, String answer, AnalysisSettings settings) {
        return CompareSide.under(String.format(Locale.ROOT, "Run %s · candidate %d · answer %s", run, index + 1,
                answer.isEmpty() ? "none" : answer), p, p.solution(index), settings.stepScorer(), settings);
    }

    private static Problem find(Dataset d, String id) {
        for (Problem p : d.problems()) {
            if (p.id().equals(id)) {
                return p;
            }
        }
        return null;
    }

    /** Problems in both runs, most different first (flips to the hint, then flips, then reasoning difference). */
    public ObservableList<RunComparison.Row> rows() {
        return rows;
    }

    /** The run-level figures in words. */
    public ReadOnlyStringProperty figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    /** Reading run B: the share of its bytes read; -1 while comparing (or the size is unknown). */
    public javafx.beans.property.ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The chosen problem in both runs. */
    public CompareViewModel compare() {
        return compare;
    }
}
