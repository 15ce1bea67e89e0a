package org.steplens.ui.bestofn;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.steplens.analyze.Calibration;
import org.steplens.analyze.LabelledSteps;
import org.steplens.analyze.ProcessBenchMetrics;
import org.steplens.analyze.ProcessBenchReport;
import org.steplens.analyze.ThresholdSearch;
import org.steplens.chart.FirstErrorFigures;
import org.steplens.chart.LineChart;
import org.steplens.chart.Provenance;
import org.steplens.model.Dataset;
import org.steplens.model.ScorerNames;
import org.steplens.ui.common.LatestWins;
import org.steplens.ui.common.FigureExporter;
import org.steplens.ui.common.TaskRunner;
import org.steplens.select.StepScoring;
import org.steplens.ui.session.AnalysisSettings;
import org.steplens.ui.session.Session;

/**
 * State of the first-error panel: ProcessBench metrics per subset and their average for a chosen step scorer and
 * threshold, the F1-against-threshold curve, and the reliability diagram. Recomputes in the background, latest
 * wins. The step scorer and threshold are the session's {@link AnalysisSettings}: changing them here changes them
 * for every view (undoably). Called on the UI thread.
 */
public final class FirstErrorViewModel {
    /** Calibration bins of the reliability diagram. */
    static final int BINS = 10;

    private final LatestWins<FirstErrorData> runs;
    private final FigureExporter exporter;
    private final ObjectProperty<Dataset> dataset = new SimpleObjectProperty<>(this, "dataset");
    private final ObservableList<String> scorers = FXCollections.observableArrayList();
    private final StringProperty scorer = new SimpleStringProperty(this, "scorer", ScorerNames.PRM);
    private final Session session;
    private final ObjectProperty<FirstErrorData> data = new SimpleObjectProperty<>(this, "data");
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");

    /** A panel with a session of its own (tests). */
    public FirstErrorViewModel(TaskRunner runner) {
        this(runner, new Session());
    }

    /** @param session whose step scorer and threshold the metrics are computed for */
    public FirstErrorViewModel(TaskRunner runner, Session session) {
        this.runs = new LatestWins<>(runner, "first-error");
        this.exporter = new FigureExporter(runner, status::set);
        this.session = session;
        session.settingsProperty().addListener((o, a, b) -> {
            if (!a.stepScorer().equals(b.stepScorer()) || a.threshold() != b.threshold()) {
                recompute();
            }
        });
    }

    /** The user picks a step scorer (an undoable settings change). */
    public void setScorer(String name) {
        if (name != null) {
            session.changeSettings(session.settings().withStepScorer(name));
        }
    }

    /** The user sets the threshold (an undoable settings change). */
    public void setThreshold(double value) {
        session.changeSettings(session.settings().withThreshold(value));
    }

    /** The session's first-error threshold. */
    public double threshold() {
        return session.settings().threshold();
    }

    /** The session's settings, for the controls to follow. */
    public javafx.beans.value.ObservableValue<AnalysisSettings> settingsProperty() {
        return session.settingsProperty();
    }

    /** Shows a dataset; its step scorers are found in the background, keeping the current one if it has it. */
    public void show(Dataset value) {
        dataset.set(value);
        data.set(null);
        recompute();
    }

    /**
     * Click-through from the metrics table (added for issue 15 by polish3): shows in the inspector's problem list
     * the problems of {@code subset} ("average": all) whose PRM first error differs from the label as {@code kind}
     * says, at the session's scorer and threshold.
     */
    public void showMismatches(String subset, org.steplens.analyze.FailureKind kind) {
        session.showInProblemList(new org.steplens.ui.session.ProblemListRequest(kind,
                "average".equals(subset) ? null : subset));
    }

    /** Sets the threshold to the one with the best average F1 on the current records. */
    public void useBestThreshold() {
        FirstErrorData d = data.get();
        if (d != null && d.best() != null) {
            setThreshold(d.best().threshold());
        }
    }

    public void recompute() {
        Dataset d = dataset.get();
        if (d == null) {
            return;
        }
        String s = session.settings().stepScorer();
        double t = session.settings().threshold();
        running.set(true);
        status.set("Computing first-error metrics for " + s + "…");
        runs.submit(token -> compute(d, s, t), result -> {
            running.set(false);
            scorers.setAll(result.scorers());
            scorer.set(result.scorer());
            data.set(result);
            status.set(result.isEmpty()
                    ? "No solution here has both a human first-error label and step probabilities from '" + result.scorer()
                    + "'. Open labelled data (ProcessBench, PRM800K) scored by a PRM, or score it with a model."
                    : String.format(Locale.ROOT, "%d labelled solutions · average F1 %.1f %% at threshold %.3f · "
                    + "F1 over all records is best (%.1f %%) at %.3f", result.records(), 100 * result.report().averageF1(), t,
                    100 * result.best().f1(), result.best().threshold()));
        }, error -> {
            running.set(false);
            status.set("Could not compute first-error metrics: " + error.getMessage());
            org.slf4j.LoggerFactory.getLogger(FirstErrorViewModel.class).warn("first-error metrics failed", error);
        });
    }

    /** @param requested the scorer asked for; the dataset's first step scorer when it has no such scorer */
    static FirstErrorData compute(Dataset d, String requested, double threshold) {
        List<String> names = List.copyOf(d.stepScorers());
        String scorer = names.contains(requested) || names.isEmpty() ? requested : names.get(0);
        StepScoring scoring = StepScoring.of(scorer);
        List<LabelledSteps> records = LabelledSteps.of(d, scoring);
        Provenance p = Provenance.forDataset(d.name()).scorer(scorer).threshold(threshold).build();
        if (records.isEmpty()) {
            return new FirstErrorData(names, scorer, threshold, 0, null, null, null, null, null, p);
        }
        ProcessBenchReport report = ProcessBenchMetrics.compute(d, scoring, threshold);
        Calibration calibration = Calibration.of(d, scoring, BINS, true);
        return new FirstErrorData(names, scorer, threshold, records.size(), ThresholdSearch.bestF1(records), report,
                FirstErrorFigures.metricsTable(report), FirstErrorFigures.f1Curve(records, threshold, p),
                calibration.steps() == 0 ? null : FirstErrorFigures.reliability(calibration, scorer, p), p);
    }

    /** Exports the F1 curve ({@code reliability} false) or the reliability diagram as PNG or SVG. */
    public void exportChart(boolean reliability, Path out) {
        FirstErrorData d = data.get();
        if (d == null || (reliability ? d.reliability() : d.f1Curve()) == null) {
            status.set("Nothing to export yet.");
            return;
        }
        exporter.chart(new LineChart(reliability ? d.reliability() : d.f1Curve()), out);
    }

    public void exportTable(Path out) {
        FirstErrorData d = data.get();
        if (d == null || d.table() == null) {
            status.set("Nothing to export yet.");
            return;
        }
        exporter.table(d.table(), d.provenance(), out);
    }

    public ObservableList<String> scorers() {
        return scorers;
    }

    /** The scorer of the metrics shown (the session's, or the file's first step scorer when it lacks that one). */
    public ReadOnlyStringProperty scorerProperty() {
        return scorer;
    }

    public ReadOnlyObjectProperty<FirstErrorData> dataProperty() {
        return data;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }
}
