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
    private final ReportModel reports;
    private TaskRunner background;
    private final InspectorView root;
    private final TaskRunner flagRunner;
    private final Session session;
    private final org.steplens.ui.review.ReviewModel review;
    private final org.steplens.ui.review.ReviewPanel reviewView;
    private final org.steplens.ui.probe.ProbeModel probe;
    private final org.steplens.ui.compare.CompareViewModel compare;
    private final org.steplens.ui.compare.CompareView compareView;
    private javafx.scene.control.TabPane centreTabs;
    private javafx.scene.control.Tab compareTab;
    /** The comparison shows the probe's original against its variant, and follows its re-scoring. */
    private boolean variantCompared;

    public InspectorPage(AppContext context, TaskRunner flagRunner) {
        session = context.session();
        reports = context.reports();
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
        review = new org.steplens.ui.review.ReviewModel(session, context.background());
        reviewView = new org.steplens.ui.review.ReviewPanel(review, this::stepProbabilities,
                () -> session.settings().threshold());
        probe = new org.steplens.ui.probe.ProbeModel(session, review.storeProperty(), context.background());
        javafx.scene.control.TabPane side = sidePanel();
        compare = new org.steplens.ui.compare.CompareViewModel(reports, context.background());
        compareView = new org.steplens.ui.compare.CompareView(compare);
        root = new InspectorView(problemView, candidateView, solutionOrCompare(), side);
        candidateView.setOnCompare(this::compareSelected);
        candidateView.addContextAction("compareCandidatesItem", "Compare selected candidates (Ctrl+D)",
                this::compareSelected);
        candidateView.addContextAction("compareScorersItem", "Compare two scorers on this candidate (Ctrl+Alt+D)",
                this::compareScorers);
        selectionView.setOnComparePicks((a, b) -> {
            if (compare.comparePicks(a, b)) {
                showCompare();
            }
        });
        wireReview(context);
        compare.modeProperty().addListener((o, a, m) ->
                variantCompared &= m == org.steplens.ui.compare.CompareViewModel.Mode.GIVEN);
        probe.rows().addListener((javafx.collections.ListChangeListener<org.steplens.ui.probe.ProbeRow>) c -> {
            if (variantCompared) {
                probe.comparison().ifPresent(this::showVariant);
            }
        });
        FigureExporter exporter = new FigureExporter(context.background(), session::showStatus);
        solutionView.setOnExportCard(extension -> exportCard(exporter, extension));
        compareView.setOnExportCard(extension -> {
            Dataset d = session.dataset();
            compare.card(d == null ? "no file" : d.name()).ifPresent(card -> SaveDialog.choose(compareView,
                    "compare-" + card.spec().title().replaceAll("[^A-Za-z0-9._-]+", "-"), extension)
                    .ifPresent(out -> exporter.chart(card, out)));
        });

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
        // a search or filter made for one file means nothing in the next: each file starts with the whole list
        session.documentIdProperty().addListener((o, a, id) -> problems.clearFilters());
        session.problemListRequestProperty().addListener((o, a, r) -> {
            if (r != null) {
                problems.showFirstErrorMismatches(r.kind(), r.subset());
            }
        });
        // the flags cover every problem: wait until the slider rests before recomputing them
        javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(javafx.util.Duration.millis(300));
        settle.setOnFinished(e -> {
            if (session.dataset() != null) {
                problems.computeFlags(session.settings());
            }
        });
        session.settingsProperty().addListener((o, a, s) -> settle.playFromStart());
    }

    /** The solution and the side-by-side comparison as two tabs; blind review hides the comparison's scores. */
    private javafx.scene.control.TabPane solutionOrCompare() {
        javafx.scene.control.Tab one = new javafx.scene.control.Tab("Solution", solutionView);
        one.setId("solutionTab");
        compareTab = new javafx.scene.control.Tab("Compare", compareView);
        compareTab.setId("compareTab");
        compareTab.setTooltip(new javafx.scene.control.Tooltip("Two candidates side by side (Ctrl+D)"));
        centreTabs = new javafx.scene.control.TabPane(one, compareTab);
        centreTabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        centreTabs.setId("centreTabs");
        javafx.scene.control.Label hidden = new javafx.scene.control.Label(
                "Hidden in blind mode: the comparison shows model scores.");
        hidden.getStyleClass().add("text-muted");
        hidden.setPadding(new javafx.geometry.Insets(16));
        session.scoresConcealedProperty().addListener((o, a, c) -> compareTab.setContent(c ? hidden : compareView));
        return centreTabs;
    }

    /** Compares the two candidates selected in the table (or the session's pair when one row is selected). */
    public void compareSelected() {
        java.util.List<Integer> chosen = candidateView.selectedCandidates();
        if (chosen.size() == 2) {
            compare.compare(chosen.get(0), chosen.get(1));
        } else if (session.candidates().size() < 2) {
            session.showStatus("Select two candidates to compare: Ctrl+click a second row in the candidate table.");
        } else {
            compare.compareCandidates();
        }
        showCompare();
    }

    /** The shown candidate under two step scorers, side by side (scorer A left, B right). */
    public void compareScorers() {
        compare.compareScorers();
        showCompare();
    }

    /** The shown candidate under scorers {@code a} (left) and {@code b} (right), e.g. from the scorer comparison. */
    public void compareScorers(String a, String b) {
        compare.scorerAProperty().set(a);
        compare.scorerBProperty().set(b);
        compareScorers();
    }

    /** Tools ▸ Compare with run…: the open file (run A) against a second file whose problems share ids. */
    public void compareWithRun() {
        if (session.dataset() == null) {
            session.showStatus("Open a file first: it is run A of the comparison.");
            return;
        }
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle("Compare " + session.dataset().name() + " with another run (same problem ids)");
        javafx.stage.Window owner = root.getScene() == null ? null : root.getScene().getWindow();
        java.io.File f = chooser.showOpenDialog(owner);
        if (f != null) {
            compareWithRun(f.toPath()).show();
        }
    }

    /** Opens the run comparison window for {@code runB} and starts comparing (also for tests). */
    public org.steplens.ui.compare.RunCompareWindow compareWithRun(java.nio.file.Path runB) {
        org.steplens.ui.compare.RunCompareViewModel runs = new org.steplens.ui.compare.RunCompareViewModel(session,
                background, review.reviewerProperty()::get);
        org.steplens.ui.compare.RunCompareWindow window = new org.steplens.ui.compare.RunCompareWindow(
                root.getScene() == null ? null : root.getScene().getWindow(), runs,
                org.steplens.ui.common.Theme.stylesheetUrl());
        runs.start(runB);
        return window;
    }

    /**
     * The shown candidate's original (left) against its probe variant (right): aligned, word diffs, and the probe
     * model's probabilities before and after the edit; follows re-scoring until another comparison is chosen.
     */
    public void compareWithOriginal() {
        var shown = probe.comparison();
        if (shown.isEmpty()) {
            session.showStatus("This candidate has no variant: edit a step or the problem in the Probe tab first.");
            return;
        }
        showVariant(shown.get());
        variantCompared = true;
        showCompare();
    }

    private void showVariant(org.steplens.ui.probe.ProbeModel.Comparison c) {
        org.steplens.model.Problem p = c.problem();
        double threshold = session.settings().threshold();
        String scorer = c.model() == null ? "no model chosen" : c.model();
        org.steplens.model.Solution original = p.solution(c.candidate());
        org.steplens.model.Solution edited = org.steplens.model.Solution.builder().steps(c.variant().steps()).build();
        org.steplens.model.Problem variantProblem = new org.steplens.model.Problem(p.id(), c.variant().problemText(),
                p.groundTruthAnswer(), p.groundTruthSolution(), p.subject(), p.level(), p.source(),
                java.util.List.of(edited), null);
        compare.show(new org.steplens.ui.compare.CompareSide(
                        "Candidate " + (c.candidate() + 1) + " · original · " + scorer, p, original, c.before(), firstError(c.before(), threshold), c.model(), null),
                new org.steplens.ui.compare.CompareSide(c.variant().name() + " · " + scorer, variantProblem, edited,
                        c.after(), firstError(c.after(), threshold), c.model(), null), "");
    }

    private static int firstError(double[] p, double threshold) {
        return p.length == 0 ? -1 : org.steplens.analyze.FirstErrorPredictor.predict(p, threshold);
    }

    /** Exchanges the compared sides. */
    public void swapCompared() {
        compare.swap();
    }

    /** Steps to the next (+1) or previous (-1) row of the comparison, showing it. */
    public void moveCompareRow(int delta) {
        showCompare();
        compare.moveRow(delta);
    }

    private void showCompare() {
        centreTabs.getSelectionModel().select(compareTab);
    }

    /** The side-by-side view's model (tests, exports). */
    public org.steplens.ui.compare.CompareViewModel compare() {
        return compare;
    }

    /** Selections and Review, side by side as tabs; blind review hides the selections. */
    private javafx.scene.control.TabPane sidePanel() {
        javafx.scene.control.Label hidden = new javafx.scene.control.Label(
                "Hidden in blind mode until you have rated this solution.");
        hidden.setWrapText(true);
        hidden.getStyleClass().add("text-muted");
        hidden.setPadding(new javafx.geometry.Insets(16));
        javafx.scene.control.Tab picks = new javafx.scene.control.Tab("Selections", selectionView);
        picks.setId("selectionsTab");
        javafx.scene.control.ScrollPane reviewScroll = new javafx.scene.control.ScrollPane(reviewView);
        reviewScroll.setFitToWidth(true);
        reviewView.setPadding(new javafx.geometry.Insets(8));
        javafx.scene.control.Tab reviewTab = new javafx.scene.control.Tab("Review", reviewScroll);
        reviewTab.setId("reviewTab");
        org.steplens.ui.probe.ProbePanel probePanel = new org.steplens.ui.probe.ProbePanel(probe);
        probePanel.setOnCompareWithOriginal(this::compareWithOriginal);
        javafx.scene.control.Tab probeTab = new javafx.scene.control.Tab("Probe", probePanel);
        probeTab.setId("probeTab");
        javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane(picks, reviewTab, probeTab);
        tabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("sideTabs");
        session.scoresConcealedProperty().addListener((o, a, c) -> picks.setContent(c ? hidden : selectionView));
        review.reviewModeProperty().addListener((o, a, on) -> {
            if (on) {
                tabs.getSelectionModel().select(reviewTab);
            }
        });
        return tabs;
    }

    private void wireReview(org.steplens.ui.session.AppContext context) {
        session.scoresConcealedProperty().addListener((o, a, c) -> {
            solutionView.setConcealed(c);
            candidateView.setConcealed(c);
        });
        review.focusedStepProperty().addListener((o, a, step) -> solutionView.setReviewFocus(step.intValue()));
        reviewView.setOnNext(this::nextUnreviewed);
        background = context.background();
        reviewView.setOnImport(this::importReview);
        reviewView.setOnAgreement(this::showReviewAgreement);
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED,
                e -> org.steplens.ui.review.ReviewKeys.handle(e, review, reviewView, this::nextUnreviewed));
    }

    /** Tools ▸ Import a review…: another reviewer's journal or PRM800K-shaped export. */
    public void importReview() {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle("Import another reviewer's review (journal or PRM800K export)");
        java.io.File f = chooser.showOpenDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (f != null) {
            review.importFrom(f.toPath());
        }
    }

    /** Tools ▸ Review agreement…: reviewers, the PRM and the dataset's labels compared. */
    public void showReviewAgreement() {
        org.steplens.ui.review.ReviewKeys.showAgreement(review, background, session,
                root.getScene() == null ? null : root.getScene().getWindow());
    }

    private void nextUnreviewed() {
        java.util.List<org.steplens.model.Problem> queue = problems.visible().stream().map(ProblemItem::problem).toList();
        if (!review.nextUnreviewed(queue)) {
            session.showStatus("Every solution in the list is reviewed by " + review.reviewerProperty().get());
        }
    }

    /** Candidate {@code index}'s step probabilities under the current settings, or null. */
    private double[] stepProbabilities(int index) {
        var report = context().report();
        if (report == null || index < 0 || index >= report.candidates().size()) {
            return null;
        }
        var c = report.candidates().get(index);
        return c.scored() ? c.stepProbabilities() : null;
    }

    private org.steplens.ui.session.ReportModel context() {
        return reports;
    }

    /** Probing the PRM by hand: the selected candidate's edited variant and its re-scored steps. */
    public org.steplens.ui.probe.ProbeModel probe() {
        return probe;
    }

    /** The review of the open dataset (for the window: review mode, closing). */
    public org.steplens.ui.review.ReviewModel review() {
        return review;
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
    public void dispose() {
        review.dispose();
        probe.dispose();
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

    /** Shows "Add to deck" beside the problem list's failure filters. */
    public void setOnAddToDeck(Runnable action) {
        problemView.setOnAddToDeck(action);
    }

    public ProblemListViewModel problemList() {
        return problems;
    }

    public SolutionView solutionView() {
        return solutionView;
    }
}
