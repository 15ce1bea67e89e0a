package org.steplens.ui.solution;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableDoubleValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.steplens.model.Solution;
import org.steplens.ui.common.Icons;
import org.steplens.ui.common.MathText;
import org.steplens.ui.common.PrmLegend;
import org.steplens.ui.common.RichText;
import org.steplens.ui.common.Theme;

/**
 * The problem and the selected candidate's steps. While the candidate stays the same (threshold or aggregation
 * moved) the step nodes are kept and only recoloured; a new candidate rebuilds them.
 */
public final class SolutionView extends StackPane {
    private static final float TEXT_SIZE = 14f;
    private static final float MATH_SIZE = 15f;
    /** Width of the header legend's colour bar, px. */
    private static final double HEADER_LEGEND_WIDTH = 110;

    private final SolutionViewModel vm;
    private final MathText math;
    private final ObjectProperty<Theme> theme;
    private final VBox steps = new VBox(6);
    private final RichText problemText;
    private final TextFlow truth = new TextFlow();
    private final TextFlow answer = new TextFlow();
    private final ScrollPane scroll;
    private final VBox emptyState;
    private final Label verdict = new Label();
    private final MenuButton exportCard = new MenuButton();
    private List<MenuItem> copyItems = List.of();
    private Solution shown;
    private int focusedStep = -1;
    private int reviewFocus = -1;
    private boolean concealed;

    public SolutionView(SolutionViewModel vm, MathText math, ObjectProperty<Theme> theme, ObservableDoubleValue threshold) {
        this.vm = vm;
        this.math = math;
        this.theme = theme;
        getStyleClass().add("solution-view");
        problemText = math.document("", MATH_SIZE, theme.get().textRgb());
        problemText.setId("problemText");

        Label title = new Label("Solution");
        title.getStyleClass().add("pane-title");
        Label candidateTitle = new Label();
        candidateTitle.setId("candidateTitle");
        candidateTitle.getStyleClass().add("text-muted");
        candidateTitle.textProperty().bind(vm.candidateTitleProperty());
        Tooltip candidateTip = new Tooltip();
        candidateTip.textProperty().bind(vm.candidateTitleProperty());
        candidateTitle.setTooltip(candidateTip);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        // a narrower colour bar than elsewhere: the candidate title reads whole beside it at 1366 px
        PrmLegend legend = new PrmLegend(HEADER_LEGEND_WIDTH);
        legend.setId("legend");
        legend.thresholdProperty().bind(threshold);
        title.setMinWidth(Region.USE_PREF_SIZE);
        legend.setMinWidth(Region.USE_PREF_SIZE);
        candidateTitle.setMinWidth(0); // only a pane dragged narrower than at 1366 px shortens it; the tooltip has it all
        exportCard.setId("exportCard");
        exportCard.setGraphic(Icons.of(Material2MZ.SHARE, 16));
        exportCard.getStyleClass().add("flat");
        exportCard.setMinWidth(Region.USE_PREF_SIZE);
        // copying shares the card menu: one button, so the candidate title keeps its room at 1366 px
        copyItems = List.of(menuItem("Copy whole solution (text with LaTeX)", this::copySolution, vm.solutionProperty().isNull()),
                menuItem("Copy problem (text with LaTeX)", this::copyProblem, vm.problemTextProperty().isEmpty()),
                new javafx.scene.control.SeparatorMenuItem());
        exportCard.getItems().setAll(copyItems);
        exportCard.setTooltip(new Tooltip("Copy the solution or problem as text with LaTeX, or export the solution as a card "
                + "for a slide or paper (PNG at 2× or SVG); right-click a step to copy it"));
        exportCard.disableProperty().unbind();
        exportCard.disableProperty().bind(vm.problemTextProperty().isEmpty());
        HBox header = new HBox(8, title, candidateTitle, gap, legend, exportCard);
        header.getStyleClass().add("pane-header");

        Label problemLabel = new Label();
        problemLabel.getStyleClass().add("section-label");
        problemLabel.textProperty().bind(vm.problemTitleProperty().map(t -> "PROBLEM  " + t));
        Label truthLabel = new Label("Ground truth");
        truthLabel.getStyleClass().add("text-muted");
        truth.setId("groundTruth");
        HBox truthRow = new HBox(8, truthLabel, truth);
        truthRow.getStyleClass().add("answer-row");
        VBox problemBox = new VBox(problemLabel, problemText, truthRow);
        problemBox.getStyleClass().add("problem-box");
        MenuItem copyProblem = new MenuItem("Copy problem (text with LaTeX)");
        copyProblem.setOnAction(e -> copyProblem());
        MenuItem copyProblemPlain = new MenuItem("Copy problem as plain text");
        copyProblemPlain.setOnAction(e -> StepCopy.toClipboard(StepCopy.plain(problemText.text())));
        MenuItem copyAll = new MenuItem("Copy whole solution");
        copyAll.setOnAction(e -> copySolution());
        javafx.scene.control.ContextMenu problemMenu = new javafx.scene.control.ContextMenu(copyProblem, copyProblemPlain, copyAll);
        problemBox.setOnContextMenuRequested(e -> problemMenu.show(problemBox, e.getScreenX(), e.getScreenY()));

        Label answerLabel = new Label("Final answer");
        answerLabel.getStyleClass().add("text-muted");
        answer.setId("finalAnswer");
        verdict.setId("verdict");
        verdict.getStyleClass().add("verdict");
        verdict.textProperty().bind(vm.verdictProperty());
        HBox answerRow = new HBox(8, answerLabel, answer, verdict);
        answerRow.getStyleClass().add("answer-row");
        Label notice = new Label();
        notice.setId("notice");
        notice.getStyleClass().add("notice");
        notice.setWrapText(true);
        notice.textProperty().bind(vm.noticeProperty());

        steps.setId("steps");
        VBox content = new VBox(problemBox, answerRow, notice, steps);
        content.getStyleClass().add("solution-content");
        scroll = new ScrollPane(content);
        scroll.setId("solutionScroll");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox main = new VBox(header, scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        Label emptyLabel = new Label();
        emptyLabel.setId("solutionEmpty");
        emptyLabel.textProperty().bind(vm.emptyMessageProperty());
        emptyState = new VBox(Icons.of(Material2AL.DESCRIPTION, 48), emptyLabel);
        emptyState.getStyleClass().add("empty-state");
        emptyState.setMouseTransparent(true);
        getChildren().addAll(main, emptyState);

        vm.problemTextProperty().addListener((o, a, b) -> problemText.setText(b));
        vm.groundTruthProperty().addListener((o, a, b) -> fillMath(truth, asMath(b)));
        vm.answerProperty().addListener((o, a, b) -> fillMath(answer, asMath(b)));
        vm.correctProperty().addListener((o, a, b) -> updateVerdict(b));
        vm.steps().addListener((ListChangeListener<StepRow>) c -> showSteps());
        theme.addListener((o, a, b) -> rebuildAll());
        main.visibleProperty().bind(vm.problemTextProperty().isNotEmpty());
        emptyState.visibleProperty().bind(vm.problemTextProperty().isEmpty());
    }

    private void updateVerdict(Boolean correct) {
        verdict.getStyleClass().removeAll("correct", "incorrect");
        if (correct == null) {
            verdict.setGraphic(null);
            return;
        }
        verdict.getStyleClass().add(correct ? "correct" : "incorrect");
        verdict.setGraphic(Icons.of(correct ? Material2AL.CHECK_CIRCLE : Material2AL.CANCEL, 16));
    }

    private static String asMath(String answer) {
        if (answer == null || answer.isEmpty() || answer.equals("unknown") || answer.equals("no final answer")) {
            return answer == null ? "" : answer;
        }
        return "$" + answer + "$";
    }

    private void fillMath(TextFlow flow, String text) {
        math.fill(flow, text == null ? "" : text, MATH_SIZE, theme.get().textRgb());
    }

    private void rebuildAll() {
        problemText.setColour(theme.get().textRgb());
        fillMath(truth, asMath(vm.groundTruthProperty().get()));
        fillMath(answer, asMath(vm.answerProperty().get()));
        shown = null;
        showSteps();
    }

    private void showSteps() {
        Solution s = vm.solutionProperty().get();
        List<StepRow> rows = vm.steps();
        if (s != null && s == shown && steps.getChildren().size() == rows.size()) {
            for (int i = 0; i < rows.size(); i++) {
                ((StepView) steps.getChildren().get(i)).update(rows.get(i));
            }
            setReviewFocus(reviewFocus);
            return;
        }
        List<StepView> views = new ArrayList<>(rows.size());
        for (StepRow r : rows) {
            StepView view = new StepView(r, math.document(r.text(), MATH_SIZE, theme.get().textRgb()));
            view.setCopyActions(this::copySolution, this::copyProblem);
            if (concealed) {
                view.conceal(true);
            }
            views.add(view);
        }
        steps.getChildren().setAll(views);
        shown = s;
        focusedStep = -1;
        reviewFocus = -1;
        scroll.setVvalue(0);
    }

    /**
     * Blind review: while {@code value} is true, the steps show no probability, tint or marks, and the final answer
     * no verdict.
     */
    public void setConcealed(boolean value) {
        concealed = value;
        verdict.setVisible(!value);
        for (javafx.scene.Node n : steps.getChildren()) {
            ((StepView) n).conceal(value);
        }
    }

    /** Marks step {@code index} as the one being reviewed and scrolls it into view (-1: none). */
    public void setReviewFocus(int index) {
        for (int i = 0; i < steps.getChildren().size(); i++) {
            ((StepView) steps.getChildren().get(i)).setReviewFocus(i == index);
        }
        reviewFocus = index;
        if (index >= 0 && index < steps.getChildren().size()) {
            javafx.application.Platform.runLater(() -> scrollTo((Region) steps.getChildren().get(index)));
        }
    }

    /** What happens when the user asks to export the shown solution as a card; receives "png" or "svg". */
    public void setOnExportCard(Consumer<String> action) {
        exportCard.getItems().setAll(copyItems);
        for (String ext : List.of("png", "svg")) {
            MenuItem item = new MenuItem(ext.equals("png") ? "Export card as PNG (2×)…" : "Export card as SVG…");
            item.setOnAction(e -> action.accept(ext));
            item.disableProperty().bind(vm.solutionProperty().isNull());
            exportCard.getItems().add(item);
        }
    }

    /** Scrolls to the next step predicted incorrect; returns its index or -1. */
    public int showNextIncorrectStep() {
        int next = vm.nextIncorrectStep(focusedStep);
        if (next < 0) {
            return -1;
        }
        focusedStep = next;
        StepView view = (StepView) steps.getChildren().get(next);
        scrollTo(view);
        view.requestFocus();
        return next;
    }

    private void scrollTo(Region node) {
        Region content = (Region) scroll.getContent();
        Bounds b = node.localToScene(node.getBoundsInLocal());
        Bounds c = content.localToScene(content.getBoundsInLocal());
        double y = b.getMinY() - c.getMinY();
        double range = content.getHeight() - scroll.getViewportBounds().getHeight();
        if (range > 0) {
            scroll.setVvalue(Math.max(0, Math.min(1, (y - 12) / range)));
        }
    }

    private static MenuItem menuItem(String text, Runnable action, javafx.beans.value.ObservableBooleanValue disabled) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> action.run());
        item.disableProperty().bind(disabled);
        return item;
    }

    /** Puts the shown solution's steps on the clipboard as text with LaTeX. */
    public void copySolution() {
        StepCopy.toClipboard(StepCopy.solution(vm.steps().stream().map(StepRow::text).toList()));
    }

    /** Puts the problem statement on the clipboard as text with LaTeX. */
    public void copyProblem() {
        StepCopy.toClipboard(problemText.text());
    }

    public VBox stepsBox() {
        return steps;
    }

    public int focusedStep() {
        return focusedStep;
    }
}
