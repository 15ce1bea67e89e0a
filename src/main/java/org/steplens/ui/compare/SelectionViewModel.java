package org.steplens.ui.compare;

import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.steplens.ui.session.ClusterReport;
import org.steplens.ui.session.MethodPick;
import org.steplens.ui.session.ProblemReport;
import org.steplens.ui.session.ReportModel;

/** Each method's pick for the selected problem and the answer clusters behind the votes. */
public final class SelectionViewModel {
    private final ReportModel reports;
    private final ObservableList<MethodPick> picks = FXCollections.observableArrayList();
    private final ObservableList<ClusterReport> clusters = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper clusterSummary = new ReadOnlyStringWrapper(this, "clusterSummary", "");

    public SelectionViewModel(ReportModel reports) {
        this.reports = reports;
        reports.reportProperty().addListener((obs, old, now) -> update(now));
    }

    private void update(ProblemReport report) {
        if (report == null) {
            picks.clear();
            clusters.clear();
            clusterSummary.set("");
            return;
        }
        picks.setAll(report.picks());
        clusters.setAll(report.clusters());
        long answered = report.candidates().stream().filter(c -> c.answer() != null).count();
        clusterSummary.set(String.format(Locale.ROOT, "%,d from %,d answers", report.clusters().size(), answered));
    }

    public ObservableList<MethodPick> picks() {
        return picks;
    }

    public ObservableList<ClusterReport> clusters() {
        return clusters;
    }

    public ReadOnlyStringProperty clusterSummaryProperty() {
        return clusterSummary.getReadOnlyProperty();
    }

    /** Shows the candidate a method picked. */
    public void show(MethodPick pick) {
        if (pick != null && pick.picked()) {
            reports.session().selectCandidate(pick.candidate());
        }
    }

    /** Shows a cluster's best-scored member. */
    public void show(ClusterReport cluster) {
        if (cluster != null) {
            reports.session().selectCandidate(cluster.bestCandidate());
        }
    }
}
