package org.steplens.ui.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.steplens.compare.ScorerComparison;
import org.steplens.compare.ScorerComparison.Metric;
import org.steplens.compare.ScorerComparison.Pair;
import org.steplens.compare.ScorerComparison.ProblemDisagreement;
import org.steplens.compare.ScorerComparison.ScorerFigures;

/**
 * The window of Tools ▸ Compare scorers…: one row of figures per step scorer (with why a figure is not available),
 * the pair of scorers to look at, and its problems, most disagreement first; double-click or Enter on a problem
 * selects it in the inspector.
 */
public final class ScorerCompareWindow {
    private static final double ROW = 28;
    private final Stage stage = new Stage();
    private final ScorerCompareViewModel vm;
    private final TableView<ScorerFigures> scorers = new TableView<>();
    private final TableView<ProblemDisagreement> problems = new TableView<>();
    private final Label notes = new Label();
    private final Label pairSummary = new Label();

    public ScorerCompareWindow(Window owner, ScorerCompareViewModel vm, String stylesheet) {
        this.vm = vm;
        Label status = new Label();
        status.setId("scorerStatus");
        status.textProperty().bind(vm.statusProperty());
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(160);
        bar.progressProperty().bind(vm.progressProperty());
        bar.visibleProperty().bind(vm.busyProperty());
        Button cancel = new Button("Cancel");
        cancel.visibleProperty().bind(vm.busyProperty());
        cancel.setOnAction(e -> vm.cancel());
        Button again = new Button("Compare again");
        again.setId("compareScorersAgain");
        again.disableProperty().bind(vm.busyProperty());
        again.setOnAction(e -> vm.start());
        HBox top = new HBox(8, status, bar, cancel, again);
        top.setAlignment(Pos.CENTER_LEFT);

        scorers.setId("scorerTable");
        scorers.getStyleClass().addAll("dense", "striped");
        scorers.setItems(vm.figures());
        scorers.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        scorers.setFixedCellSize(ROW);
        scorers.getColumns().setAll(List.of(
                column("Scorer", ScorerFigures::scorer, 260),
                column("Scored solutions", f -> String.format(Locale.ROOT, "%,d", f.scoredSolutions()), 120),
                column("Step AUROC", f -> metric(f.stepAuroc(), "%.3f", 1), 100),
                column("Labelled steps", f -> String.format(Locale.ROOT, "%,d", f.labelledSteps()), 110),
                column("First-error F1 @ t", f -> metric(f.firstErrorF1(), "%.1f %%", 100), 130),
                column("Best F1 (threshold)", f -> f.bestF1().isAvailable() ? String.format(Locale.ROOT,
                        "%.1f %% (%.3f)", 100 * f.bestF1().value(), f.bestThreshold()) : "–", 150),
                column("Best-of-N", f -> metric(f.bestOfN(), "%.1f %%", 100), 120)));
        fitRows(2);
        Label none = new Label("Computing…");
        none.getStyleClass().add("text-muted");
        scorers.setPlaceholder(none);
        notes.setId("scorerNotes");
        notes.setWrapText(true);
        notes.setMinHeight(Region.USE_PREF_SIZE); // every reason in full, never "…"
        notes.getStyleClass().add("text-muted");
        vm.resultProperty().addListener((o, a, r) -> describe(r));

        ComboBox<Pair> pairChoice = new ComboBox<>(vm.pairs());
        pairChoice.setId("pairChoice");
        pairChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Pair p) {
                return p == null ? "" : p.scorerA() + "  vs  " + p.scorerB();
            }

            @Override
            public Pair fromString(String s) {
                return null;
            }
        });
        vm.pairProperty().addListener((o, a, p) -> {
            if (pairChoice.getValue() != p) {
                pairChoice.setValue(p);
            }
            summarise(p);
        });
        pairChoice.valueProperty().addListener((o, a, p) -> {
            if (p != null && p != vm.pairProperty().get()) {
                vm.choosePair(p);
            }
        });
        pairChoice.setPrefWidth(460);
        Label pairLabel = new Label("Scorers A and B:");
        pairLabel.setMinWidth(Region.USE_PREF_SIZE);
        pairLabel.setLabelFor(pairChoice);
        pairSummary.setId("pairSummary");
        pairSummary.setWrapText(true);
        pairSummary.setMinHeight(Region.USE_PREF_SIZE);
        HBox pairBar = new HBox(8, pairLabel, pairChoice);
        pairBar.setAlignment(Pos.CENTER_LEFT);

        problems.setId("disagreementTable");
        problems.getStyleClass().addAll("dense", "striped");
        problems.setItems(vm.problems());
        // with one candidate per problem both scorers pick it: the column says nothing then
        TableColumn<ProblemDisagreement, String> picks = column("Picks (A / B)",
                d -> pick(d.pickA()) + (d.picksDiffer() ? " ≠ " : " = ") + pick(d.pickB()), 110);
        vm.pairProperty().addListener((o, a, p) -> picks.setVisible(p != null && !Double.isNaN(p.pickAgreement())));
        problems.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        problems.getColumns().setAll(List.of(
                column("Problem", ProblemDisagreement::problemId, 140),
                column("Mean |ΔP|", d -> String.format(Locale.ROOT, "%.3f", d.meanAbsDelta()), 90),
                column("Largest ΔP (B − A)", d -> d.worstSolution() < 0 ? "" : String.format(Locale.ROOT,
                        "%+.2f · candidate %d, step %d", d.worstDelta(), d.worstSolution() + 1, d.worstStep() + 1), 210),
                column("First errors differ", d -> Integer.toString(d.firstErrorDiffers()), 130),
                picks,
                column("Problem text", ProblemDisagreement::preview, 320)));
        Label empty = new Label("No problem is scored by both scorers.");
        empty.getStyleClass().add("text-muted");
        problems.setPlaceholder(empty);
        problems.setRowFactory(t -> {
            TableRow<ProblemDisagreement> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.open(row.getItem());
                }
            });
            return row;
        });
        problems.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.open(problems.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        Label hint = new Label("Double-click a problem (or press Enter) to show it in the inspector, on the candidate "
                + "where the scorers differ most.");
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        VBox.setVgrow(problems, Priority.ALWAYS);

        VBox content = new VBox(8, top, scorers, notes, pairBar, pairSummary, problems, hint);
        content.setPadding(new Insets(10));
        BorderPane root = new BorderPane(content);
        Scene scene = new Scene(root, 1180, 680);
        scene.getStylesheets().add(stylesheet);
        stage.setScene(scene);
        stage.setTitle("Compare scorers — StepLens");
        stage.initOwner(owner);
        stage.setOnHidden(e -> vm.cancel());
        vm.figures().addListener((ListChangeListener<ScorerFigures>) c -> fitRows(vm.figures().size()));
    }

    /** Tall enough for every scorer without a scroll bar (up to eight; more scroll). */
    private void fitRows(int rows) {
        double height = 40 + ROW * Math.min(8, Math.max(2, rows)) + 4;
        scorers.setPrefHeight(height);
        scorers.setMinHeight(height);
    }

    /** The reasons figures are missing, each once with the scorers it applies to. */
    private void describe(ScorerComparison.Result r) {
        if (r == null) {
            notes.setText("");
            return;
        }
        Map<String, List<String>> reasons = new LinkedHashMap<>();
        for (ScorerFigures f : r.scorers()) {
            note(reasons, "Step AUROC", f.stepAuroc(), f.scorer());
            note(reasons, "First-error F1", f.firstErrorF1(), f.scorer());
            note(reasons, "Best-of-N", f.bestOfN(), f.scorer());
        }
        List<String> lines = new ArrayList<>();
        if (r.largestN() > 0) {
            lines.add(String.format(Locale.ROOT, "Best-of-N: PRM pick at N = %d (%s), mean of %d trials. ", r.largestN(),
                    r.aggregation().label(), r.trials()));
        }
        reasons.forEach((why, names) -> lines.add(why + (names.size() == r.scorers().size() ? ""
                : " (" + String.join(", ", names) + ")") + "."));
        lines.add("Best F1: the F1 over all first-error records at the threshold that maximises it.");
        notes.setText(String.join("\n", lines));
    }

    private static void note(Map<String, List<String>> reasons, String what, Metric m, String scorer) {
        if (!m.isAvailable()) {
            reasons.computeIfAbsent(what + " not available: " + m.unavailable(), k -> new ArrayList<>()).add(scorer);
        }
    }

    private void summarise(Pair p) {
        pairSummary.setText(p == null ? "" : String.format(Locale.ROOT,
                "%,d steps scored by both · mean |ΔP| %s · same predicted first error on %s of the candidates%s",
                p.comparedSteps(), number(p.meanAbsDelta()), percent(p.firstErrorAgreement()),
                Double.isNaN(p.pickAgreement()) ? "" : " · same pick on " + percent(p.pickAgreement()) + " of the problems"));
    }

    private static String metric(Metric m, String pattern, double scale) {
        return m.isAvailable() ? String.format(Locale.ROOT, pattern, scale * m.value()) : "–";
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String percent(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.1f %%", 100 * v);
    }

    private static String pick(int candidate) {
        return candidate < 0 ? "none" : Integer.toString(candidate + 1);
    }

    private static <R> TableColumn<R, String> column(String title, Function<R, String> value, double width) {
        return TextColumns.of(title, value, width);
    }

    /** Shows the window and starts comparing. */
    public void show() {
        stage.show();
        stage.toFront();
        vm.start();
    }

    public Stage stage() {
        return stage;
    }

    /** The problems table (tests). */
    public TableView<ProblemDisagreement> problemsTable() {
        return problems;
    }
}
