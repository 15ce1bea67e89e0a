package org.steplens.ui.compare;

import java.util.Comparator;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.steplens.ui.analysis.ClusterReport;
import org.steplens.ui.analysis.MethodPick;
import org.steplens.ui.common.Icons;
import org.steplens.ui.inspect.InspectorViewModel;

/** Which candidate each method picks, and the answer clusters with votes and PRM scores. Click to show a candidate. */
public final class SelectionPanel extends VBox {
    private final SelectionViewModel vm;
    private final InspectorViewModel inspector;
    private final VBox pickRows = new VBox();
    private final TableView<ClusterReport> clusters = new TableView<>();

    public SelectionPanel(SelectionViewModel vm, InspectorViewModel inspector) {
        this.vm = vm;
        this.inspector = inspector;
        getStyleClass().add("selection-panel");
        setMinWidth(280);
        HBox header = header("Selections", null);
        pickRows.setId("picks");
        vm.picks().addListener((ListChangeListener<MethodPick>) c -> showPicks());
        inspector.candidateProperty().addListener((o, a, b) -> showPicks());

        Label summary = new Label();
        summary.getStyleClass().add("text-muted");
        summary.textProperty().bind(vm.clusterSummaryProperty());
        HBox clusterHeader = header("Answer clusters", summary);

        clusters.setId("clusterTable");
        clusters.getStyleClass().addAll("dense", "striped");
        clusters.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        clusters.setItems(vm.clusters());
        TableColumn<ClusterReport, String> answer = new TableColumn<>("Answer");
        answer.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().answer()));
        answer.setPrefWidth(100);
        TableColumn<ClusterReport, Number> votes = new TableColumn<>("Votes");
        votes.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().votes()));
        votes.setPrefWidth(50);
        votes.setStyle("-fx-alignment: center-right;");
        TableColumn<ClusterReport, Number> sum = new TableColumn<>("ΣPRM");
        sum.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().prmScoreSum()));
        sum.setCellFactory(c -> number("%.2f"));
        sum.setComparator(Comparator.comparingDouble(Number::doubleValue));
        sum.setPrefWidth(56);
        TableColumn<ClusterReport, Number> best = new TableColumn<>("Best");
        best.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().bestPrmScore()));
        best.setCellFactory(c -> number("%.3f"));
        best.setPrefWidth(56);
        TableColumn<ClusterReport, Boolean> ok = new TableColumn<>("OK");
        ok.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().correct()));
        ok.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Boolean v, boolean empty) {
                super.updateItem(v, empty);
                getStyleClass().removeAll("cell-correct", "cell-wrong");
                setText(empty ? null : v == null ? "?" : null);
                setAccessibleText(v == null ? null : v ? "correct" : "wrong");
                setGraphic(empty || v == null ? null : Icons.of(v ? Material2AL.CHECK : Material2AL.CLOSE, 14));
                if (!empty && v != null) {
                    getStyleClass().add(v ? "cell-correct" : "cell-wrong");
                }
            }
        });
        ok.setPrefWidth(40);
        clusters.getColumns().setAll(java.util.List.of(answer, votes, sum, best, ok));
        clusters.setRowFactory(t -> {
            TableRow<ClusterReport> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (!row.isEmpty()) {
                    vm.show(row.getItem());
                }
            });
            return row;
        });
        Label none = new Label("No answers to cluster.");
        none.getStyleClass().add("text-muted");
        clusters.setPlaceholder(none);
        VBox.setVgrow(clusters, Priority.ALWAYS);
        getChildren().addAll(header, pickRows, clusterHeader, clusters);
    }

    private static HBox header(String text, Label extra) {
        Label title = new Label(text);
        title.getStyleClass().add("pane-title");
        HBox h = extra == null ? new HBox(title) : new HBox(title, extra);
        h.getStyleClass().add("pane-header");
        return h;
    }

    private static <S> TableCell<S, Number> number(String format) {
        return new TableCell<>() {
            @Override
            protected void updateItem(Number v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : Double.isNaN(v.doubleValue()) ? "–" : String.format(format, v.doubleValue()));
                setStyle("-fx-alignment: center-right;");
            }
        };
    }

    private void showPicks() {
        pickRows.getChildren().clear();
        int current = inspector.candidateProperty().get();
        for (MethodPick p : vm.picks()) {
            pickRows.getChildren().add(row(p, p.picked() && p.candidate() == current));
        }
    }

    private HBox row(MethodPick p, boolean current) {
        Label method = new Label(org.steplens.ui.analysis.MethodLabels.label(p.method()));
        method.getStyleClass().add("method");
        Label which = new Label(p.picked() ? "candidate #" + (p.candidate() + 1) : "no pick");
        which.getStyleClass().add("text-muted");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(8, method, gap, which);
        top.setAlignment(Pos.CENTER_LEFT);
        Label answer = new Label(p.picked() ? (p.answer() == null ? "no answer" : p.answer()) : "—");
        answer.setId("pickAnswer-" + p.method().name());
        answer.setMinWidth(0);
        Label verdict = new Label();
        verdict.setMinWidth(Region.USE_PREF_SIZE);
        if (p.correct() != null) {
            verdict.setGraphic(Icons.of(p.correct() ? Material2AL.CHECK_CIRCLE : Material2AL.CANCEL, 16));
            verdict.getStyleClass().add(p.correct() ? "cell-correct" : "cell-wrong");
            verdict.setText(p.correct() ? "correct" : "wrong");
        }
        HBox middle = new HBox(8, answer, verdict);
        middle.setAlignment(Pos.CENTER_LEFT);
        Label why = new Label(p.why());
        why.getStyleClass().add("why");
        VBox text = new VBox(2, top, middle, why);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(8, text);
        if (p.picked()) {
            row.getChildren().add(Icons.of(Material2MZ.NAVIGATE_NEXT, 16));
        }
        row.getStyleClass().add("pick-row");
        if (current) {
            row.getStyleClass().add("current");
        }
        row.setId("pick-" + p.method().name());
        row.getProperties().put("candidate", p.candidate());
        Tooltip.install(row, new Tooltip(p.picked() ? "Show candidate " + (p.candidate() + 1) : p.why()));
        row.setOnMouseClicked(e -> vm.show(p));
        return row;
    }
}
