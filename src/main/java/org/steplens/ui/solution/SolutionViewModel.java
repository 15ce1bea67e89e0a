package org.steplens.ui.solution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.steplens.chart.Provenance;
import org.steplens.chart.SolutionCard;
import org.steplens.chart.SolutionCardSpec;
import org.steplens.model.Problem;
import org.steplens.model.Solution;
import org.steplens.select.StepScoring;
import org.steplens.ui.session.CandidateReport;
import org.steplens.ui.session.ProblemReport;
import org.steplens.ui.session.AnalysisSettings;
import javafx.beans.value.ObservableIntegerValue;
import org.steplens.ui.session.ReportModel;

/**
 * The selected candidate, step by step: texts, probabilities, human ratings, the first predicted error, the ground
 * truth and the extracted answer, and a message that explains an empty or unscored view. It shows the candidate it
 * is given, so two can stand side by side (e.g. {@code session.candidate(0)} and {@code session.candidate(1)}).
 */
public final class SolutionViewModel {
    /** Shown when the file has no step scores under the chosen scorer. */
    public static final String NO_SCORES = "This file has no PRM scores — score it with a model (Tools ▸ Score with model…).";

    private final ReportModel reports;
    private final ObservableIntegerValue candidate;
    private final ReadOnlyStringWrapper problemText = new ReadOnlyStringWrapper(this, "problemText", "");
    private final ReadOnlyStringWrapper problemTitle = new ReadOnlyStringWrapper(this, "problemTitle", "");
    private final ReadOnlyStringWrapper groundTruth = new ReadOnlyStringWrapper(this, "groundTruth", "");
    private final ReadOnlyStringWrapper candidateTitle = new ReadOnlyStringWrapper(this, "candidateTitle", "");
    private final ReadOnlyStringWrapper answer = new ReadOnlyStringWrapper(this, "answer", "");
    private final ReadOnlyObjectWrapper<Boolean> correct = new ReadOnlyObjectWrapper<>(this, "correct");
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper(this, "verdict", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyStringWrapper emptyMessage = new ReadOnlyStringWrapper(this, "emptyMessage", "Open a file to begin.");
    private final ReadOnlyIntegerWrapper firstError = new ReadOnlyIntegerWrapper(this, "firstError", -1);
    private final ReadOnlyObjectWrapper<Solution> solution = new ReadOnlyObjectWrapper<>(this, "solution");
    private final ObservableList<StepRow> steps = FXCollections.observableArrayList();

    /**
     * @param reports   the selected problem's report
     * @param candidate the index of the candidate to show, -1 for none
     */
    public SolutionViewModel(ReportModel reports, ObservableIntegerValue candidate) {
        this.reports = reports;
        this.candidate = candidate;
        reports.reportProperty().addListener((obs, old, now) -> update());
        candidate.addListener((obs, old, now) -> update());
        if (reports.report() != null) {
            update();
        }
    }

    private void update() {
        ProblemReport report = reports.report();
        if (report == null) {
            clear(reports.session().problem() == null ? "Select a problem from the list." : "Analysing…");
            return;
        }
        Problem p = report.problem();
        problemTitle.set(p.id() + (p.subject() == null ? "" : " · " + p.subject()) + (p.level() == null ? "" : " · Level " + p.level()));
        problemText.set(p.text());
        groundTruth.set(p.groundTruthAnswer() == null ? "unknown" : p.groundTruthAnswer());
        int index = candidate.get();
        if (index < 0 || index >= report.candidates().size()) {
            clearCandidate(report.candidates().isEmpty() ? "This problem has no candidate solutions." : "Select a candidate.");
            return;
        }
        CandidateReport c = report.candidates().get(index);
        Solution s = p.solution(index);
        int human = s.humanFirstError().orElse(Solution.NO_ERROR - 1);
        List<StepRow> rows = new ArrayList<>(s.stepCount());
        double threshold = report.settings().threshold();
        for (int i = 0; i < s.stepCount(); i++) {
            double prob = c.stepProbability(i);
            rows.add(new StepRow(i, s.stepText(i), prob, s.humanRating(i).orElse(null), i == c.firstError(),
                    StepScoring.flagged(prob, threshold), i == human, threshold));
        }
        candidateTitle.set(String.format(Locale.ROOT, "Candidate %,d of %,d · %d steps", index + 1, report.candidates().size(), s.stepCount()));
        answer.set(c.answer() == null ? "no final answer" : c.answer());
        correct.set(c.correct());
        verdict.set(c.correct() == null ? "correctness unknown" : c.correct() ? "correct" : "incorrect");
        firstError.set(c.firstError());
        notice.set(!c.scored() ? (report.hasStepScores()
                ? "This candidate has no step scores from \"" + report.settings().stepScorer() + "\"."
                : NO_SCORES)
                : c.firstError() >= 0
                ? String.format(Locale.ROOT, "First predicted error: step %d (P(correct) below %.2f).", c.firstError() + 1, threshold)
                : String.format(Locale.ROOT, "No step below the threshold %.2f.", threshold));
        emptyMessage.set("");
        solution.set(s);
        steps.setAll(rows);
    }

    private void clear(String message) {
        problemTitle.set("");
        problemText.set("");
        groundTruth.set("");
        clearCandidate(message);
    }

    private void clearCandidate(String message) {
        candidateTitle.set("");
        answer.set("");
        correct.set(null);
        verdict.set("");
        notice.set(message);
        firstError.set(-1);
        solution.set(null);
        steps.clear();
        emptyMessage.set(message);
    }

    public ObservableList<StepRow> steps() {
        return steps;
    }

    /** The solution the steps belong to (the view reuses its nodes while this stays the same). */
    public ReadOnlyObjectProperty<Solution> solutionProperty() {
        return solution.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemTextProperty() {
        return problemText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemTitleProperty() {
        return problemTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty groundTruthProperty() {
        return groundTruth.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty candidateTitleProperty() {
        return candidateTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty answerProperty() {
        return answer.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Boolean> correctProperty() {
        return correct.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    /** A line under the steps about scores and the first error. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty emptyMessageProperty() {
        return emptyMessage.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty firstErrorProperty() {
        return firstError.getReadOnlyProperty();
    }

    /**
     * The shown candidate as a figure for a slide or paper (steps tinted on the shared probability scale, the
     * predicted and human first errors, settings as provenance); empty when no candidate is shown.
     */
    public Optional<SolutionCard> card(String datasetName) {
        ProblemReport report = reports.report();
        int index = candidate.get();
        if (report == null || index < 0 || index >= report.candidates().size()) {
            return Optional.empty();
        }
        CandidateReport c = report.candidates().get(index);
        AnalysisSettings settings = report.settings();
        Provenance provenance = Provenance.forDataset(datasetName).scorer(settings.stepScorer())
                .aggregation(settings.aggregation().label()).threshold(settings.threshold()).build();
        return Optional.of(new SolutionCard(SolutionCardSpec.of(report.problem(), report.problem().solution(index),
                new StepScoring(settings.stepScorer(), settings.aggregation().neutral()), settings.threshold(),
                c.scored() ? c.firstError() : null, provenance)));
    }

    /** The next step after {@code from} predicted incorrect (below the threshold), wrapping around; -1 when none. */
    public int nextIncorrectStep(int from) {
        int n = steps.size();
        for (int k = 1; k <= n; k++) {
            int i = Math.floorMod(from + k, n);
            if (steps.get(i).belowThreshold()) {
                return i;
            }
        }
        return -1;
    }
}
