package org.steplens.ui.inspect;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.steplens.model.Problem;
import org.steplens.ui.analysis.ProblemAnalyzer;
import org.steplens.ui.analysis.ProblemReport;
import org.steplens.ui.analysis.ScoringSettings;
import org.steplens.ui.common.LatestWins;
import org.steplens.ui.common.TaskRunner;

/**
 * The state the inspector's panes share: the selected problem, the scoring settings, the report computed for
 * them (in the background, latest wins), and the selected candidate. Holds no nodes.
 */
public final class InspectorViewModel {
    private final ProblemAnalyzer analyzer;
    private final LatestWins<ProblemReport> analysis;
    private final ObjectProperty<Problem> problem = new SimpleObjectProperty<>(this, "problem");
    private final ObjectProperty<ScoringSettings> settings = new SimpleObjectProperty<>(this, "settings", ScoringSettings.DEFAULT);
    private final ReadOnlyObjectWrapper<ProblemReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final IntegerProperty candidate = new SimpleIntegerProperty(this, "candidate", -1);
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final StringProperty error = new SimpleStringProperty(this, "error");

    public InspectorViewModel(ProblemAnalyzer analyzer, TaskRunner runner) {
        this.analyzer = analyzer;
        this.analysis = new LatestWins<>(runner, "analysis");
        problem.addListener((obs, old, now) -> refresh());
        settings.addListener((obs, old, now) -> refresh());
    }

    private void refresh() {
        Problem p = problem.get();
        ScoringSettings s = settings.get();
        if (p == null) {
            analysis.cancel();
            report.set(null);
            candidate.set(-1);
            busy.set(false);
            return;
        }
        busy.set(true);
        analysis.submit(token -> analyzer.analyze(p, s), r -> {
            boolean sameProblem = report.get() != null && report.get().problem() == r.problem();
            int keep = candidate.get();
            report.set(r);
            if (!sameProblem || keep < 0 || keep >= r.candidates().size()) {
                candidate.set(r.candidates().isEmpty() ? -1 : 0);
            }
            error.set(null);
            busy.set(false);
        }, e -> {
            error.set("Could not analyse problem " + p.id() + ": " + e.getMessage());
            busy.set(false);
        });
    }

    public ObjectProperty<Problem> problemProperty() {
        return problem;
    }

    public ObjectProperty<ScoringSettings> settingsProperty() {
        return settings;
    }

    public ScoringSettings settings() {
        return settings.get();
    }

    public ReadOnlyObjectProperty<ProblemReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ProblemReport report() {
        return report.get();
    }

    /** The selected candidate's index in the problem, -1 for none. */
    public IntegerProperty candidateProperty() {
        return candidate;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public void selectCandidate(int index) {
        ProblemReport r = report.get();
        if (r != null && index >= 0 && index < r.candidates().size()) {
            candidate.set(index);
        }
    }

    public void setThreshold(double value) {
        settings.set(settings.get().withThreshold(value));
    }
}
