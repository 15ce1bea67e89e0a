package org.steplens.ui.solution;

import java.util.Comparator;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.steplens.ui.analysis.MethodLabels;
import org.steplens.ui.common.AnswerText;
import org.steplens.ui.common.TableColumns;
import org.steplens.ui.common.Icons;
import org.steplens.ui.common.PrmColorScale;
import org.steplens.ui.common.ScoreFormat;
import javafx.beans.value.ObservableIntegerValue;

/** The candidates of the selected problem: a sortable, virtualised table. */
public final class CandidateTable extends VBox {
    private final TableView<CandidateRow> table = new TableView<>();
    private final CandidateListViewModel vm;
    private final SortedList<CandidateRow> sorted;
    private boolean syncing;
    private java.util.List<TableColumn<CandidateRow, ?>> modelColumns = java.util.List.of();
    private final javafx.scene.control.Button compareButton = new javafx.scene.control.Button("Compare");

    public CandidateTable(CandidateListViewModel vm, ObservableIntegerValue shown) {
        this.vm = vm;
        getStyleClass().add("candidate-pane");
        Label title = new Label("Candidates");
        title.getStyleClass().add("pane-title");
        Label summary = new Label();
        summary.setId("candidateSummary");
        summary.getStyleClass().add("text-muted");
        summary.textProperty().bind(vm.summaryProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        compareButton.setId("compareCandidates");
        compareButton.setTooltip(new javafx.scene.control.Tooltip("Ctrl+click two candidates, then compare them side by side (Ctrl+D)"));
        compareButton.setVisible(false);
        compareButton.setManaged(false);
        HBox header = new HBox(title, summary, gap, compareButton);
        header.getStyleClass().add("pane-header");

        table.setId("candidateTable");
        table.getStyleClass().addAll("dense", "striped");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(26);
        // two rows (Ctrl+click) can be compared side by side
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        sorted = new SortedList<>(vm.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);

        TableColumn<CandidateRow, Number> index = new TableColumn<>("#");
        index.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().index() + 1));
        index.setPrefWidth(52);
        index.setMaxWidth(70);
        index.setStyle("-fx-alignment: center-right;");

        TableColumn<CandidateRow, String> answer = new TableColumn<>("Answer");
        answer.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().answer() == null ? "—" : c.getValue().answer()));
        answer.setCellFactory(c -> AnswerText.cell());
        answer.setPrefWidth(150);

        TableColumn<CandidateRow, Boolean> correct = new TableColumn<>("Correct");
        correct.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().correct()));
        correct.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        correct.setCellFactory(c -> new CorrectCell());
        correct.setPrefWidth(84);

        TableColumn<CandidateRow, Number> prm = new TableColumn<>("PRM");
        prm.setId("prmColumn");
        prm.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().prmScore()));
        prm.setComparator(Comparator.comparingDouble(v -> Double.isNaN(v.doubleValue()) ? -1 : v.doubleValue()));
        prm.setCellFactory(c -> new ScoreCell(true));
        prm.setPrefWidth(82);

        TableColumn<CandidateRow, Number> orm = new TableColumn<>("ORM");
        orm.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().ormScore()));
        orm.setComparator(Comparator.comparingDouble(v -> Double.isNaN(v.doubleValue()) ? -1 : v.doubleValue()));
        orm.setCellFactory(c -> new ScoreCell(false));
        orm.setPrefWidth(70);

        TableColumn<CandidateRow, CandidateRow> firstError = new TableColumn<>("First error");
        firstError.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        firstError.setComparator(Comparator.comparingInt(CandidateRow::firstErrorSortKey));
        firstError.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(CandidateRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null
                        : row.firstError() >= 0 ? "step " + row.firstErrorLabel() + " / " + row.steps() : row.firstErrorLabel());
            }
        });
        firstError.setPrefWidth(90);

        TableColumn<CandidateRow, String> picked = new TableColumn<>("Picked by");
        picked.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().pickedBy().stream()
                .map(MethodLabels::badge).collect(Collectors.joining(" "))));
        picked.setComparator(Comparator.comparingInt(String::length));
        picked.setCellFactory(c -> new PickedCell());
        picked.setPrefWidth(200);

        // headers never shrink to "First e…"; each says what it holds
        TableColumns.describe(index, "The candidate's position in the file");
        TableColumns.describe(answer, "The final answer extracted from the candidate");
        TableColumns.describe(correct, "Whether the answer matches the ground truth (by the grader)");
        TableColumns.describe(prm, "The PRM score: step probabilities aggregated as set in the toolbar");
        TableColumns.describe(orm, "The outcome reward model's score for the whole solution");
        TableColumns.describe(firstError, "The first step whose probability is below the threshold");
        TableColumns.describe(picked, "Which selection methods pick this candidate (hover a badge for each)");
        table.getColumns().setAll(java.util.List.of(index, answer, correct, prm, orm, firstError, picked));
        modelColumns = java.util.List.of(correct, prm, orm, firstError, picked);
        Label empty = new Label();
        empty.textProperty().bind(vm.emptyMessageProperty());
        empty.getStyleClass().add("text-muted");
        table.setPlaceholder(empty);

        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncing && now != null) {
                vm.select(now);
            }
        });
        shown.addListener((obs, old, now) -> showCandidate(now.intValue()));
        vm.rows().addListener((javafx.collections.ListChangeListener<CandidateRow>) c ->
                showCandidate(shown.get()));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(header, table);
    }

    private void showCandidate(int index) {
        syncing = true;
        try {
            if (index < 0) {
                table.getSelectionModel().clearSelection();
                return;
            }
            CandidateRow current = table.getSelectionModel().getSelectedItem();
            if (current != null && current.index() == index && sorted.contains(current)) {
                return;
            }
            for (int i = 0; i < sorted.size(); i++) {
                if (sorted.get(i).index() == index) {
                    table.getSelectionModel().clearAndSelect(i);
                    table.scrollTo(Math.max(0, i - 3));
                    return;
                }
            }
        } finally {
            syncing = false;
        }
    }

    /** Moves to the next (+1) or previous (-1) candidate in the table's current order. */
    public void move(int delta) {
        if (sorted.isEmpty()) {
            return;
        }
        int at = table.getSelectionModel().getSelectedIndex();
        int next = at < 0 ? 0 : Math.max(0, Math.min(sorted.size() - 1, at + delta));
        vm.select(sorted.get(next));
    }

    /** The candidates selected in the table (indices into the problem), in table order. */
    public java.util.List<Integer> selectedCandidates() {
        return table.getSelectionModel().getSelectedItems().stream().map(CandidateRow::index).toList();
    }

    /** Shows a Compare button in the header that runs {@code action}. */
    public void setOnCompare(Runnable action) {
        compareButton.setOnAction(e -> action.run());
        compareButton.setVisible(true);
        compareButton.setManaged(true);
    }

    /** Adds an item to the table's context menu (right click, or the menu key), e.g. the ways into the comparison. */
    public void addContextAction(String id, String text, Runnable action) {
        if (table.getContextMenu() == null) {
            table.setContextMenu(new javafx.scene.control.ContextMenu());
        }
        javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        table.getContextMenu().getItems().add(item);
    }

    public TableView<CandidateRow> tableView() {
        return table;
    }

    /** A probability with its colour swatch (PRM) or plain (ORM). */
    private static final class ScoreCell extends TableCell<CandidateRow, Number> {
        private final boolean swatch;
        private final Rectangle box = new Rectangle(10, 10);

        ScoreCell(boolean swatch) {
            this.swatch = swatch;
            getStyleClass().add("num-cell");
        }

        @Override
        protected void updateItem(Number v, boolean empty) {
            super.updateItem(v, empty);
            if (empty || v == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            double d = v.doubleValue();
            setText(ScoreFormat.of(d));
            if (swatch && !Double.isNaN(d)) {
                box.setFill(PrmColorScale.color(d));
                setGraphic(box);
            } else {
                setGraphic(null);
            }
        }
    }

    /** ✓ correct / ✗ incorrect, with an icon so the verdict does not rest on colour. */
    private static final class CorrectCell extends TableCell<CandidateRow, Boolean> {
        @Override
        protected void updateItem(Boolean v, boolean empty) {
            super.updateItem(v, empty);
            getStyleClass().removeAll("cell-correct", "cell-wrong");
            if (empty) {
                setText(null);
                setGraphic(null);
                return;
            }
            if (v == null) {
                setText("?");
                setGraphic(null);
                return;
            }
            setText(v ? "yes" : "no");
            setGraphic(Icons.of(v ? Material2AL.CHECK : Material2AL.CLOSE, 14));
            getStyleClass().add(v ? "cell-correct" : "cell-wrong");
        }
    }

    /** Method badges. */
    private static final class PickedCell extends TableCell<CandidateRow, String> {
        @Override
        protected void updateItem(String v, boolean empty) {
            super.updateItem(v, empty);
            setText(null);
            if (empty || v == null || v.isEmpty()) {
                setGraphic(null);
                return;
            }
            Label badges = new Label(v.replace(" ", " · "));
            badges.getStyleClass().addAll("badge", "accent");
            badges.setMinWidth(Region.USE_PREF_SIZE);
            badges.setTooltip(new javafx.scene.control.Tooltip(badgeTip(v)));
            HBox box = new HBox(badges);
            box.setAlignment(javafx.geometry.Pos.CENTER_LEFT); // centred in the row like the other cells' text
            setGraphic(box);
        }
    }

    /** One line per badge: "MAJ: Majority vote: the most common answer …". */
    static String badgeTip(String badges) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        for (String b : badges.split(" ")) {
            for (org.steplens.select.SelectionMethod m : org.steplens.select.SelectionMethod.values()) {
                if (MethodLabels.badge(m).equals(b)) {
                    lines.add(b + " — " + MethodLabels.description(m));
                }
            }
        }
        return String.join("\n", lines);
    }

    /** Blind review: hide correctness, scores, first errors and picks (true) or show them again (false). */
    public void setConcealed(boolean value) {
        for (TableColumn<CandidateRow, ?> c : modelColumns) {
            c.setVisible(!value);
        }
    }
}
