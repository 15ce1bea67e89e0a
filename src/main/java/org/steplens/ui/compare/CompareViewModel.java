package org.steplens.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.steplens.compare.StepAlignment;
import org.steplens.model.ScorerNames;
import org.steplens.model.Solution;
import org.steplens.select.SelectionMethod;
import org.steplens.ui.common.LatestWins;
import org.steplens.ui.common.TaskRunner;
import org.steplens.ui.session.CandidateReport;
import org.steplens.ui.session.MethodPick;
import org.steplens.ui.session.ProblemReport;
import org.steplens.ui.session.ReportModel;
import org.steplens.ui.session.Session;

/**
 * Two solutions side by side, their steps aligned by content ({@link CompareRows}, computed in the background, latest
 * wins), with the focused row for keyboard stepping. What is compared is the {@link Mode}: two candidates of the
 * selected problem (the session's candidate slots 0 and 1, so every view agrees on which two; chosen in the table or
 * as two methods' picks), one candidate under two step scorers (the shown candidate; scorer A left, B right), or two
 * sides given by another view (two runs, an original and its probe variant).
 */
public final class CompareViewModel {
    /** What the two columns are. */
    public enum Mode {
        /** Two candidates of the selected problem: the session's candidate slots 0 and 1. */
        CANDIDATES,
        /** The shown candidate (slot 0) under scorer A (left) and scorer B (right). */
        SCORERS,
        /** Two sides given to {@link #show}, until the candidate selection changes. */
        GIVEN
    }

    private final ReportModel reports;
    private final Session session;
    private final LatestWins<List<CompareRow>> alignment;
    private final ObservableList<CompareRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper leftTitle = new ReadOnlyStringWrapper(this, "leftTitle", "");
    private final ReadOnlyStringWrapper rightTitle = new ReadOnlyStringWrapper(this, "rightTitle", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper emptyMessage = new ReadOnlyStringWrapper(this, "emptyMessage", "");
    private final ReadOnlyIntegerWrapper focusedRow = new ReadOnlyIntegerWrapper(this, "focusedRow", -1);
    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(this, "mode", Mode.CANDIDATES);
    /** Step scorers of the shown candidate (two-scorer mode). */
    private final ObservableList<String> scorers = FXCollections.observableArrayList();
    private final ObjectProperty<String> scorerA = new SimpleObjectProperty<>(this, "scorerA");
    private final ObjectProperty<String> scorerB = new SimpleObjectProperty<>(this, "scorerB");
    private boolean updating;
    private CompareSide left;
    private CompareSide right;

    /** Follows the session's candidate slots 0 and 1 of the selected problem. */
    public CompareViewModel(ReportModel reports, TaskRunner runner) {
        this.reports = reports;
        this.session = reports.session();
        this.alignment = new LatestWins<>(runner, "compare");
        reports.reportProperty().addListener((o, a, r) -> {
            if (mode.get() != Mode.GIVEN) {
                update();
            }
        });
        session.candidates().addListener((ListChangeListener<Integer>) c -> {
            if (mode.get() == Mode.GIVEN) {
                mode.set(Mode.CANDIDATES);
            }
            update();
        });
        scorerA.addListener((o, a, b) -> update());
        scorerB.addListener((o, a, b) -> update());
        update();
    }

    /** Shows only the sides it is given ({@link #show}), e.g. one problem in two runs; follows no selection. */
    public CompareViewModel(Session session, TaskRunner runner, String messageWhenEmpty) {
        this.reports = null;
        this.session = session;
        this.alignment = new LatestWins<>(runner, "compare");
        mode.set(Mode.GIVEN);
        emptyMessage.set(messageWhenEmpty);
    }

    private void update() {
        if (reports == null || updating || mode.get() == Mode.GIVEN) {
            return;
        }
        updating = true;
        try {
            if (mode.get() == Mode.SCORERS) {
                updateScorers();
            } else {
                updateCandidates();
            }
        } finally {
            updating = false;
        }
    }

    private void updateCandidates() {
        ProblemReport report = reports.report();
        List<Integer> chosen = session.candidates();
        if (report == null || chosen.size() < 2 || report.problem() != session.problem()) {
            show(null, null, report == null ? "Select a problem from the list."
                    : "Select two candidates (Ctrl+click two rows of the candidate table) and press Compare (Ctrl+D), "
                    + "or compare two methods' picks from the Selections panel.");
            return;
        }
        display(side(report, chosen.get(0)), side(report, chosen.get(1)), "");
    }

    /** The shown candidate under scorers A and B, choosing them when they are not (or no longer) available. */
    private void updateScorers() {
        ProblemReport report = reports.report();
        int index = session.candidate(0).get();
        if (report == null || report.problem() != session.problem() || index < 0
                || index >= report.problem().solutionCount()) {
            scorers.clear();
            display(null, null, report == null ? "Select a problem from the list."
                    : "Select a candidate to see it under two step scorers.");
            return;
        }
        Solution solution = report.problem().solution(index);
        List<String> names = scorersOf(solution);
        if (!scorers.equals(names)) {
            scorers.setAll(names);
        }
        if (names.size() < 2) {
            display(null, null, "Candidate " + (index + 1) + " has step scores from "
                    + (names.isEmpty() ? "no scorer" : "one scorer only (" + names.get(0) + ")")
                    + ". Score the file with a model (Tools ▸ Score with model…) to see it under two scorers.");
            return;
        }
        String a = names.contains(scorerA.get()) ? scorerA.get()
                : names.contains(session.settings().stepScorer()) ? session.settings().stepScorer() : names.get(0);
        String b = names.contains(scorerB.get()) && !a.equals(scorerB.get()) ? scorerB.get()
                : names.stream().filter(n -> !n.equals(a)).findFirst().orElseThrow();
        scorerA.set(a);
        scorerB.set(b);
        display(scorerSide(report, index, a), scorerSide(report, index, b), "");
    }

    /** The step scorers that scored {@code solution}, in the file's order ("prm" also when only three-way). */
    private static List<String> scorersOf(Solution solution) {
        List<String> names = new ArrayList<>(solution.stepProbabilities().names());
        if (solution.hasThreeWay() && !names.contains(ScorerNames.PRM)) {
            names.add(0, ScorerNames.PRM);
        }
        return names;
    }

    private CompareSide scorerSide(ProblemReport report, int index, String scorer) {
        String title = String.format(Locale.ROOT, "Candidate %d · %s", index + 1, scorer);
        return CompareSide.under(title, report.problem(), report.problem().solution(index), scorer, session.settings());
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
     * Shows two given sides (e.g. the same problem in two runs, or a candidate and its probe variant) instead of the
     * session's candidates, until the candidate selection changes again.
     */
    public void show(CompareSide leftSide, CompareSide rightSide, String messageWhenEmpty) {
        mode.set(Mode.GIVEN);
        display(leftSide, rightSide, messageWhenEmpty);
    }

    private void display(CompareSide leftSide, CompareSide rightSide, String messageWhenEmpty) {
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
        boolean twoScorers = leftSide.solution() == rightSide.solution();
        alignment.submit(token -> CompareRows.of(leftSide, rightSide), result -> {
            rows.setAll(result);
            focusedRow.set(-1);
            summary.set(twoScorers ? summariseScorers(result, leftSide, rightSide) : summarise(result));
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

    /** One solution's steps under two scorers: how far apart they are, where most, and each one's first error. */
    private static String summariseScorers(List<CompareRow> result, CompareSide a, CompareSide b) {
        double sum = 0;
        int n = 0;
        CompareRow widest = null;
        for (CompareRow r : result) {
            double d = r.delta();
            if (!Double.isNaN(d)) {
                sum += Math.abs(d);
                n++;
                if (widest == null || Math.abs(d) > Math.abs(widest.delta())) {
                    widest = r;
                }
            }
        }
        String where = widest == null ? "no step scored by both"
                : String.format(Locale.ROOT, "mean |Δ| %.2f · largest at step %d (%+.2f)", sum / n, widest.left() + 1,
                widest.delta()).replace('-', '−');
        return String.format(Locale.ROOT, "Same %d steps, two scorers · %s · first predicted error: %s %s, %s %s",
                result.size(), where, a.scorer(), a.firstError() < 0 ? "none" : "step " + (a.firstError() + 1),
                b.scorer(), b.firstError() < 0 ? "none" : "step " + (b.firstError() + 1));
    }

    /** Compares two candidates of the selected problem (left, right). */
    public void compare(int leftIndex, int rightIndex) {
        if (reports == null) {
            return;
        }
        mode.set(Mode.CANDIDATES);
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

    /** Back to the session's two candidates (the pair chosen last). */
    public void compareCandidates() {
        if (reports != null) {
            mode.set(Mode.CANDIDATES);
            update();
        }
    }

    /** The shown candidate under two step scorers (A left, B right; chosen from its scorers when not set). */
    public void compareScorers() {
        if (reports != null) {
            mode.set(Mode.SCORERS);
            update();
        }
    }

    /** Exchanges left and right. */
    public void swap() {
        if (mode.get() == Mode.SCORERS && left != null && right != null) {
            String a = scorerA.get();
            updating = true; // one update for both changes
            scorerA.set(scorerB.get());
            updating = false;
            scorerB.set(a);
            return;
        }
        if (mode.get() == Mode.CANDIDATES && left != null && right != null && session.candidates().size() >= 2
                && isSessionPair()) {
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

    /** True for the inspector's comparison (it follows the session's selection), false for given sides only. */
    public boolean followsSession() {
        return reports != null;
    }

    public ObservableList<CompareRow> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    /** The shown candidate's step scorers (two-scorer mode). */
    public ObservableList<String> scorers() {
        return scorers;
    }

    /** The scorer on the left in two-scorer mode; setting it re-compares. */
    public ObjectProperty<String> scorerAProperty() {
        return scorerA;
    }

    /** The scorer on the right in two-scorer mode. */
    public ObjectProperty<String> scorerBProperty() {
        return scorerB;
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
        String scorer = left.scorer() != null && right.scorer() != null && !left.scorer().equals(right.scorer())
                ? left.scorer() + " vs " + right.scorer() : s.stepScorer();
        return java.util.Optional.of(new org.steplens.chart.ComparisonCard(new org.steplens.chart.ComparisonCardSpec(
                title, readable(right.problem().text()), left.title(), right.title(), scorer, cardRows,
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
