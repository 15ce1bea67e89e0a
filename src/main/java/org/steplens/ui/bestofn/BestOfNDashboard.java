package org.steplens.ui.bestofn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
import org.steplens.chart.LineChartSpec;
import org.steplens.chart.DataPoint;
import org.steplens.chart.Palette;
import org.steplens.chart.ReferenceLine;
import org.steplens.chart.Math500;
import org.steplens.chart.Table;
import org.steplens.model.Dataset;
import org.steplens.model.Problem;
import org.steplens.ui.common.SaveDialog;
import org.steplens.ui.common.TableColumns;
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
        curves.setHoverText(BestOfNDashboard::describePoint);
        model.selectedNProperty().addListener((o, a, b) -> showCurves());
        for (ChartPane pane : List.of(curves, bySubject, byLevel)) {
            pane.messageProperty().bind(model.chartMessageProperty());
        }
        Label noTable = new Label();
        noTable.setWrapText(true);
        noTable.textProperty().bind(model.chartMessageProperty());
        table.setPlaceholder(noTable);
        bySubject.setId("subject-chart");
        byLevel.setId("level-chart");
        table.setId("accuracy-table");

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
        // the solve rates, then the problem (id, subject and level, first words) in what is left
        TableColumn<DisagreementRow, DisagreementRow> problem = new TableColumn<>("Problem");
        problem.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        problem.setCellFactory(c -> new ProblemCell());
        problem.setSortable(false);
        TableColumns.describe(problem, "The problem's id, subject and level (L1 easiest – L5 hardest) and first words; "
                + "double-click a row to open it in the inspector");
        TableColumn<DisagreementRow, String> rates = new TableColumn<>("Solved %");
        rates.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().ratesText()));
        TableColumns.describe(rates, "How often each method's pick was correct, in % of the trials at this N");
        // the rates wrap (one or two methods a line) rather than shorten; rows grow to fit
        rates.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setWrapText(true);
            }
        });
        rates.setMinWidth(150);
        rates.setPrefWidth(170);
        problem.setMinWidth(200);
        disagreements.getColumns().setAll(List.of(rates, problem));
        disagreements.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
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
        SplitPane split = new SplitPane(withStaleNotice(withExport(curves, DashboardFigure.CURVES)), side);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.55);
        return split;
    }

    /** Says so when the chart shows older settings than those in view (a cancelled run), with a way to recompute. */
    private Node withStaleNotice(Node chart) {
        Label text = new Label("The chart shows the last finished run, not the settings above.");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        Button again = new Button("Recompute");
        again.setId("bestofn-recompute");
        again.setMinWidth(Region.USE_PREF_SIZE);
        again.setOnAction(e -> model.recompute());
        HBox notice = new HBox(10, text, again);
        notice.setId("stale-notice");
        notice.getStyleClass().add("stale-notice");
        notice.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(text, Priority.ALWAYS);
        notice.visibleProperty().bind(model.staleProperty());
        notice.managedProperty().bind(notice.visibleProperty());
        VBox box = new VBox(notice, chart);
        VBox.setVgrow(chart, Priority.ALWAYS);
        return box;
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
        status.setMinWidth(0);
        Button cancel = new Button("Cancel");
        cancel.setId("bestofn-cancel");
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        cancel.visibleProperty().bind(model.runningProperty());
        cancel.setOnAction(e -> model.cancel());
        // Cancel sits beside the bar, before the text: a growing progress message cannot move it
        HBox bar = new HBox(10, progress, cancel, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        return bar;
    }

    private void showData(DashboardData data) {
        if (data == null) {
            curves.setChart(null);
            bySubject.setChart(null);
            byLevel.setChart(null);
            TableColumns.show(table, null, h -> h);
            reference.setText("");
            return;
        }
        showCurves();
        bySubject.setChart(DashboardFigure.BY_SUBJECT.chart(data).orElseThrow());
        byLevel.setChart(DashboardFigure.BY_LEVEL.chart(data).orElseThrow());
        showTable(data.table());
        reference.setText(Math500.isMath500(data.result().problemIds())
                ? String.format(Locale.ROOT, "Paper (%s): PRM %.1f %% · ORM %.1f %% · majority vote %.1f %%. "
                        + "Your values at N = %d are in the last row.", Math500.PAPER_LEGEND, Math500.PAPER_PRM,
                Math500.PAPER_ORM, Math500.PAPER_MAJORITY, Math500.PAPER_N)
                : "The paper's reference values apply to MATH500 only (this dataset is not the 500 MATH500 problems).");
    }

    /** The curves, with the clicked N marked by a vertical guide (on screen only; exports stay as computed). */
    private void showCurves() {
        DashboardData data = model.dataProperty().get();
        if (data == null) {
            curves.setChart(null);
            return;
        }
        LineChartSpec spec = data.curves();
        int n = model.selectedNProperty().get();
        if (n > 0) {
            List<ReferenceLine> lines = new ArrayList<>(spec.referenceLines());
            lines.add(ReferenceLine.vertical(null, n, -1e9, 1e9, Palette.MUTED_INK));
            spec = new LineChartSpec(spec.title(), spec.subtitle(), spec.xAxis(), spec.yAxis(), spec.series(),
                    spec.referenceMarks(), spec.referenceLegend(), lines, spec.provenance());
        }
        curves.setChart(new LineChart(spec));
    }

    /** "ORM at N = 4: 93.6 % ± 0.8 (mean ± 1 s.d. over trials)" for the point under the mouse. */
    static Optional<String> describePoint(LineChart chart, LineChartLayout.Hit hit) {
        DataPoint p = hit.point();
        String n = p.x() == Math.rint(p.x()) ? Long.toString((long) p.x()) : String.format(Locale.ROOT, "%.3g", p.x());
        return Optional.of(String.format(Locale.ROOT, "%s at N = %s: %.1f %% ± %.1f (mean ± 1 s.d.)%nclick to list "
                + "the problems where the methods disagree", hit.series().label(), n, p.y(), p.error()));
    }

    private void showTable(Table t) {
        TableColumns.show(table, t, BestOfNDashboard::accuracyColumnTip);
    }

    /** "orm mean %" → what it holds; the N column and anything unknown keep their header. */
    static String accuracyColumnTip(String header) {
        if (header.equals("N")) {
            return "N: candidates drawn per problem in each trial";
        }
        String[] parts = header.split(" ", 2);
        String method = org.steplens.chart.MethodLabels.label(parts[0]);
        return switch (parts.length == 2 ? parts[1] : "") {
            case "mean %" -> method + ": mean % of problems solved over the trials";
            case "sd %" -> method + ": standard deviation over the trials, in percentage points";
            default -> header;
        };
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

    /** "id · subject · L5" in bold over the problem's first words (shortened by design to two lines). */
    private static final class ProblemCell extends javafx.scene.control.TableCell<DisagreementRow, DisagreementRow> {
        @Override
        protected void updateItem(DisagreementRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            String group = subjectAndLevel(row);
            Label head = new Label(row.problemId() + (group.isEmpty() ? "" : " · " + group));
            head.setStyle("-fx-font-weight: bold;");
            head.setMinWidth(0);
            Label words = new Label(row.preview());
            words.getStyleClass().addAll("preview", "text-muted");
            words.setWrapText(true);
            words.setMinWidth(0);
            words.setMaxHeight(36);
            VBox box = new VBox(1, head, words);
            box.setMinWidth(0);
            setGraphic(box);
        }
    }

    private static String subjectAndLevel(DisagreementRow r) {
        String s = r.subject() == null ? "" : r.subject();
        return r.level() == null ? s : (s.isEmpty() ? "level " : s + " · L") + r.level();
    }
}
