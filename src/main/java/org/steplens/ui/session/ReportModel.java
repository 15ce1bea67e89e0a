package org.steplens.ui.session;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.steplens.model.Problem;
import org.steplens.ui.common.LatestWins;
import org.steplens.ui.common.TaskRunner;

/**
 * The report of the session's selected problem under the session's settings: recomputed in the background
 * (latest wins) whenever either changes. The panes that show a problem (candidates, solutions, selections) read it.
 * Holds no nodes; use on the FX thread.
 */
public final class ReportModel {
    private final Session session;
    private final ProblemAnalyzer analyzer;
    private final LatestWins<ProblemReport> analysis;
    private final ReadOnlyObjectWrapper<ProblemReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");

    public ReportModel(Session session, ProblemAnalyzer analyzer, TaskRunner runner) {
        this.session = session;
        this.analyzer = analyzer;
        this.analysis = new LatestWins<>(runner, "analysis");
        session.problemProperty().addListener((obs, old, now) -> refresh());
        session.settingsProperty().addListener((obs, old, now) -> refresh());
        session.datasetProperty().addListener((obs, old, now) -> {
            if (now == null) {
                analyzer.reset();
            }
        });
        refresh();
    }

    private void refresh() {
        Problem p = session.problem();
        AnalysisSettings s = session.settings();
        if (p == null) {
            analysis.cancel();
            report.set(null);
            busy.set(false);
            return;
        }
        busy.set(true);
        analysis.submit(token -> analyzer.analyze(p, s), r -> {
            report.set(r);
            error.set(null);
            busy.set(false);
        }, e -> {
            error.set("Could not analyse problem " + p.id() + ": " + e.getMessage());
            org.slf4j.LoggerFactory.getLogger(ReportModel.class).warn("analysis of {} failed", p.id(), e);
            busy.set(false);
        });
    }

    /** The session this model follows. */
    public Session session() {
        return session;
    }

    /** The analyzer the reports come from (the problem list asks it for flags too). */
    public ProblemAnalyzer analyzer() {
        return analyzer;
    }

    /** The latest report; null while no problem is selected. It may briefly belong to the previous problem. */
    public ReadOnlyObjectProperty<ProblemReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ProblemReport report() {
        return report.get();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Why the last analysis failed; null when it did not. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
