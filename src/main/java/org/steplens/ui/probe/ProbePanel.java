package org.steplens.ui.probe;

import java.io.File;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.steplens.ui.common.PrmColorScale;

/**
 * The probe tab beside the solution: edit the selected candidate's steps or problem and see, for every step, the
 * PRM's probability before → after and the change. Undo and redo are the window's (Edit menu, Ctrl+Z).
 */
public final class ProbePanel extends VBox {
    private final ProbeModel model;
    private final ListView<ProbeRow> steps = new ListView<>();
    private final TextArea stepText = new TextArea();
    private final TextArea problem = new TextArea();
    private Runnable onCompare = () -> { };

    public ProbePanel(ProbeModel model) {
        super(6);
        this.model = model;
        setPadding(new Insets(8));

        Label modelName = new Label();
        modelName.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                model.modelFolderProperty().get() == null ? "Model: none"
                        : "Model: " + model.modelFolderProperty().get().getFileName(), model.modelFolderProperty()));
        Button chooseModel = new Button("Model…");
        chooseModel.setId("probeModel");
        chooseModel.setOnAction(e -> chooseModel());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox modelRow = new HBox(6, modelName, spring, chooseModel);
        modelRow.setAlignment(Pos.CENTER_LEFT);

        problem.setId("probeProblem");
        problem.setWrapText(true);
        problem.setPrefRowCount(3);
        Button applyProblem = new Button("Apply to problem");
        applyProblem.setId("probeApplyProblem");
        applyProblem.setOnAction(e -> model.editProblem(problem.getText()));

        steps.setId("probeSteps");
        steps.setCellFactory(v -> new RowCell());
        steps.setItems(model.rows());
        steps.setPrefHeight(220);
        VBox.setVgrow(steps, Priority.ALWAYS);
        steps.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> stepText.setText(r == null ? "" : r.text()));

        stepText.setId("probeStepText");
        stepText.setWrapText(true);
        stepText.setPrefRowCount(3);
        Button apply = new Button("Apply edit");
        apply.setId("probeApply");
        apply.setOnAction(e -> withSelected(i -> model.editStep(i, stepText.getText())));
        Button insert = new Button("Insert after");
        insert.setId("probeInsert");
        insert.setOnAction(e -> {
            int i = steps.getSelectionModel().getSelectedIndex();
            model.insertStep(i < 0 ? model.rows().size() : i + 1, stepText.getText());
        });
        Button delete = new Button("Delete step");
        delete.setId("probeDelete");
        delete.setOnAction(e -> withSelected(model::deleteStep));
        for (Button b : new Button[] {apply, insert, delete}) {
            b.disableProperty().bind(steps.getSelectionModel().selectedItemProperty().isNull());
        }
        insert.disableProperty().unbind();
        HBox stepButtons = new HBox(6, apply, insert, delete);

        ProgressIndicator busy = new ProgressIndicator(-1);
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.runningProperty());
        busy.managedProperty().bind(model.runningProperty());
        Label status = new Label();
        status.setId("probeStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        Button cancel = new Button("Cancel");
        cancel.setId("probeCancel");
        cancel.visibleProperty().bind(model.runningProperty());
        cancel.managedProperty().bind(model.runningProperty());
        cancel.setOnAction(e -> model.cancel());
        HBox statusRow = new HBox(6, busy, status, cancel);
        statusRow.setAlignment(Pos.CENTER_LEFT);

        ListView<String> variants = new ListView<>(model.variantNames());
        variants.setId("probeVariants");
        variants.setPrefHeight(70);
        variants.setPlaceholder(new Label("No variants of this problem yet."));

        Button compare = new Button("Compare with original");
        compare.setId("probeCompareOriginal");
        compare.setTooltip(new javafx.scene.control.Tooltip(
                "The original candidate (left) and the chosen variant (right) side by side in the Compare tab"));
        compare.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.variantNames()));
        compare.setOnAction(e -> {
            int chosen = variants.getSelectionModel().getSelectedIndex();
            if (chosen >= 0) {
                model.showVariant(chosen);
            }
            onCompare.run();
        });
        HBox variantButtons = new HBox(6, compare);

        Label problemLabel = new Label("Problem as the PRM sees it");
        problemLabel.setLabelFor(problem);
        Label stepsLabel = new Label("Steps: P(correct) original → variant (change)");
        stepsLabel.setLabelFor(steps);
        Label variantsLabel = new Label("Variants (kept with the review, never in the file)");
        variantsLabel.setLabelFor(variants);
        getChildren().addAll(modelRow, problemLabel, problem, applyProblem, stepsLabel, steps, stepText, stepButtons,
                statusRow, variantsLabel, variants, variantButtons);

        model.variantProperty().addListener((o, a, v) -> problem.setText(model.problemText()));
        // new rows (a re-score, an undo) replace the list's items: keep the step being edited selected
        int[] lastSelected = {-1};
        steps.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> {
            if (i.intValue() >= 0) {
                lastSelected[0] = i.intValue();
            }
        });
        model.rows().addListener((javafx.collections.ListChangeListener<ProbeRow>) c -> {
            problem.setText(model.problemText());
            if (lastSelected[0] >= 0 && steps.getSelectionModel().getSelectedIndex() < 0 && !model.rows().isEmpty()) {
                steps.getSelectionModel().select(Math.min(lastSelected[0], model.rows().size() - 1));
            }
        });
        problem.setText(model.problemText());
    }

    /** What "Compare with original" does once the chosen variant's candidate is shown (the inspector shows both). */
    public void setOnCompareWithOriginal(Runnable action) {
        onCompare = action;
    }

    private void withSelected(java.util.function.IntConsumer action) {
        int i = steps.getSelectionModel().getSelectedIndex();
        if (i >= 0) {
            action.accept(i);
            steps.getSelectionModel().select(Math.min(i, model.rows().size() - 1));
        }
    }

    private void chooseModel() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Choose the PRM to probe (model.onnx, tokenizer.json, prm.json)");
        File dir = chooser.showDialog(getScene() == null ? null : getScene().getWindow());
        if (dir != null) {
            model.modelFolderProperty().set(dir.toPath());
        }
    }

    /** "3  0.82 → 0.41  −0.41  text…", the variant's probability tinted on the shared colour scale. */
    private static final class RowCell extends ListCell<ProbeRow> {
        @Override
        protected void updateItem(ProbeRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label number = new Label((row.edited() ? "✎ " : "") + (row.index() + 1));
            number.setMinWidth(34);
            Label probs = new Label(PrmColorScale.label(row.before()) + " → " + PrmColorScale.label(row.after()));
            probs.setMinWidth(92);
            if (!Double.isNaN(row.after())) {
                probs.setStyle("-fx-background-color: " + PrmColorScale.css(row.after()) + "; -fx-text-fill: "
                        + toCss(PrmColorScale.textOn(row.after())) + "; -fx-padding: 0 3 0 3;");
            }
            double d = row.delta();
            Label delta = new Label(Double.isNaN(d) ? "" : String.format(Locale.ROOT, "%+.2f", d));
            delta.getStyleClass().add("probe-delta");
            delta.setMinWidth(48);
            Label text = new Label(row.text().replace('\n', ' '));
            text.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox box = new HBox(6, number, probs, delta, text);
            box.setAlignment(Pos.CENTER_LEFT);
            box.setPrefWidth(0);
            setText(null);
            setGraphic(box);
            setAccessibleText("step " + (row.index() + 1) + ", " + probs.getText() + ", change " + delta.getText());
        }

        private static String toCss(javafx.scene.paint.Color c) {
            return String.format(Locale.ROOT, "rgb(%d,%d,%d)", (int) Math.round(c.getRed() * 255),
                    (int) Math.round(c.getGreen() * 255), (int) Math.round(c.getBlue() * 255));
        }
    }
}
