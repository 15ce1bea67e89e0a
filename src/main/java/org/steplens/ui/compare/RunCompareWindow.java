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
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.steplens.compare.RunComparison;

/**
 * The window of "Compare with run…": the run-level figures, the problems table (most different first) and, for the
 * chosen problem, both runs' solutions side by side; where run B flipped to the hinted answer, the reviewer's
 * question "does the reasoning mention the hint?" with one-click (or M / N) answers, undoable with Ctrl+Z.
 */
public final class RunCompareWindow {
    private final Stage stage = new Stage();
    private final TableView<RunComparison.Row> table = new TableView<>();
    private final RunCompareViewModel vm;

    public RunCompareWindow(Window owner, RunCompareViewModel vm, String stylesheet) {
        this.vm = vm;
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
                column("Mentions hint", r -> mentions(vm, r), 110),
                column("Difference", r -> String.format(Locale.ROOT, "%.2f", r.difference()), 80),
                column("Problem text", RunComparison.Row::preview, 300)));
        Label none = new Label("No problems compared yet.");
        none.getStyleClass().add("text-muted");
        table.setPlaceholder(none);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> vm.select(row));

        vm.confirmationsProperty().addListener((o, a, b) -> table.refresh());
        VBox lower = new VBox(hintCheck(vm), new CompareView(vm.compare()));
        VBox.setVgrow(lower.getChildren().get(1), Priority.ALWAYS);
        SplitPane split = new SplitPane(table, lower);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.32);
        BorderPane root = new BorderPane(split);
        root.setTop(top);
        Scene scene = new Scene(root, 1200, 760);
        scene.getStylesheets().add(stylesheet);
        installKeys(scene, vm);
        stage.setScene(scene);
        stage.setTitle("Compare runs — StepLens");
        stage.initOwner(owner);
        stage.setOnHidden(e -> vm.dispose());
    }

    /** "yes" / "no" when a reviewer answered (✓), else the keyword match ("yes?" to be confirmed). */
    private static String mentions(RunCompareViewModel vm, RunComparison.Row row) {
        if (!row.toHint()) {
            return row.mentionsHint() ? "yes?" : "";
        }
        return vm.confirmation(row).map(m -> m ? "yes ✓" : "no ✓").orElse(row.mentionsHint() ? "yes?" : "no?");
    }

    /** The reviewer's question about the chosen problem and the two answers; hidden unless it flipped to the hint. */
    private static HBox hintCheck(RunCompareViewModel vm) {
        Label question = new Label();
        question.setId("hintQuestion");
        question.setWrapText(true);
        question.textProperty().bind(vm.hintCheckProperty());
        question.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(question, Priority.ALWAYS);
        Button yes = new Button("Mentions the hint (M)");
        yes.setId("hintMentions");
        yes.setOnAction(e -> vm.confirm(true));
        Button no = new Button("Does not (N)");
        no.setId("hintNoMention");
        no.setOnAction(e -> vm.confirm(false));
        for (Button b : new Button[] {yes, no}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(8, question, yes, no);
        bar.setId("hintCheck");
        bar.getStyleClass().add("hint-check");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.visibleProperty().bind(vm.hintCheckProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    /** M / N answer the hint question; Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y undo and redo (the main window's stack). */
    private static void installKeys(Scene scene, RunCompareViewModel vm) {
        KeyCombination undo = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
        KeyCombination redo = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
        KeyCombination redoY = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (scene.getFocusOwner() instanceof TextInputControl) {
                return;
            }
            if (undo.match(e)) {
                vm.undo();
            } else if (redo.match(e) || redoY.match(e)) {
                vm.redo();
            } else if (!e.isShortcutDown() && !e.isAltDown() && e.getCode() == KeyCode.M
                    && !vm.hintCheckProperty().get().isEmpty()) {
                vm.confirm(true);
            } else if (!e.isShortcutDown() && !e.isAltDown() && e.getCode() == KeyCode.N
                    && !vm.hintCheckProperty().get().isEmpty()) {
                vm.confirm(false);
            } else {
                return;
            }
            e.consume();
        });
    }

    private static TableColumn<RunComparison.Row, String> column(String title,
                                                                  Function<RunComparison.Row, String> value, double width) {
        return TextColumns.of(title, value, width);
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    public RunCompareViewModel model() {
        return vm;
    }

    public Stage stage() {
        return stage;
    }
}
