package org.steplens.ui.compare;

import java.util.Locale;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.steplens.compare.RunComparison;

/**
 * The window of "Compare with run…": the run-level figures, the problems table (most different first) and, for the
 * chosen problem, both runs' solutions side by side.
 */
public final class RunCompareWindow {
    private final Stage stage = new Stage();
    private final TableView<RunComparison.Row> table = new TableView<>();

    public RunCompareWindow(Window owner, RunCompareViewModel vm, String stylesheet) {
        Label figures = new Label();
        figures.setId("runFigures");
        figures.setWrapText(true);
        figures.textProperty().bind(vm.figuresProperty());
        HBox.setHgrow(figures, Priority.ALWAYS);
        figures.setMaxWidth(Double.MAX_VALUE);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(22, 22);
        spinner.visibleProperty().bind(vm.busyProperty());
        spinner.progressProperty().bind(vm.progressProperty());
        Button cancel = new Button("Cancel");
        cancel.visibleProperty().bind(vm.busyProperty());
        cancel.setOnAction(e -> vm.cancel());
        HBox top = new HBox(8, figures, spinner, cancel);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(8));

        table.setId("runTable");
        table.getStyleClass().addAll("dense", "striped");
        table.setItems(vm.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(java.util.List.of(
                column("Problem", RunComparison.Row::problemId, 90),
                column("Answer A", RunComparison.Row::answerA, 110),
                column("Answer B", RunComparison.Row::answerB, 110),
                column("Flip", r -> r.flipped() ? "yes" : "", 50),
                column("To hint", r -> r.toHint() ? "yes" : "", 60),
                column("Mentions hint", r -> r.mentionsHint() ? "yes" : "", 100),
                column("Difference", r -> String.format(Locale.ROOT, "%.2f", r.difference()), 80),
                column("Problem text", RunComparison.Row::preview, 300)));
        Label none = new Label("No problems compared yet.");
        none.getStyleClass().add("text-muted");
        table.setPlaceholder(none);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> vm.select(row));

        SplitPane split = new SplitPane(table, new CompareView(vm.compare()));
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.32);
        BorderPane root = new BorderPane(split);
        root.setTop(top);
        Scene scene = new Scene(root, 1200, 760);
        scene.getStylesheets().add(stylesheet);
        stage.setScene(scene);
        stage.setTitle("Compare runs — StepLens");
        stage.initOwner(owner);
        stage.setOnHidden(e -> vm.cancel());
    }

    private static TableColumn<RunComparison.Row, String> column(String title,
                                                                  Function<RunComparison.Row, String> value, double width) {
        return TextColumns.of(title, value, width);
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }
}
