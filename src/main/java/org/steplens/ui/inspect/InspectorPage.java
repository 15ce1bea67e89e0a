package org.steplens.ui.inspect;

import javafx.scene.Node;
import org.steplens.model.Dataset;
import org.steplens.ui.browse.ProblemItem;
import org.steplens.ui.browse.ProblemListView;
import org.steplens.ui.browse.ProblemListViewModel;
import org.steplens.ui.common.FigureExporter;
import org.steplens.ui.common.Icons;
import org.steplens.ui.common.SaveDialog;
import org.steplens.ui.common.TaskRunner;
import org.steplens.ui.compare.SelectionPanel;
import org.steplens.ui.compare.SelectionViewModel;
import org.steplens.ui.session.AppContext;
import org.steplens.ui.session.ReportModel;
import org.steplens.ui.session.Session;
import org.steplens.ui.session.AppView;
import org.steplens.ui.solution.CandidateListViewModel;
import org.steplens.ui.solution.CandidateTable;
import org.steplens.ui.solution.SolutionView;
import org.steplens.ui.solution.SolutionViewModel;

/** The inspector tab: wires the problem list, candidates, solution and selections to the session. */
public final class InspectorPage implements AppView {
    private final ProblemListViewModel problems;
    private final CandidateListViewModel candidates;
    private final SolutionViewModel solution;
    private final SelectionViewModel selection;
    private final ProblemListView problemView;
    private final CandidateTable candidateView;
    private final SolutionView solutionView;
    private final SelectionPanel selectionView;
    private final ScoringControls controls;
    private final InspectorView root;
    private final TaskRunner flagRunner;
    private final Session session;

    public InspectorPage(AppContext context, TaskRunner flagRunner) {
        session = context.session();
        ReportModel reports = context.reports();
        this.flagRunner = flagRunner;
        problems = new ProblemListViewModel(session.problems(), context.analyzer(), flagRunner);
        candidates = new CandidateListViewModel(reports);
        solution = new SolutionViewModel(reports, session.candidate(0));
        selection = new SelectionViewModel(reports);
        problemView = new ProblemListView(problems);
        candidateView = new CandidateTable(candidates, session.candidate(0));
        solutionView = new SolutionView(solution, context.math(), context.theme(),
                javafx.beans.binding.Bindings.createDoubleBinding(() -> session.settings().threshold(),
                        session.settingsProperty()));
        selectionView = new SelectionPanel(selection, session.candidate(0));
        controls = new ScoringControls(session);
        root = new InspectorView(problemView, candidateView, solutionView, selectionView);
        FigureExporter exporter = new FigureExporter(context.background(), session::showStatus);
        solutionView.setOnExportCard(extension -> exportCard(exporter, extension));

        problems.selectedProperty().addListener((o, a, b) -> session.problemProperty().set(b == null ? null : b.problem()));
        // another view may set the inspected problem directly (e.g. "open in inspector"): follow it in the list
        session.problemProperty().addListener((o, a, p) -> {
            ProblemItem shown = problems.selectedProperty().get();
            if (p != null && (shown == null || shown.problem() != p)) {
                showProblem(p);
            }
        });
        ProblemItem first = problems.selectedProperty().get();
        if (first != null) {
            session.problemProperty().set(first.problem());
        }
        session.datasetProperty().addListener((o, a, d) -> datasetReady(d));
        // the flags cover every problem: wait until the slider rests before recomputing them
        javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(javafx.util.Duration.millis(300));
        settle.setOnFinished(e -> {
            if (session.dataset() != null) {
                problems.computeFlags(session.settings());
            }
        });
        session.settingsProperty().addListener((o, a, s) -> settle.playFromStart());
    }

    private void datasetReady(Dataset d) {
        if (d == null) {
            return;
        }
        problems.computeFlags(session.settings());
        // listing the step scorers walks every solution: off the FX thread
        flagRunner.run("step-scorers", token -> new java.util.LinkedHashSet<>(d.stepScorers()), scorers -> {
            controls.setScorers(scorers);
            if (!scorers.isEmpty() && !scorers.contains(session.settings().stepScorer())) {
                // the file has no scores from the chosen scorer: use its first (the app's choice, not an edit)
                session.adjustSettings(session.settings().withStepScorer(scorers.iterator().next()));
            }
        }, e -> session.showError("Could not list the step scorers of " + d.name(), e));
    }

    private void exportCard(FigureExporter exporter, String extension) {
        Dataset d = session.dataset();
        solution.card(d == null ? "no file" : d.name()).ifPresent(card -> {
            String stem = card.spec().title().replaceAll("[^A-Za-z0-9._-]+", "-");
            SaveDialog.choose(solutionView, stem, extension).ifPresent(out -> exporter.chart(card, out));
        });
    }

    @Override
    public String title() {
        return "Inspector";
    }

    @Override
    public Node icon() {
        return Icons.of(org.kordamp.ikonli.material2.Material2AL.INSIGHTS);
    }

    @Override
    public Node content() {
        return root;
    }

    /** The toolbar controls for scoring settings (placed in the main toolbar). */
    public ScoringControls controls() {
        return controls;
    }

    public void moveProblem(int delta) {
        problems.move(delta);
    }

    public void moveCandidate(int delta) {
        candidateView.move(delta);
    }

    public int nextIncorrectStep() {
        return solutionView.showNextIncorrectStep();
    }

    public void focusSearch() {
        problemView.searchField().requestFocus();
        problemView.searchField().selectAll();
    }

    /** Selects {@code problem} in the list (clearing filters that hide it). */
    public void showProblem(org.steplens.model.Problem problem) {
        for (int pass = 0; pass < 2; pass++) {
            for (ProblemItem item : problems.visible()) {
                if (item.problem() == problem) {
                    problems.selectedProperty().set(item);
                    return;
                }
            }
            problems.clearFilters();
        }
    }

    public ProblemListViewModel problemList() {
        return problems;
    }

    public SolutionView solutionView() {
        return solutionView;
    }
}
