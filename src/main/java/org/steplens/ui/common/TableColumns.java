package org.steplens.ui.common;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.steplens.chart.Table;

/**
 * Table columns that stay readable: a column is never narrower than its header (and, for text tables, its widest
 * cell), so a constrained table gives a horizontal scroll bar instead of "9…" and "errone…"; headers carry a
 * tooltip saying what the column holds.
 */
public final class TableColumns {
    /** Cell and header padding plus the sort arrow, in px. */
    private static final double PADDING = 26;
    private static final double MARGIN = 1.08;
    /** Cells wider than this are left to ellipsis (a column of long answers must not push the rest away). */
    private static final double MAX_CONTENT_WIDTH = 360;

    private TableColumns() {
    }

    /**
     * Puts the header text in a label that never shrinks, with {@code tooltip} on it (null: the header text), and
     * makes the column at least as wide as that label.
     */
    public static void describe(TableColumn<?, ?> column, String tooltip) {
        String text = column.getText() == null ? "" : column.getText();
        Label header = new Label(text);
        header.getStyleClass().add("column-title");
        header.setMinWidth(Region.USE_PREF_SIZE);
        header.setTooltip(new Tooltip(tooltip == null || tooltip.isBlank() ? text : tooltip));
        column.setGraphic(header);
        column.setText(null);
        column.setMinWidth(Math.max(column.getMinWidth(), width(text)));
        if (column.getPrefWidth() < column.getMinWidth()) {
            column.setPrefWidth(column.getMinWidth());
        }
    }

    /** The header text of a column whose text was moved into its {@link #describe described} label. */
    public static String title(TableColumn<?, ?> column) {
        return column.getGraphic() instanceof Label l ? l.getText() : column.getText();
    }

    /**
     * Shows a chart-core {@link Table} (every cell text): one column per table column, at least as wide as its
     * header and its widest cell (up to a bound), the last column taking what is left.
     *
     * @param tooltips the tooltip for a column header, by header text (null: the header itself)
     */
    public static void show(TableView<List<String>> view, Table table, Function<String, String> tooltips) {
        view.getColumns().clear();
        view.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        if (table == null) {
            view.getItems().clear();
            return;
        }
        for (int i = 0; i < table.columns().size(); i++) {
            int index = i;
            String header = table.columns().get(i);
            TableColumn<List<String>, String> c = new TableColumn<>(header);
            c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                    index < cell.getValue().size() ? cell.getValue().get(index) : ""));
            c.setSortable(false);
            double widest = 0;
            for (List<String> row : table.rows()) {
                if (index < row.size()) {
                    widest = Math.max(widest, width(row.get(index)));
                }
            }
            c.setMinWidth(Math.min(MAX_CONTENT_WIDTH, widest));
            describe(c, tooltips.apply(header));
            c.setPrefWidth(c.getMinWidth() + 12);
            view.getColumns().add(c);
        }
        view.setItems(FXCollections.observableArrayList(table.rows()));
    }

    /**
     * Measures with the theme's own label font (the user-agent stylesheet applies to any scene), bold at 14 px, above
     * the body text's 13 px, so that headers and cells both fit.
     */
    private static Label probe;

    /** The width a text needs in a cell or header, padding included (call on the FX thread). */
    public static double width(String text) {
        if (probe == null) {
            probe = new Label();
            new javafx.scene.Scene(new javafx.scene.Group(probe));
        }
        probe.setText(text == null ? "" : text);
        probe.setStyle("-fx-font-size: 14px; -fx-font-weight: bold;");
        probe.applyCss();
        return Math.ceil(probe.prefWidth(-1) * MARGIN + PADDING);
    }
}
