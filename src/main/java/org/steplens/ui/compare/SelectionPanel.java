package org.steplens.ui.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
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
import org.steplens.ui.common.ScoreFormat;
import org.steplens.ui.session.ClusterReport;
import org.steplens.ui.session.MethodPick;
import org.steplens.ui.common.Icons;
import javafx.beans.value.ObservableIntegerValue;

/** Which candidate each method picks, and the answer clusters with votes and PRM scores. Click to show a candidate. */
public final class SelectionPanel extends VBox {
    private final SelectionViewModel vm;
    private final ObservableIntegerValue shown;
    private final VBox pickRows = new VBox();
    private final List<PickRow> rows = new ArrayList<>();
    private final TableView<ClusterReport> clusters = new TableView<>();
    private final HBox comparePicks = new HBox(6);

    public SelectionPanel(SelectionViewModel vm, ObservableIntegerValue shown) {
        this.vm = vm;
        this.shown = shown;
        getStyleClass().add("selection-panel");
        setMinWidth(280);
        HBox header = header("Selections", null);
        pickRows.setId("picks");
        vm.picks().addListener((ListChangeListener<MethodPick>) c -> showPicks());
        shown.addListener((o, a, b) -> showPicks());

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
        answer.setCellFactory(c -> org.steplens.ui.common.AnswerText.cell());
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
        best.setCellFactory(c -> number(null));
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
        getChildren().addAll(header, pickRows, comparePicks, clusterHeader, clusters);
        comparePicks.setVisible(false);
        comparePicks.setManaged(false);
    }

    /**
     * Shows a row "Compare [PRM] vs [majority]" under the picks (PRM against majority vote by default, any two
     * methods by choice) that hands the two methods to {@code action}.
     */
    public void setOnComparePicks(java.util.function.BiConsumer<org.steplens.select.SelectionMethod,
            org.steplens.select.SelectionMethod> action) {
        var methods = javafx.collections.FXCollections.observableArrayList(org.steplens.ui.analysis.MethodLabels.SHOWN);
        javafx.scene.control.ComboBox<org.steplens.select.SelectionMethod> left = methodChoice(methods,
                org.steplens.select.SelectionMethod.PRM);
        javafx.scene.control.ComboBox<org.steplens.select.SelectionMethod> right = methodChoice(methods,
                org.steplens.select.SelectionMethod.MAJORITY);
        left.setId("compareMethodLeft");
        right.setId("compareMethodRight");
        javafx.scene.control.Button go = new javafx.scene.control.Button("Compare", Icons.of(Material2MZ.SWAP_HORIZ, 16));
        go.setId("comparePicks");
        go.setTooltip(new Tooltip("Show the two methods' picks side by side"));
        go.setOnAction(e -> action.accept(left.getValue(), right.getValue()));
        go.setMinWidth(Region.USE_PREF_SIZE);
        Label vs = new Label("vs");
        vs.getStyleClass().add("text-muted");
        vs.setMinWidth(Region.USE_PREF_SIZE);
        comparePicks.getChildren().setAll(left, vs, right, go);
        comparePicks.setAlignment(Pos.CENTER_LEFT);
        comparePicks.setVisible(true);
        comparePicks.setManaged(true);
    }

    private static javafx.scene.control.ComboBox<org.steplens.select.SelectionMethod> methodChoice(
            javafx.collections.ObservableList<org.steplens.select.SelectionMethod> methods,
            org.steplens.select.SelectionMethod initial) {
        javafx.scene.control.ComboBox<org.steplens.select.SelectionMethod> box = new javafx.scene.control.ComboBox<>(methods);
        box.setValue(initial);
        box.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(org.steplens.select.SelectionMethod m) {
                return m == null ? "" : org.steplens.ui.analysis.MethodLabels.label(m);
            }

            @Override
            public org.steplens.select.SelectionMethod fromString(String s) {
                return null;
            }
        });
        // the box shows the method's badge (as in "Picked by"), the list its full name: "Majori…" never shows
        box.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(org.steplens.select.SelectionMethod m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty || m == null ? null : org.steplens.ui.analysis.MethodLabels.badge(m));
                setTooltip(empty || m == null ? null : new Tooltip(org.steplens.ui.analysis.MethodLabels.label(m)));
            }
        });
        box.setPrefWidth(104);
        box.setMinWidth(60);
        HBox.setHgrow(box, Priority.SOMETIMES);
        return box;
    }

    private static HBox header(String text, Label extra) {
        Label title = new Label(text);
        title.getStyleClass().add("pane-title");
        HBox h = extra == null ? new HBox(title) : new HBox(title, extra);
        h.getStyleClass().add("pane-header");
        return h;
    }

    /** A number cell; a null format means a score ({@link ScoreFormat}). */
    private static <S> TableCell<S, Number> number(String format) {
        return new TableCell<>() {
            @Override
            protected void updateItem(Number v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : format == null ? ScoreFormat.of(v.doubleValue())
                        : Double.isNaN(v.doubleValue()) ? "–" : String.format(Locale.ROOT, format, v.doubleValue()));
                setStyle("-fx-alignment: center-right;");
            }
        };
    }

    private void showPicks() {
        int current = shown.get();
        List<MethodPick> picks = vm.picks();
        while (rows.size() < picks.size()) {
            PickRow row = new PickRow();
            rows.add(row);
            pickRows.getChildren().add(row);
        }
        for (int i = 0; i < rows.size(); i++) {
            PickRow row = rows.get(i);
            boolean used = i < picks.size();
            row.setVisible(used);
            row.setManaged(used);
            if (used) {
                row.show(picks.get(i), picks.get(i).picked() && picks.get(i).candidate() == current);
            }
        }
    }

    /** One method's pick; rows are kept and refilled, so switching problems creates no nodes here. */
    private final class PickRow extends HBox {
        private final Label method = new Label();
        private final Label which = new Label();
        private final Label answer = new Label();
        private final Label verdict = new Label();
        private final Label why = new Label();
        private final Node go = Icons.of(Material2MZ.NAVIGATE_NEXT, 16);
        private final Tooltip tip = new Tooltip();
        private MethodPick pick;

        PickRow() {
            method.getStyleClass().add("method");
            which.getStyleClass().add("text-muted");
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox top = new HBox(8, method, gap, which);
            top.setAlignment(Pos.CENTER_LEFT);
            answer.setMinWidth(0);
            verdict.setMinWidth(Region.USE_PREF_SIZE);
            HBox middle = new HBox(8, answer, verdict);
            middle.setAlignment(Pos.CENTER_LEFT);
            why.getStyleClass().add("why");
            VBox text = new VBox(2, top, middle, why);
            HBox.setHgrow(text, Priority.ALWAYS);
            getChildren().addAll(text, go);
            getStyleClass().add("pick-row");
            Tooltip.install(this, tip);
            setOnMouseClicked(e -> vm.show(pick));
        }

        void show(MethodPick p, boolean current) {
            this.pick = p;
            setId("pick-" + p.method().name());
            answer.setId("pickAnswer-" + p.method().name());
            getProperties().put("candidate", p.candidate());
            method.setText(org.steplens.ui.analysis.MethodLabels.label(p.method()));
            which.setText(p.picked() ? "candidate #" + (p.candidate() + 1) : "no pick");
            answer.setText(p.picked() ? (p.answer() == null ? "no answer" : org.steplens.ui.common.AnswerText.readable(p.answer())) : "—");
            verdict.getStyleClass().removeAll("cell-correct", "cell-wrong");
            if (p.correct() == null) {
                verdict.setText("");
                verdict.setGraphic(null);
            } else {
                verdict.setGraphic(Icons.of(p.correct() ? Material2AL.CHECK_CIRCLE : Material2AL.CANCEL, 16));
                verdict.getStyleClass().add(p.correct() ? "cell-correct" : "cell-wrong");
                verdict.setText(p.correct() ? "correct" : "wrong");
            }
            why.setText(p.why());
            go.setVisible(p.picked());
            tip.setText(p.picked() ? "Show candidate " + (p.candidate() + 1) : p.why());
            getStyleClass().remove("current");
            if (current) {
                getStyleClass().add("current");
            }
        }
    }
}
