package org.steplens.ui.bestofn;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.steplens.chart.Chart;
import org.steplens.chart.LineChart;
import org.steplens.chart.LineChartLayout;
import org.steplens.chart.Math500;
import org.steplens.chart.Table;
import org.steplens.model.Dataset;
import org.steplens.model.Problem;
import org.steplens.ui.common.SaveDialog;
import org.steplens.ui.common.TaskRunner;
import org.steplens.ui.session.Session;

/**
 * The best-of-N dashboard: settings in view, the curves with ± 1 s.d. bands, click a point to list the problems
 * where the methods disagree at that N (double-click one to open it in the inspector), breakdowns by subject and
 * level, the accuracy table with the paper's MATH500 values, the first-error panel (ProcessBench metrics, F1
 * against threshold, calibration), and PNG / SVG / CSV export.
 *
 * <p>Use: {@code BestOfNDashboard d = new BestOfNDashboard(runner, problem -> inspector.open(problem));
 * d.show(dataset);} and put {@code d} in a tab (or use {@link BestOfNView} as an app view). Work runs on the
 * runner; nothing blocks the UI thread.
 */
public final class BestOfNDashboard extends BorderPane {
    private static final double CLICK_RADIUS = 14;

    private final BestOfNViewModel model;
    private final Consumer<Problem> openProblem;
    private final SettingsBar settingsBar;
    private final ChartPane curves = new ChartPane();
    private final ChartPane bySubject = new ChartPane();
    private final ChartPane byLevel = new ChartPane();
    private final TableView<List<String>> table = new TableView<>();
    private final TableView<DisagreementRow> disagreements = new TableView<>();
    private final Label reference = new Label();
    private final FirstErrorViewModel firstErrorModel;
    private final FirstErrorPanel firstError;

    /**
     * @param runner      runs simulations and exports off the UI thread (e.g. the shell's background runner)
     * @param openProblem opens a problem in the inspector; called on the UI thread
     */
    public BestOfNDashboard(TaskRunner runner, Consumer<Problem> openProblem) {
        this(runner, new Session(), openProblem);
    }

    /** @param session the window's session: its analysis settings drive the PRM and the first-error panel */
    public BestOfNDashboard(TaskRunner runner, Session session, Consumer<Problem> openProblem) {
        this(new BestOfNViewModel(runner, session), new FirstErrorViewModel(runner, session), openProblem);
    }

    BestOfNDashboard(BestOfNViewModel model, FirstErrorViewModel firstErrorModel, Consumer<Problem> openProblem) {
        this.model = model;
        this.firstErrorModel = firstErrorModel;
        this.firstError = new FirstErrorPanel(firstErrorModel);
        this.openProblem = openProblem;
        getStyleClass().add("bestofn-dashboard");
        settingsBar = new SettingsBar(model::edit);
        setTop(settingsBar);
        setCenter(tabs());
        setBottom(statusBar());
        model.settingsProperty().addListener((o, a, now) -> {
            if (now != null && model.factsProperty().get() != null) {
                settingsBar.show(model.factsProperty().get(), now);
            }
        });
        model.dataProperty().addListener((o, a, now) -> showData(now));
    }

    /** Shows a dataset and starts computing its curves with default settings. */
    public BestOfNDashboard show(Dataset dataset) {
        model.show(dataset);
        firstErrorModel.show(dataset);
        return this;
    }

    public BestOfNViewModel viewModel() {
        return model;
    }

    public FirstErrorViewModel firstErrorViewModel() {
        return firstErrorModel;
    }

    private TabPane tabs() {
        curves.setId("curves-chart");
        curves.setOnChartClicked(this::chartClicked);
        bySubject.setId("subject-chart");
        byLevel.setId("level-chart");
        table.setId("accuracy-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);

        Tab curvesTab = new Tab("Curves", curvesView());
        Tab subjectTab = new Tab("By subject", withExport(bySubject, DashboardFigure.BY_SUBJECT));
        Tab levelTab = new Tab("By level", withExport(byLevel, DashboardFigure.BY_LEVEL));
        reference.setId("paper-reference");
        reference.setWrapText(true);
        VBox tableBox = new VBox(8, exportRow(DashboardFigure.ACCURACY_TABLE, "CSV"), reference, table);
        tableBox.setPadding(new Insets(8));
        VBox.setVgrow(table, Priority.ALWAYS);
        Tab tableTab = new Tab("Table", tableBox);
        Tab firstErrorTab = new Tab("First error", firstError);
        TabPane tabs = new TabPane(curvesTab, subjectTab, levelTab, tableTab, firstErrorTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("bestofn-tabs");
        return tabs;
    }

    private Node curvesView() {
        disagreements.setId("disagreements");
        disagreements.setPlaceholder(new Label("No point selected."));
        TableColumn<DisagreementRow, String> id = new TableColumn<>("Problem");
        id.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().problemId()));
        TableColumn<DisagreementRow, String> group = new TableColumn<>("Subject / level");
        group.setCellValueFactory(c -> new ReadOnlyStringWrapper(subjectAndLevel(c.getValue())));
        TableColumn<DisagreementRow, String> rates = new TableColumn<>("Solved in % of trials");
        rates.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().ratesText()));
        disagreements.getColumns().setAll(List.of(id, group, rates));
        disagreements.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        disagreements.setItems(model.disagreements());
        disagreements.setRowFactory(tv -> {
            var row = new javafx.scene.control.TableRow<DisagreementRow>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open(row.getItem());
                }
            });
            return row;
        });
        Button open = new Button("Open in inspector");
        open.setId("open-problem");
        open.disableProperty().bind(disagreements.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> open(disagreements.getSelectionModel().getSelectedItem()));
        Label title = new Label();
        title.setId("disagreement-title");
        title.setWrapText(true);
        title.textProperty().bind(model.disagreementTitleProperty());
        VBox side = new VBox(6, title, disagreements, open);
        side.setPadding(new Insets(8));
        VBox.setVgrow(disagreements, Priority.ALWAYS);
        SplitPane split = new SplitPane(withExport(curves, DashboardFigure.CURVES), side);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.62);
        return split;
    }

    private Node withExport(ChartPane pane, DashboardFigure figure) {
        VBox box = new VBox(4, exportRow(figure, "PNG", "SVG"), pane);
        box.setPadding(new Insets(6));
        VBox.setVgrow(pane, Priority.ALWAYS);
        return box;
    }

    private HBox exportRow(DashboardFigure figure, String... formats) {
        HBox row = new HBox(6);
        row.setAlignment(Pos.CENTER_RIGHT);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        row.getChildren().add(spacer);
        for (String format : formats) {
            Button b = new Button("Export " + format + "…");
            b.setId("export-" + figure.fileStem() + "-" + format.toLowerCase(Locale.ROOT));
            b.disableProperty().bind(model.dataProperty().isNull());
            b.setOnAction(e -> chooseAndExport(figure, format.toLowerCase(Locale.ROOT)));
            row.getChildren().add(b);
        }
        return row;
    }

    private Node statusBar() {
        ProgressBar progress = new ProgressBar();
        progress.setId("bestofn-progress");
        progress.setPrefWidth(180);
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.runningProperty());
        Label status = new Label();
        status.setId("bestofn-status");
        status.textProperty().bind(model.statusProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("bestofn-cancel");
        cancel.visibleProperty().bind(model.runningProperty());
        cancel.setOnAction(e -> model.cancel());
        HBox bar = new HBox(10, progress, status, cancel);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        return bar;
    }

    private void showData(DashboardData data) {
        if (data == null) {
            curves.setChart(null);
            bySubject.setChart(null);
            byLevel.setChart(null);
            table.getColumns().clear();
            table.getItems().clear();
            reference.setText("");
            return;
        }
        curves.setChart(new LineChart(data.curves()));
        bySubject.setChart(DashboardFigure.BY_SUBJECT.chart(data).orElseThrow());
        byLevel.setChart(DashboardFigure.BY_LEVEL.chart(data).orElseThrow());
        showTable(data.table());
        reference.setText(Math500.isMath500(data.result().problemIds())
                ? String.format(Locale.ROOT, "Paper (%s): PRM %.1f %% · ORM %.1f %% · majority vote %.1f %%. "
                        + "Your values at N = %d are in the last row.", Math500.PAPER_LEGEND, Math500.PAPER_PRM,
                Math500.PAPER_ORM, Math500.PAPER_MAJORITY, Math500.PAPER_N)
                : "The paper's reference values apply to MATH500 only (this dataset is not the 500 MATH500 problems).");
    }

    private void showTable(Table t) {
        table.getColumns().clear();
        for (int i = 0; i < t.columns().size(); i++) {
            int column = i;
            TableColumn<List<String>, String> c = new TableColumn<>(t.columns().get(i));
            c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().get(column)));
            c.setSortable(false);
            table.getColumns().add(c);
        }
        table.setItems(FXCollections.observableArrayList(t.rows()));
    }

    private void chartClicked(LineChart chart, double[] at) {
        LineChartLayout layout = chart.layout(curves.getWidth(), curves.getHeight());
        layout.nearest(chart.spec(), at[0], at[1], CLICK_RADIUS)
                .ifPresent(hit -> model.selectPoint((int) Math.round(hit.point().x())));
    }

    private void open(DisagreementRow row) {
        if (row != null) {
            model.problem(row).ifPresent(openProblem);
        }
    }

    private void chooseAndExport(DashboardFigure figure, String extension) {
        SaveDialog.choose(this, figure.fileStem(), extension).ifPresent(out -> model.export(figure, out));
    }

    private static String subjectAndLevel(DisagreementRow r) {
        String s = r.subject() == null ? "" : r.subject();
        return r.level() == null ? s : (s.isEmpty() ? "" : s + " · ") + "level " + r.level();
    }
}
