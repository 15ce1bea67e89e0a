package org.steplens.ui.compare;

import java.util.Locale;
import java.util.function.Consumer;
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
import org.steplens.compare.ScorerComparison;
import org.steplens.compare.ScorerComparison.Pair;
import org.steplens.compare.ScorerComparison.ProblemDisagreement;
import org.steplens.compare.ScorerComparison.ScorerFigures;
import org.steplens.model.Dataset;
import org.steplens.model.Problem;
import org.steplens.select.BestOfNSettings;
import org.steplens.select.SimulationProgress;
import org.steplens.ui.common.CancelToken;
import org.steplens.ui.common.TaskRunner;
import org.steplens.ui.session.AnalysisSettings;
import org.steplens.ui.session.Session;

/**
 * Tools ▸ Compare scorers…: every step scorer of the open dataset side by side (the core's {@link ScorerComparison},
 * computed in the background with progress and cancel, at the session's threshold and aggregation), and for the
 * chosen pair of scorers the problems where they disagree most; opening one selects it in the inspector. Called on
 * the UI thread.
 */
public final class ScorerCompareViewModel {

    /**
     * What a disagreement row opens: the problem, the candidate with the largest |ΔP| and the two scorers. The hook
     * for a two-scorer mode of the compare view (one candidate, scorer A left, scorer B right).
     */
    public record Focus(Problem problem, int candidate, String scorerA, String scorerB) {
    }

    private final Session session;
    private final TaskRunner runner;
    private final ObservableList<ScorerFigures> figures = FXCollections.observableArrayList();
    private final ObservableList<Pair> pairs = FXCollections.observableArrayList();
    private final ObservableList<ProblemDisagreement> problems = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Pair> pair = new ReadOnlyObjectWrapper<>(this, "pair");
    private final ReadOnlyObjectWrapper<ScorerComparison.Result> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private Consumer<Focus> onTwoScorers = focus -> { };
    private CancelToken running;
    private Dataset compared;

    public ScorerCompareViewModel(Session session, TaskRunner runner) {
        this.session = session;
        this.runner = runner;
    }

    /**
     * Called after a row selects its problem and candidate, e.g. by a compare view that can show one candidate under
     * two scorers.
     */
    public void setOnTwoScorers(Consumer<Focus> action) {
        this.onTwoScorers = action == null ? focus -> { } : action;
    }

    /** Compares the open dataset's step scorers; replaces any comparison running or shown. */
    public void start() {
        Dataset d = session.dataset();
        if (d == null) {
            status.set("Open a file first (and wait until it has loaded).");
            return;
        }
        cancel();
        AnalysisSettings s = session.settings();
        ScorerComparison.Settings settings = new ScorerComparison.Settings(s.threshold(), s.aggregation(),
                BestOfNSettings.PAPER_TRIALS, 0L);
        busy.set(true);
        progress.set(-1);
        status.set("Comparing the step scorers of " + d.name() + "…");
        long started = System.nanoTime();
        running = runner.run("compare scorers", token -> new ScorerComparison(settings).compare(d,
                new SimulationProgress() {
                    @Override
                    public void onProgress(long done, long total) {
                        runner.onUiThread(() -> {
                            if (!token.isCancelled()) {
                                progress.set((double) done / total);
                            }
                        });
                    }

                    @Override
                    public boolean isCancelled() {
                        return token.isCancelled();
                    }
                }), r -> {
                    busy.set(false);
                    progress.set(1);
                    compared = d;
                    show(r);
                    status.set(String.format(Locale.ROOT, "%s · %d step scorers · threshold %.3f · %s · %.1f s",
                            d.name(), r.scorers().size(), r.threshold(), r.aggregation().label(),
                            (System.nanoTime() - started) / 1e9));
                }, e -> {
                    busy.set(false);
                    progress.set(0);
                    status.set("Could not compare the scorers: " + e.getMessage());
                });
    }

    private void show(ScorerComparison.Result r) {
        result.set(r);
        figures.setAll(r.scorers());
        pairs.setAll(r.pairs());
        choosePair(r.pairs().isEmpty() ? null : r.pairs().get(0));
    }

    /** Shows the problems of another pair of scorers. */
    public void choosePair(Pair value) {
        pair.set(value);
        problems.setAll(value == null ? java.util.List.of() : value.problems());
    }

    /** Stops a comparison that is still running. */
    public void cancel() {
        if (running != null) {
            running.cancel();
            running = null;
        }
        if (busy.get()) {
            busy.set(false);
            progress.set(0);
            status.set("Cancelled.");
        }
    }

    /**
     * Selects the row's problem in the inspector and its most disputed candidate; then the two-scorer hook. The open
     * file must still be the one compared (its problems are found by position and id).
     */
    public boolean open(ProblemDisagreement row) {
        Dataset d = session.dataset();
        Pair p = pair.get();
        if (row == null || p == null || d == null || compared == null) {
            return false;
        }
        Problem problem = row.problem() < d.problemCount() ? d.problems().get(row.problem()) : null;
        if (problem == null || !problem.id().equals(row.problemId()) || d.problemCount() != compared.problemCount()) {
            status.set("Problem " + row.problemId() + " is not in the open file any more; compare again.");
            return false;
        }
        session.problemProperty().set(problem);
        if (row.worstSolution() >= 0) {
            session.selectCandidate(row.worstSolution());
        }
        onTwoScorers.accept(new Focus(problem, row.worstSolution(), p.scorerA(), p.scorerB()));
        return true;
    }

    public ObservableList<ScorerFigures> figures() {
        return figures;
    }

    public ObservableList<Pair> pairs() {
        return pairs;
    }

    /** The chosen pair's problems, most disagreement first. */
    public ObservableList<ProblemDisagreement> problems() {
        return problems;
    }

    public ReadOnlyObjectProperty<Pair> pairProperty() {
        return pair.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ScorerComparison.Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** 0–1, or -1 while the amount of work is not known yet. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
