package org.steplens.ui.compare;

import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.steplens.compare.HintDetector;
import org.steplens.compare.RunComparison;
import org.steplens.grade.Grader;
import org.steplens.io.DatasetLoader;
import org.steplens.io.LoadProgress;
import org.steplens.io.LoadResult;
import org.steplens.model.Dataset;
import org.steplens.model.Problem;
import org.steplens.ui.common.CancelToken;
import org.steplens.ui.common.TaskRunner;
import org.steplens.ui.session.AnalysisSettings;
import org.steplens.ui.session.Session;

/**
 * "Compare with run…": the open dataset (run A) against a second file (run B) whose problems share ids. Reads B and
 * runs the core's {@link RunComparison} in the background (cancellable), then holds the run-level figures and the
 * problems, most different first; choosing a problem shows both runs' solutions side by side in {@link #compare()}.
 */
public final class RunCompareViewModel {
    private final Session session;
    private final TaskRunner runner;
    private final CompareViewModel compare;
    private final ObservableList<RunComparison.Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper figures = new ReadOnlyStringWrapper(this, "figures", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private CancelToken running;
    private Dataset runA;
    private Dataset runB;

    /** The result of the background work: run B and the comparison. */
    private record Outcome(Dataset runB, LoadResult load, RunComparison.Result result) {
    }

    public RunCompareViewModel(Session session, TaskRunner runner) {
        this.session = session;
        this.runner = runner;
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
        rows.clear();
        figures.set("Reading " + fileB.getFileName() + " and comparing…");
        running = runner.run("compare runs", token -> {
            LoadResult loaded = DatasetLoader.load(fileB, new LoadProgress() {
                @Override
                public void onProgress(long bytesRead, long totalBytes) {
                }

                @Override
                public boolean isCancelled() {
                    return token.isCancelled();
                }
            });
            if (token.isCancelled()) {
                return null;
            }
            RunComparison.Result result = new RunComparison(Grader.prm800k(), HintDetector.standard())
                    .compare(a, loaded.dataset());
            return new Outcome(loaded.dataset(), loaded, result);
        }, outcome -> {
            busy.set(false);
            if (outcome == null) {
                return;
            }
            runA = a;
            runB = outcome.runB();
            rows.setAll(outcome.result().rows());
            figures.set(describe(a, outcome));
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

    private static String describe(Dataset a, Outcome o) {
        RunComparison.Result r = o.result();
        String errors = o.load().hasErrors() ? String.format(Locale.ROOT, " · %d unreadable records in %s skipped",
                o.load().errors().size(), o.runB().name()) : "";
        if (r.matched() == 0) {
            return a.name() + " and " + o.runB().name() + " share no problem ids; nothing to compare" + errors;
        }
        return String.format(Locale.ROOT,
                "A = %s · B = %s · %d problems in both (only A %d, only B %d) · accuracy A %s, B %s · "
                        + "answer flips %d (%s) · hinted %d, flipped to the hint %d (%s), of those mentioning the hint %d "
                        + "(keyword match — confirm by reading)%s",
                a.name(), o.runB().name(), r.matched(), r.onlyA(), r.onlyB(), pct(r.accuracyA()), pct(r.accuracyB()),
                r.flips(), pct(r.flipRate()), r.hinted(), r.flipsToHint(), pct(r.flipToHintRate()),
                r.toHintMentioning(), errors);
    }

    private static String pct(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.1f%%", 100 * v);
    }

    /** Shows {@code row}'s problem in both runs side by side (the candidate that stands for each run). */
    public void select(RunComparison.Row row) {
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
        compare.show(side("A", pa, row.solutionA(), row.answerA(), settings),
                side("B", pb, row.solutionB(), row.answerB(), settings), "");
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

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The chosen problem in both runs. */
    public CompareViewModel compare() {
        return compare;
    }
}
