package org.steplens.ui.review;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.steplens.model.Dataset;
import org.steplens.model.Problem;
import org.steplens.model.Solution;
import org.steplens.review.Agreement;
import org.steplens.review.AgreementReport;
import org.steplens.review.AgreementSummary;
import org.steplens.review.Rater;
import org.steplens.review.ReviewState;
import org.steplens.review.SolutionKey;
import org.steplens.ui.common.TaskRunner;

/**
 * Agreement between the reviewers of this review, the PRM at the current threshold and the dataset's own labels:
 * figures, confusion matrix, and the disagreements, each a double-click from its step.
 */
final class AgreementDialog {
    private AgreementDialog() {
    }

    /**
     * Computes in the background and shows the result.
     *
     * @param probabilities a solution's step probabilities under the current settings (null when unscored)
     */
    static void show(ReviewModel model, TaskRunner runner, Function<Solution, double[]> probabilities, String scorer,
                     double threshold, javafx.stage.Window owner) {
        Dataset dataset = model.session().dataset();
        if (model.store() == null || dataset == null) {
            return;
        }
        ReviewState state = model.store().state();
        runner.run("review-agreement", token -> {
            List<Rater> raters = new ArrayList<>();
            Set<SolutionKey> solutions = new LinkedHashSet<>();
            for (String reviewer : state.reviewers()) {
                Rater r = Rater.reviewer(state, reviewer);
                raters.add(r);
                solutions.addAll(r.solutions());
            }
            if (dataset.stepScorers().contains(scorer)) {
                raters.add(Rater.prm(scorer + String.format(java.util.Locale.ROOT, " @ %.2f", threshold), dataset,
                        probabilities, threshold));
            }
            Rater labels = Rater.datasetLabels(dataset);
            if (!labels.solutions().isEmpty()) {
                raters.add(labels);
            }
            Rater.DatasetIndex index = new Rater.DatasetIndex(dataset);
            if (raters.size() < 2) {
                throw new IllegalStateException("agreement needs two raters: add a reviewer, scores or labelled data");
            }
            return Agreement.of(raters, solutions, k -> index.solution(k).map(Solution::stepCount).orElse(0));
        }, report -> display(model, report, owner), e -> model.session().showError("Could not compute agreement", e));
    }

    private static void display(ReviewModel model, AgreementReport report, javafx.stage.Window owner) {
        TextArea figures = new TextArea(String.join("\n", AgreementSummary.lines(report, 0)));
        figures.setEditable(false);
        figures.setId("agreementFigures");
        figures.setPrefRowCount(16);
        figures.setStyle("-fx-font-family: monospace;");
        ListView<AgreementReport.Disagreement> list = new ListView<>();
        list.setId("agreementDisagreements");
        list.getItems().setAll(report.disagreements());
        list.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(AgreementReport.Disagreement d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : AgreementSummary.describe(d));
            }
        });
        list.setOnMouseClicked(e -> {
            AgreementReport.Disagreement d = list.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && d != null) {
                go(model, d);
            }
        });
        list.setOnKeyPressed(e -> {
            AgreementReport.Disagreement d = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && d != null) {
                go(model, d);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Label hint = new Label("Double-click (or Enter) a disagreement to open its step.");
        hint.getStyleClass().add("text-muted");
        VBox content = new VBox(8, figures, hint, list);
        content.setPrefSize(780, 600);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.setTitle("Review agreement");
        alert.setHeaderText("Agreement on step ratings and first wrong steps");
        alert.getDialogPane().setContent(content);
        alert.initModality(javafx.stage.Modality.NONE);
        alert.initOwner(owner);
        alert.show();
    }

    private static void go(ReviewModel model, AgreementReport.Disagreement d) {
        for (Problem p : model.session().problems()) {
            if (p.id().equals(d.solution().problemId())) {
                model.session().problemProperty().set(p);
                model.session().selectCandidate(d.solution().solution());
                model.focusedStepProperty().set(d.step());
                return;
            }
        }
    }
}
