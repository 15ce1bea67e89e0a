package org.steplens.ui.solution;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.steplens.ui.session.CandidateReport;
import org.steplens.select.SelectionMethod;
import org.steplens.ui.session.MethodPick;
import org.steplens.ui.session.ProblemReport;
import org.steplens.ui.session.ReportModel;

/** The candidate list of the selected problem: rows, a summary line, and an explanation when empty. */
public final class CandidateListViewModel {
    private final ReportModel reports;
    private final ObservableList<CandidateRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper emptyMessage = new ReadOnlyStringWrapper(this, "emptyMessage", "Select a problem to see its candidates.");

    public CandidateListViewModel(ReportModel reports) {
        this.reports = reports;
        reports.reportProperty().addListener((obs, old, now) -> update(now));
    }

    private void update(ProblemReport report) {
        if (report == null) {
            rows.clear();
            summary.set("");
            emptyMessage.set("Select a problem to see its candidates.");
            return;
        }
        List<CandidateRow> next = new ArrayList<>(report.candidates().size());
        List<Set<SelectionMethod>> pickedBy = new ArrayList<>();
        for (int i = 0; i < report.candidates().size(); i++) {
            pickedBy.add(EnumSet.noneOf(SelectionMethod.class));
        }
        for (MethodPick p : report.picks()) {
            if (p.picked() && p.method() != SelectionMethod.RANDOM) {
                pickedBy.get(p.candidate()).add(p.method());
            }
        }
        int correct = 0;
        for (CandidateReport c : report.candidates()) {
            if (Boolean.TRUE.equals(c.correct())) {
                correct++;
            }
            next.add(new CandidateRow(c.index(), c.answer(), c.correct(), c.prmScore(), c.ormScore(), c.firstError(),
                    report.problem().solution(c.index()).stepCount(), pickedBy.get(c.index())));
        }
        rows.setAll(next);
        int n = next.size();
        summary.set(String.format(Locale.ROOT, "%,d candidate%s · %,d correct", n, n == 1 ? "" : "s", correct));
        emptyMessage.set(n == 0 ? "This problem has no candidate solutions." : "");
    }

    public ObservableList<CandidateRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty emptyMessageProperty() {
        return emptyMessage.getReadOnlyProperty();
    }

    public void select(CandidateRow row) {
        if (row != null) {
            reports.session().selectCandidate(row.index());
        }
    }
}
