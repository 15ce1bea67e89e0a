package org.steplens.ui.bestofn;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.steplens.ui.common.SaveDialog;
import org.steplens.ui.common.TableColumns;
import org.steplens.chart.LineChart;
import org.steplens.analyze.FailureKind;
import org.steplens.chart.Table;

/**
 * The first-error panel: scorer and threshold in view, ProcessBench metrics per subset with their average, the
 * F1-against-threshold curve and the reliability diagram, each exportable.
 */
final class FirstErrorPanel extends BorderPane {
    private final FirstErrorViewModel model;
    private final TableView<List<String>> metrics = new TableView<>();
    private final ChartPane f1 = new ChartPane();
    private final ChartPane reliability = new ChartPane();

    FirstErrorPanel(FirstErrorViewModel model) {
        this.model = model;
        ComboBox<String> scorer = new ComboBox<>(model.scorers());
        scorer.setId("first-error-scorer");
        Spinner<Double> threshold = new Spinner<>();
        threshold.setId("first-error-threshold");
        threshold.setEditable(true);
        threshold.setPrefWidth(100);
        SpinnerValueFactory.DoubleSpinnerValueFactory values =
                new SpinnerValueFactory.DoubleSpinnerValueFactory(0, 1, model.threshold(), 0.01);
        values.setConverter(new javafx.util.converter.DoubleStringConverter());
        threshold.setValueFactory(values);
        // the controls show the session's settings; what the user picks becomes an undoable settings change
        boolean[] syncing = {false};
        Runnable pull = () -> {
            syncing[0] = true;
            scorer.setValue(model.scorerProperty().get());
            values.setValue(model.threshold());
            syncing[0] = false;
        };
        pull.run();
        model.scorerProperty().addListener((o, a, b) -> pull.run());
        model.settingsProperty().addListener((o, a, b) -> pull.run());
        scorer.valueProperty().addListener((o, a, b) -> {
            if (!syncing[0] && b != null && !b.equals(model.scorerProperty().get())) {
                model.setScorer(b);
            }
        });
        values.valueProperty().addListener((o, a, b) -> {
            if (!syncing[0] && b != null) {
                model.setThreshold(b);
            }
        });
        Button best = new Button("Use best-F1 threshold");
        best.setId("first-error-best");
        best.disableProperty().bind(model.dataProperty().isNull());
        best.setOnAction(e -> model.useBestThreshold());
        Button csv = new Button("Export CSV…");
        csv.setId("first-error-csv");
        csv.setOnAction(e -> choose("csv", "processbench-metrics", model::exportTable));
        csv.setMinWidth(Region.USE_PREF_SIZE);
        best.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // the charts' exports sit up here too, so that the charts keep all the height below the table
        HBox top = new HBox(10, new Label("Step scorer"), scorer, new Label("Threshold"), threshold, best, spacer, csv,
                exportMenu("Export F1 chart", false, "f1-threshold"),
                exportMenu("Export calibration chart", true, "reliability"));
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(8));

        Label status = new Label();
        status.setId("first-error-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE); // wraps to as many lines as it needs, never "…"
        status.textProperty().bind(model.statusProperty());
        metrics.setId("first-error-metrics");
        metrics.setPlaceholder(new Label("No labelled, scored solutions."));
        clickThrough();
        // the table across the full width (all six columns readable at 1366 px), as tall as its rows
        metrics.setFixedCellSize(ROW_HEIGHT);
        metrics.setPrefHeight(tableHeight(0));
        metrics.setMinHeight(Region.USE_PREF_SIZE);
        VBox table = new VBox(8, status, metrics);
        table.setPadding(new Insets(8, 8, 0, 8));

        f1.setId("f1-chart");
        f1.setHoverText((chart, hit) -> Optional.of(String.format(Locale.ROOT, "%s: threshold %.2f → %.1f %%",
                hit.series().label(), hit.point().x(), hit.point().y())));
        reliability.setId("reliability-chart");
        reliability.setHoverText((chart, hit) -> Optional.of(String.format(Locale.ROOT,
                "mean predicted %.3f → fraction correct %.3f (of the bin's steps labelled correct by humans)",
                hit.point().x(), hit.point().y())));
        // the two charts side by side below it, sharing the width and all the height that is left
        HBox charts = new HBox(8, chartColumn(f1), chartColumn(reliability));
        charts.setPadding(new Insets(6, 8, 8, 8));
        VBox.setVgrow(charts, Priority.ALWAYS);
        setTop(top);
        setCenter(new VBox(table, charts));
        model.dataProperty().addListener((o, a, now) -> show(now));
    }

    // ---- click-through to the problems (polish3, issue 15): a row opens its subset's problems in the inspector ----

    /** Double-click or Enter on a row: the problems where the PRM misses the labelled first error; the row's menu
     * also offers "flags too early" and "flags too late". */
    private void clickThrough() {
        metrics.setRowFactory(v -> {
            javafx.scene.control.TableRow<List<String>> row = new javafx.scene.control.TableRow<>();
            javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu(
                    showItem(row, "Show problems where the PRM misses the first error", FailureKind.PRM_MISSES_FIRST_ERROR),
                    showItem(row, "Show problems where the PRM flags too early", FailureKind.PRM_EARLIER_THAN_HUMAN),
                    showItem(row, "Show problems where the PRM flags too late", FailureKind.PRM_LATER_THAN_HUMAN));
            row.contextMenuProperty().bind(javafx.beans.binding.Bindings.when(row.emptyProperty())
                    .then((javafx.scene.control.ContextMenu) null).otherwise(menu));
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    model.showMismatches(row.getItem().get(0), FailureKind.PRM_MISSES_FIRST_ERROR);
                }
            });
            return row;
        });
        metrics.setOnKeyPressed(e -> {
            List<String> chosen = metrics.getSelectionModel().getSelectedItem();
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && chosen != null) {
                model.showMismatches(chosen.get(0), FailureKind.PRM_MISSES_FIRST_ERROR);
            }
        });
        metrics.setTooltip(new javafx.scene.control.Tooltip(
                "Double-click a row (or Enter) to see its problems where the PRM misses the labelled first error; "
                        + "right-click for too early / too late"));
    }

    private MenuItem showItem(javafx.scene.control.TableRow<List<String>> row, String text,
                                                   FailureKind kind) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> model.showMismatches(row.getItem().get(0), kind));
        return item;
    }

    /** Height of a table row, px (fixed, so the table can be exactly as tall as its rows). */
    private static final double ROW_HEIGHT = 26;
    /** Height of the column headers (a line of bold text with the theme's padding) and the borders, px. */
    private static final double HEADER_HEIGHT = 44;
    /** Rows shown without scrolling; a file with more subsets scrolls the table rather than squeezing the charts. */
    private static final int MAX_VISIBLE_ROWS = 8;

    private static double tableHeight(int rows) {
        return Math.min(Math.max(rows, 1), MAX_VISIBLE_ROWS) * ROW_HEIGHT + HEADER_HEIGHT;
    }

    private static ChartPane chartColumn(ChartPane chart) {
        HBox.setHgrow(chart, Priority.ALWAYS);
        chart.setPrefWidth(400); // equal shares of the width
        return chart;
    }

    /** "Export F1 chart ▾" with PNG and SVG. */
    private MenuButton exportMenu(String text, boolean isReliability, String stem) {
        MenuButton menu = new MenuButton(text);
        menu.setId("export-" + stem);
        menu.setMinWidth(Region.USE_PREF_SIZE);
        for (String ext : List.of("png", "svg")) {
            MenuItem item = new MenuItem(ext.toUpperCase(Locale.ROOT) + "…");
            item.setId("export-" + stem + "-" + ext);
            item.setOnAction(e -> choose(ext, stem, out -> model.exportChart(isReliability, out)));
            menu.getItems().add(item);
        }
        return menu;
    }

    private void show(FirstErrorData d) {
        TableColumns.show(metrics, d == null ? null : d.table(), FirstErrorPanel::columnTip);
        metrics.setPrefHeight(tableHeight(d == null || d.table() == null ? 0 : d.table().rows().size()));
        f1.setChart(d == null || d.f1Curve() == null ? null : new LineChart(d.f1Curve()));
        reliability.setChart(d == null || d.reliability() == null ? null : new LineChart(d.reliability()));
    }

    /** What each ProcessBench metrics column means (header text to tooltip). */
    static String columnTip(String header) {
        return switch (header) {
            case "subset" -> "The ProcessBench subset (source dataset of the problems)";
            case "erroneous" -> "Solutions labelled with an error (label ≥ 0)";
            case "correct" -> "Solutions labelled correct throughout (label −1)";
            case "accuracy erroneous %" -> "Erroneous solutions whose first error the PRM finds at exactly the labelled step";
            case "accuracy correct %" -> "Correct solutions in which the PRM flags no step";
            case "F1 %" -> "Harmonic mean of the two accuracies (ProcessBench's metric)";
            default -> header;
        };
    }

    private void choose(String ext, String stem, Consumer<Path> export) {
        SaveDialog.choose(this, stem, ext).ifPresent(export);
    }
}
