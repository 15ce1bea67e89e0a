package org.steplens.ui.compare;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.steplens.compare.StepAlignment;
import org.steplens.select.SelectionMethod;
import org.steplens.ui.common.LatestWins;
import org.steplens.ui.common.TaskRunner;
import org.steplens.ui.session.CandidateReport;
import org.steplens.ui.session.MethodPick;
import org.steplens.ui.session.ProblemReport;
import org.steplens.ui.session.ReportModel;
import org.steplens.ui.session.Session;

/**
 * Two candidates of the selected problem side by side: the session's candidate slots 0 (left) and 1 (right), their
 * steps aligned by content ({@link CompareRows}, computed in the background, latest wins), the focused row for
 * keyboard stepping, and the ways in (two chosen candidates, two methods' picks) and swapping, all through the
 * session's selection so every view agrees on which two are compared.
 */
public final class CompareViewModel {
    private final ReportModel reports;
    private final Session session;
    private final LatestWins<List<CompareRow>> alignment;
    private final ObservableList<CompareRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper leftTitle = new ReadOnlyStringWrapper(this, "leftTitle", "");
    private final ReadOnlyStringWrapper rightTitle = new ReadOnlyStringWrapper(this, "rightTitle", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper emptyMessage = new ReadOnlyStringWrapper(this, "emptyMessage", "");
    private final ReadOnlyIntegerWrapper focusedRow = new ReadOnlyIntegerWrapper(this, "focusedRow", -1);
    private CompareSide left;
    private CompareSide right;

    /** Follows the session's candidate slots 0 and 1 of the selected problem. */
    public CompareViewModel(ReportModel reports, TaskRunner runner) {
        this.reports = reports;
        this.session = reports.session();
        this.alignment = new LatestWins<>(runner, "compare");
        reports.reportProperty().addListener((o, a, r) -> update());
        session.candidates().addListener((ListChangeListener<Integer>) c -> update());
        update();
    }

    /** Shows only the sides it is given ({@link #show}), e.g. one problem in two runs; follows no selection. */
    public CompareViewModel(Session session, TaskRunner runner, String messageWhenEmpty) {
        this.reports = null;
        this.session = session;
        this.alignment = new LatestWins<>(runner, "compare");
        emptyMessage.set(messageWhenEmpty);
    }

    private void update() {
        ProblemReport report = reports.report();
        List<Integer> chosen = session.candidates();
        if (report == null || chosen.size() < 2 || report.problem() != session.problem()) {
            show(null, null, report == null ? "Select a problem from the list."
                    : "Select two candidates (Ctrl+click two rows of the candidate table) and press Compare (Ctrl+D), "
                    + "or compare two methods' picks from the Selections panel.");
            return;
        }
        show(side(report, chosen.get(0)), side(report, chosen.get(1)), "");
    }

    private static CompareSide side(ProblemReport report, int index) {
        CandidateReport c = report.candidates().get(index);
        String verdict = c.correct() == null ? "" : c.correct() ? " · correct" : " · incorrect";
        String title = String.format(Locale.ROOT, "Candidate %d · answer %s%s", index + 1,
                c.answer() == null ? "none" : c.answer(), verdict);
        return new CompareSide(title, report.problem(), report.problem().solution(index),
                c.scored() ? c.stepProbabilities() : new double[0], c.scored() ? c.firstError() : -1);
    }

    /**
     * Shows two given sides (e.g. the same problem in two runs) instead of the session's candidates, until the
     * candidate selection changes again.
     */
    public void show(CompareSide leftSide, CompareSide rightSide, String messageWhenEmpty) {
        left = leftSide;
        right = rightSide;
        if (leftSide == null || rightSide == null) {
            alignment.cancel();
            rows.clear();
            leftTitle.set("");
            rightTitle.set("");
            summary.set("");
            focusedRow.set(-1);
            emptyMessage.set(messageWhenEmpty);
            return;
        }
        leftTitle.set(leftSide.title());
        rightTitle.set(rightSide.title());
        emptyMessage.set("");
        alignment.submit(token -> CompareRows.of(leftSide, rightSide), result -> {
            rows.setAll(result);
            focusedRow.set(-1);
            summary.set(summarise(result));
        }, e -> {
            rows.clear();
            emptyMessage.set("Could not align the two solutions: " + e.getMessage());
            session.showError("Could not align the two solutions", e);
        });
    }

    private static String summarise(List<CompareRow> result) {
        long pairs = result.stream().filter(CompareRow::isPair).count();
        long same = result.stream().filter(r -> r.isPair() && r.similarity() >= 1.0).count();
        int divergence = -1;
        for (int i = 0; i < result.size(); i++) {
            if (result.get(i).firstDivergence()) {
                divergence = i;
            }
        }
        double mean = StepAlignment.meanSimilarity(result.stream()
                .map(r -> new StepAlignment.Row(r.left(), r.right(), r.similarity())).toList());
        return String.format(Locale.ROOT, "%d rows · %d paired (%d identical) · %d unpaired · mean similarity %.2f · %s",
                result.size(), pairs, same, result.size() - pairs, mean,
                divergence < 0 ? "same step for step" : "first divergence at row " + (divergence + 1));
    }

    /** Compares two candidates of the selected problem (left, right). */
    public void compare(int leftIndex, int rightIndex) {
        if (reports == null) {
            return;
        }
        if (leftIndex == rightIndex) {
            session.showStatus("Choose two different candidates to compare.");
            return;
        }
        session.selectCandidates(List.of(leftIndex, rightIndex));
    }

    /** Compares two methods' picks, e.g. PRM (left) against majority vote (right); false when that is impossible. */
    public boolean comparePicks(SelectionMethod leftMethod, SelectionMethod rightMethod) {
        ProblemReport report = reports == null ? null : reports.report();
        if (report == null) {
            return false;
        }
        MethodPick a = report.pick(leftMethod).orElse(null);
        MethodPick b = report.pick(rightMethod).orElse(null);
        if (a == null || b == null || !a.picked() || !b.picked()) {
            session.showStatus("No pick to compare: " + (a == null || !a.picked() ? leftMethod : rightMethod).id()
                    + (a != null && !a.picked() ? " (" + a.why() + ")" : b != null && !b.picked() ? " (" + b.why() + ")" : ""));
            return false;
        }
        if (a.candidate() == b.candidate()) {
            session.showStatus(leftMethod.id() + " and " + rightMethod.id() + " pick the same candidate ("
                    + (a.candidate() + 1) + ")");
            return false;
        }
        compare(a.candidate(), b.candidate());
        return true;
    }

    /** Exchanges left and right. */
    public void swap() {
        if (left != null && right != null && reports != null && session.candidates().size() >= 2 && isSessionPair()) {
            List<Integer> c = session.candidates();
            session.selectCandidates(List.of(c.get(1), c.get(0)));
        } else if (left != null && right != null) {
            show(right, left, "");
        }
    }

    private boolean isSessionPair() {
        ProblemReport report = reports.report();
        return report != null && left.solution() == report.problem().solution(session.candidates().get(0));
    }

    /** Moves the focused row by {@code delta} (clamped); returns the new row, -1 when there are none. */
    public int moveRow(int delta) {
        if (rows.isEmpty()) {
            return -1;
        }
        int at = focusedRow.get();
        int next = at < 0 ? (delta > 0 ? 0 : rows.size() - 1) : Math.max(0, Math.min(rows.size() - 1, at + delta));
        focusedRow.set(next);
        return next;
    }

    public ObservableList<CompareRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty leftTitleProperty() {
        return leftTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rightTitleProperty() {
        return rightTitle.getReadOnlyProperty();
    }

    /** Rows, pairs, mean similarity and the first divergence, in words. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Why nothing is compared; "" while two solutions are shown. */
    public ReadOnlyStringProperty emptyMessageProperty() {
        return emptyMessage.getReadOnlyProperty();
    }

    /** The row stepped to with the keyboard, -1 for none. */
    public ReadOnlyIntegerProperty focusedRowProperty() {
        return focusedRow.getReadOnlyProperty();
    }

    /**
     * The comparison shown now as a figure (both columns tinted on the shared scale, deltas, first divergence and
     * first errors; plain readable text, no word highlights), with the settings as provenance; empty when nothing
     * is compared.
     */
    public java.util.Optional<org.steplens.chart.ComparisonCard> card(String datasetName) {
        if (left == null || right == null || rows.isEmpty()) {
            return java.util.Optional.empty();
        }
        org.steplens.ui.session.AnalysisSettings s = session.settings();
        org.steplens.chart.Provenance provenance = org.steplens.chart.Provenance.forDataset(datasetName)
                .scorer(s.stepScorer()).aggregation(s.aggregation().label()).threshold(s.threshold()).build();
        List<org.steplens.chart.ComparisonCardSpec.Row> cardRows = rows.stream().map(r ->
                new org.steplens.chart.ComparisonCardSpec.Row(r.left(), readable(r.leftText()), r.leftP(),
                        r.leftFirstError(), r.right(), readable(r.rightText()), r.rightP(), r.rightFirstError(),
                        r.firstDivergence())).toList();
        String title = left.problem().id() + (left.problem() == right.problem() ? "" : " (two runs)");
        return java.util.Optional.of(new org.steplens.chart.ComparisonCard(new org.steplens.chart.ComparisonCardSpec(
                title, readable(right.problem().text()), left.title(), right.title(), s.stepScorer(), cardRows,
                provenance)));
    }

    private static String readable(String text) {
        return org.steplens.grade.LatexToText.readable(text);
    }

    /** The sides shown now (null when nothing is compared), e.g. for export. */
    public CompareSide left() {
        return left;
    }

    public CompareSide right() {
        return right;
    }
}
