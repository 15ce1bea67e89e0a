package org.steplens.ui.bestofn;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.steplens.chart.Chart;
import org.steplens.model.Dataset;
import org.steplens.model.Problem;
import org.steplens.ui.common.CancelToken;
import org.steplens.ui.common.LatestWins;
import org.steplens.ui.common.FigureExporter;
import org.steplens.ui.common.TaskRunner;
import org.steplens.ui.session.AnalysisSettings;
import org.steplens.ui.session.Session;

/**
 * State of the best-of-N dashboard; never touches nodes. Settings changes recompute in the background with
 * "latest wins" scheduling: a new run cancels the one before it, and a superseded result is never shown.
 * Everything public is called on the UI thread; results and progress come back on it through the
 * {@link TaskRunner}. The PRM's scorer and aggregation are the session's {@link AnalysisSettings}; the methods, N
 * grid, trials and seed are the dashboard's own.
 */
public final class BestOfNViewModel {
    private final TaskRunner runner;
    private final Session session;
    private final LatestWins<DashboardData> runs;
    private final BestOfNComputation computation = new BestOfNComputation();
    private final FigureExporter exporter;

    private final ObjectProperty<Dataset> dataset = new SimpleObjectProperty<>(this, "dataset");
    private final ObjectProperty<DashboardSettings> settings = new SimpleObjectProperty<>(this, "settings");
    private final ObjectProperty<DatasetFacts> facts = new SimpleObjectProperty<>(this, "facts");
    private final ObjectProperty<DashboardData> data = new SimpleObjectProperty<>(this, "data");
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress");
    private final StringProperty status = new SimpleStringProperty(this, "status", "No dataset open.");
    private final ObservableList<DisagreementRow> disagreements = FXCollections.observableArrayList();
    private final BooleanProperty stale = new SimpleBooleanProperty(this, "stale");
    private final IntegerProperty selectedN = new SimpleIntegerProperty(this, "selectedN");
    private final StringProperty chartMessage = new SimpleStringProperty(this, "chartMessage", "");
    private final StringProperty disagreementTitle = new SimpleStringProperty(this, "disagreementTitle",
            "Click a point to list the problems where the methods disagree at that N.");

    /** A dashboard with a session of its own (tests, benchmarks). */
    public BestOfNViewModel(TaskRunner runner) {
        this(runner, new Session());
    }

    /**
     * @param runner  runs the simulations and exports off the UI thread and reports back on it
     * @param session whose analysis settings choose the PRM scorer and aggregation
     */
    public BestOfNViewModel(TaskRunner runner, Session session) {
        this.runner = runner;
        this.session = session;
        this.runs = new LatestWins<>(runner, "best-of-n");
        this.exporter = new FigureExporter(runner, status::set);
    }

    /**
     * Shows a dataset: finds its scorers and pool sizes in the background, offers default settings for them, and
     * computes.
     */
    public void show(Dataset value) {
        dataset.set(value);
        data.set(null);
        facts.set(null);
        settings.set(null);
        disagreements.clear();
        running.set(true);
        progress.set(-1);
        status.set("Reading " + value.problemCount() + " problems…");
        AnalysisSettings analysis = session.settings();
        selectedN.set(0);
        chartMessage.set("");
        stale.set(false);
        runs.submit(token -> {
            DatasetFacts f = DatasetFacts.of(value);
            DashboardSettings s = DashboardSettings.defaults(f, analysis.stepScorer(), analysis.aggregation());
            runner.onUiThread(() -> {
                if (!token.isCancelled()) {
                    facts.set(f);
                    settings.set(s);
                }
            });
            if (f.largestPool() < 2) {
                return null; // nothing to choose between: say so instead of plotting one point per method
            }
            return computation.compute(value, s, new ProgressRelay(token, label(value, s))::report, token::isCancelled);
        }, this::finished, this::failed);
    }

    /** Applies new settings; recomputes unless they equal the current ones. */
    public void apply(DashboardSettings value) {
        if (settings.get() != null && !value.equals(settings.get())) {
            settings.set(value);
            recompute();
            updateStale();
        }
    }

    /** The session's analysis settings changed: recompute if they change what the dashboard simulates. */
    public void useAnalysis(AnalysisSettings analysis) {
        DashboardSettings s = settings.get();
        if (s != null) {
            apply(s.withAggregation(analysis.aggregation()).withScorers(analysis.stepScorer(), s.ormScorer()));
        }
    }

    /**
     * The user changed the dashboard's settings: the PRM's scorer and aggregation go to the session (an undoable
     * settings change the other views follow), the rest is applied here.
     */
    public void edit(DashboardSettings value) {
        apply(value);
        AnalysisSettings a = session.settings();
        session.changeSettings(a.withAggregation(value.aggregation()).withStepScorer(value.prmScorer()));
    }

    /** Starts a run with the current settings, cancelling any run in progress. */
    public void recompute() {
        Dataset d = dataset.get();
        DashboardSettings s = settings.get();
        if (d == null || s == null || singleCandidate()) {
            return;
        }
        if (s.methods().isEmpty()) {
            runs.cancel();
            running.set(false);
            status.set("Choose at least one method.");
            return;
        }
        running.set(true);
        updateStale();
        progress.set(-1);
        status.set("Preparing candidates of " + d.problemCount() + " problems…");
        runs.submit(token -> computation.compute(d, s, new ProgressRelay(token, label(d, s))::report,
                token::isCancelled), this::finished, this::failed);
    }

    private static String label(Dataset d, DashboardSettings s) {
        return String.format(Locale.ROOT, "Simulating %d problems × %d trials × %d N values…", d.problemCount(),
                s.trials(), s.nValues().length);
    }

    private void failed(Throwable error) {
        running.set(false);
        progress.set(0);
        status.set("Could not compute best-of-N: " + error.getMessage());
        updateStale();
    }

    /** Stops the run in progress, if any; nothing from it will be shown. */
    public void cancel() {
        runs.cancel();
        if (running.get()) {
            running.set(false);
            progress.set(0);
            status.set("Cancelled.");
        }
        updateStale();
    }

    /** The shown result was computed with other settings than the ones now in view (after a cancel or a failure). */
    private void updateStale() {
        DashboardData d = data.get();
        stale.set(!running.get() && d != null && settings.get() != null && !d.settings().equals(settings.get()));
    }

    private boolean singleCandidate() {
        return facts.get() != null && facts.get().largestPool() < 2;
    }

    /**
     * Lists the problems where the methods disagree at N (the N grid value clicked), and shows the subject and
     * level breakdowns at that N.
     */
    public void selectPoint(int n) {
        DashboardData d = data.get();
        if (d == null) {
            return;
        }
        int k = d.result().nIndex(n);
        if (k < 0) {
            return;
        }
        data.set(d.withBreakdownsAt(k));
        selectedN.set(n);
        List<DisagreementRow> rows = DisagreementRow.at(d.dataset(), d.result(), k);
        disagreements.setAll(rows);
        disagreementTitle.set(rows.isEmpty() ? "At N = " + n + " every method solves the same problems."
                : String.format(Locale.ROOT, "At N = %d the methods disagree on %d of %d problems", n, rows.size(),
                d.result().problemCount()));
    }

    /**
     * Writes a figure (PNG at 2× or SVG, by extension) or the accuracy table (CSV) in the background; the
     * status line reports the outcome.
     */
    public void export(DashboardFigure figure, Path out) {
        DashboardData d = data.get();
        if (d == null) {
            status.set("Nothing to export yet.");
            return;
        }
        Optional<Chart> chart = figure.chart(d);
        if (chart.isPresent()) {
            exporter.chart(chart.get(), out);
        } else {
            exporter.table(d.table(), d.provenance(), out);
        }
    }

    /** The problem a disagreement row is about. */
    public Optional<Problem> problem(DisagreementRow row) {
        Dataset d = dataset.get();
        if (d == null || row.problemIndex() >= d.problemCount()) {
            return Optional.empty();
        }
        Problem p = d.problems().get(row.problemIndex());
        return p.id().equals(row.problemId()) ? Optional.of(p) : Optional.empty();
    }

    private void finished(DashboardData result) {
        if (result == null) {
            running.set(false);
            progress.set(0);
            chartMessage.set("Every problem in this file has a single candidate solution. Best-of-N compares how "
                    + "methods pick among several candidates per problem, so there is nothing to plot here; the "
                    + "First error tab measures single solutions.");
            status.set("Nothing to simulate: one candidate per problem.");
            return;
        }
        double seconds = result.seconds();
        selectedN.set(0);
        stale.set(false);
        data.set(result);
        running.set(false);
        progress.set(1);
        disagreements.clear();
        disagreementTitle.set("Click a point to list the problems where the methods disagree at that N.");
        status.set(String.format(Locale.ROOT, "%d problems × %d trials × %d N values in %.1f s",
                result.result().problemCount(), result.settings().trials(), result.settings().nValues().length,
                seconds));
    }

    /** Passes progress to the UI thread in whole-percent steps, and only while its run is the current one. */
    private final class ProgressRelay {
        private final CancelToken token;
        private final String label;
        private final AtomicLong lastPercent = new AtomicLong(Long.MIN_VALUE);

        ProgressRelay(CancelToken token, String label) {
            this.token = token;
            this.label = label;
        }

        void report(double fraction) {
            long percent = fraction < 0 ? -1 : Math.round(fraction * 100);
            if (lastPercent.getAndSet(percent) == percent) {
                return;
            }
            runner.onUiThread(() -> {
                if (!token.isCancelled() && running.get()) {
                    progress.set(fraction < 0 ? -1 : percent / 100.0);
                    if (fraction >= 0) {
                        status.set(label + " " + percent + " %");
                    }
                }
            });
        }
    }

    public ReadOnlyObjectProperty<Dataset> datasetProperty() {
        return dataset;
    }

    /** The open dataset's scorers and pool sizes, once known. */
    public ReadOnlyObjectProperty<DatasetFacts> factsProperty() {
        return facts;
    }

    public ReadOnlyObjectProperty<DashboardSettings> settingsProperty() {
        return settings;
    }

    public ReadOnlyObjectProperty<DashboardData> dataProperty() {
        return data;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    /** 0–1 while simulating, -1 while preparing (indeterminate). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ObservableList<DisagreementRow> disagreements() {
        return FXCollections.unmodifiableObservableList(disagreements);
    }

    /** True while the chart shows results of settings other than those in view (say so; offer to recompute). */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale;
    }

    /** The N last clicked on the curves (marked on the chart), 0 for none. */
    public ReadOnlyIntegerProperty selectedNProperty() {
        return selectedN;
    }

    /** Why there is no chart, when there cannot be one (e.g. one candidate per problem); "" otherwise. */
    public ReadOnlyStringProperty chartMessageProperty() {
        return chartMessage;
    }

    public ReadOnlyStringProperty disagreementTitleProperty() {
        return disagreementTitle;
    }
}
