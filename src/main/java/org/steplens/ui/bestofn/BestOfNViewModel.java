package org.steplens.ui.bestofn;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
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
import org.steplens.chart.ChartExport;
import org.steplens.chart.CsvExport;
import org.steplens.model.Dataset;
import org.steplens.model.Problem;

/**
 * State of the best-of-N dashboard; never touches nodes. Settings changes recompute in the background with
 * "latest wins" scheduling: a new run cancels the one before it, and a superseded result is never shown.
 * Everything public is called on the UI thread; results and progress come back through {@code uiThread}.
 */
public final class BestOfNViewModel {
    private final Executor background;
    private final Consumer<Runnable> uiThread;
    private final BestOfNComputation computation = new BestOfNComputation();

    private final ObjectProperty<Dataset> dataset = new SimpleObjectProperty<>(this, "dataset");
    private final ObjectProperty<DashboardSettings> settings = new SimpleObjectProperty<>(this, "settings");
    private final ObjectProperty<DashboardData> data = new SimpleObjectProperty<>(this, "data");
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress");
    private final StringProperty status = new SimpleStringProperty(this, "status", "No dataset open.");
    private final ObservableList<DisagreementRow> disagreements = FXCollections.observableArrayList();
    private final StringProperty disagreementTitle = new SimpleStringProperty(this, "disagreementTitle",
            "Click a point to list the problems where the methods disagree at that N.");

    private long generation;
    private AtomicBoolean currentCancel = new AtomicBoolean();

    /**
     * @param background runs the computation (never the UI thread)
     * @param uiThread   runs an action on the UI thread ({@code Platform::runLater} in the app)
     */
    public BestOfNViewModel(Executor background, Consumer<Runnable> uiThread) {
        this.background = background;
        this.uiThread = uiThread;
    }

    /** Shows a dataset with default settings and starts computing. */
    public void show(Dataset value) {
        dataset.set(value);
        data.set(null);
        disagreements.clear();
        settings.set(DashboardSettings.defaults(value));
        recompute();
    }

    /** Applies new settings; recomputes unless they equal the current ones. */
    public void apply(DashboardSettings value) {
        if (!value.equals(settings.get())) {
            settings.set(value);
            recompute();
        }
    }

    /** Starts a run with the current settings, cancelling any run in progress. */
    public void recompute() {
        Dataset d = dataset.get();
        DashboardSettings s = settings.get();
        if (d == null || s == null) {
            return;
        }
        currentCancel.set(true);
        AtomicBoolean cancel = new AtomicBoolean();
        currentCancel = cancel;
        long mine = ++generation;
        if (s.methods().isEmpty()) {
            running.set(false);
            status.set("Choose at least one method.");
            return;
        }
        running.set(true);
        progress.set(-1);
        status.set("Preparing candidates of " + d.problemCount() + " problems…");
        long started = System.nanoTime();
        ProgressRelay relay = new ProgressRelay(mine, s, d);
        background.execute(() -> {
            try {
                DashboardData result = computation.compute(d, s, relay::report, cancel::get);
                uiThread.accept(() -> {
                    if (mine == generation) {
                        finished(result, (System.nanoTime() - started) / 1e9);
                    }
                });
            } catch (CancellationException e) {
                // superseded: the newer run reports
            } catch (RuntimeException | Error e) {
                uiThread.accept(() -> {
                    if (mine == generation) {
                        running.set(false);
                        progress.set(0);
                        status.set("Could not compute best-of-N: " + e.getMessage());
                    }
                });
            }
        });
    }

    /** Stops the run in progress, if any; nothing from it will be shown. */
    public void cancel() {
        currentCancel.set(true);
        generation++;
        if (running.get()) {
            running.set(false);
            progress.set(0);
            status.set("Cancelled.");
        }
    }

    /** Lists the problems where the methods disagree at N (the N grid value clicked). */
    public void selectPoint(int n) {
        DashboardData d = data.get();
        if (d == null) {
            return;
        }
        int k = d.result().nIndex(n);
        if (k < 0) {
            return;
        }
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
        status.set("Writing " + out.getFileName() + "…");
        background.execute(() -> {
            String message;
            try {
                Optional<Chart> chart = figure.chart(d);
                if (chart.isPresent()) {
                    ChartExport.write(chart.get(), out);
                } else {
                    CsvExport.write(d.table(), d.provenance(), out);
                }
                message = "Saved " + out;
            } catch (IOException | RuntimeException e) {
                message = "Could not save " + out + ": " + e.getMessage();
            }
            String done = message;
            uiThread.accept(() -> status.set(done));
        });
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

    private void finished(DashboardData result, double seconds) {
        data.set(result);
        running.set(false);
        progress.set(1);
        disagreements.clear();
        disagreementTitle.set("Click a point to list the problems where the methods disagree at that N.");
        status.set(String.format(Locale.ROOT, "%d problems × %d trials × %d N values in %.1f s",
                result.result().problemCount(), result.settings().trials(), result.settings().nValues().length,
                seconds));
    }

    /** Passes progress to the UI thread, at most one pending update at a time and only in whole percent steps. */
    private final class ProgressRelay {
        private final long run;
        private final String label;
        private final AtomicLong lastPercent = new AtomicLong(Long.MIN_VALUE);

        ProgressRelay(long run, DashboardSettings s, Dataset d) {
            this.run = run;
            this.label = String.format(Locale.ROOT, "Simulating %d problems × %d trials × %d N values…",
                    d.problemCount(), s.trials(), s.nValues().length);
        }

        void report(double fraction) {
            long percent = fraction < 0 ? -1 : Math.round(fraction * 100);
            if (lastPercent.getAndSet(percent) == percent) {
                return;
            }
            uiThread.accept(() -> {
                if (run == generation && running.get()) {
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

    public ReadOnlyStringProperty disagreementTitleProperty() {
        return disagreementTitle;
    }
}
