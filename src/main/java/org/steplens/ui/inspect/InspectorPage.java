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
import org.steplens.ui.shell.AppContext;
import org.steplens.ui.shell.AppView;
import org.steplens.ui.solution.CandidateListViewModel;
import org.steplens.ui.solution.CandidateTable;
import org.steplens.ui.solution.SolutionView;
import org.steplens.ui.solution.SolutionViewModel;

/** The inspector tab: wires the problem list, candidates, solution and selections to the shared state. */
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

    public InspectorPage(AppContext context, TaskRunner flagRunner) {
        InspectorViewModel inspector = context.inspector();
        this.flagRunner = flagRunner;
        problems = new ProblemListViewModel(context.main().problems(), context.analyzer(), flagRunner);
        candidates = new CandidateListViewModel(inspector);
        solution = new SolutionViewModel(inspector);
        selection = new SelectionViewModel(inspector);
        problemView = new ProblemListView(problems);
        candidateView = new CandidateTable(candidates, inspector);
        solutionView = new SolutionView(solution, context.math(), context.theme(),
                javafx.beans.binding.Bindings.createDoubleBinding(() -> inspector.settings().threshold(),
                        inspector.settingsProperty()));
        selectionView = new SelectionPanel(selection, inspector);
        controls = new ScoringControls(inspector);
        root = new InspectorView(problemView, candidateView, solutionView, selectionView);
        FigureExporter exporter = new FigureExporter(context.background(), context.main()::showStatus);
        solutionView.setOnExportCard(extension -> exportCard(context, exporter, extension));

        problems.selectedProperty().addListener((o, a, b) -> inspector.problemProperty().set(b == null ? null : b.problem()));
        // another view may set the inspected problem directly (e.g. "open in inspector"): follow it in the list
        inspector.problemProperty().addListener((o, a, p) -> {
            ProblemItem shown = problems.selectedProperty().get();
            if (p != null && (shown == null || shown.problem() != p)) {
                showProblem(p);
            }
        });
        ProblemItem first = problems.selectedProperty().get();
        if (first != null) {
            inspector.problemProperty().set(first.problem());
        }
        context.main().datasetProperty().addListener((o, a, d) -> {
            if (d == null) {
                context.analyzer().reset();
            }
            datasetReady(d, inspector);
        });
        // the flags cover every problem: wait until the slider rests before recomputing them
        javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(javafx.util.Duration.millis(300));
        settle.setOnFinished(e -> {
            if (context.main().datasetProperty().get() != null) {
                problems.computeFlags(inspector.settings());
            }
        });
        inspector.settingsProperty().addListener((o, a, s) -> settle.playFromStart());
    }

    private void datasetReady(Dataset d, InspectorViewModel inspector) {
        if (d == null) {
            return;
        }
        problems.computeFlags(inspector.settings());
        // listing the step scorers walks every solution: off the FX thread
        flagRunner.run("step-scorers", token -> new java.util.LinkedHashSet<>(d.stepScorers()), scorers -> {
            controls.setScorers(scorers);
            if (!scorers.isEmpty() && !scorers.contains(inspector.settings().stepScorer())) {
                inspector.settingsProperty().set(inspector.settings().withStepScorer(scorers.iterator().next()));
            }
        }, e -> { });
    }

    private void exportCard(AppContext context, FigureExporter exporter, String extension) {
        Dataset d = context.main().datasetProperty().get();
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
