package org.steplens.ui.probe;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.steplens.chart.LineChart;
import org.steplens.chart.Provenance;
import org.steplens.io.NativeJsonlWriter;
import org.steplens.probe.Perturbation;
import org.steplens.probe.ProbeFigure;
import org.steplens.probe.ProbeRunner;
import org.steplens.ui.bestofn.ChartPane;
import org.steplens.ui.common.FigureExporter;
import org.steplens.ui.common.SaveDialog;
import org.steplens.ui.common.TaskRunner;
import org.steplens.ui.session.Session;

/**
 * Tools ▸ Probe the PRM…: choose perturbations, threshold, seed and model; run over the open dataset; read the
 * reaction per perturbation (detection rate, baseline, mean drop, hint sycophancy), see the figure, and save the
 * perturbed solutions (native format) or the figure (PNG/SVG).
 */
public final class ProbeDialog {
    private final Session session;
    private final TaskRunner runner;
    private final ProbeRunViewModel run;
    private final Map<Perturbation, CheckBox> kinds = new EnumMap<>(Perturbation.class);
    private final TableView<ProbeRunner.Result> table = new TableView<>();
    private final ChartPane chart = new ChartPane();
    private final Label modelLabel = new Label();
    private final Stage stage = new Stage();
    private Path model;

    /**
     * @param runner background work: probing (the scoring runner) and writing files
     * @param model  the model to start with (the probe tab's), or null
     */
    public ProbeDialog(Window owner, Session session, TaskRunner runner, Path model) {
        this.session = session;
        this.runner = runner;
        this.run = new ProbeRunViewModel(runner);
        stage.initOwner(owner);
        stage.setTitle("Probe the PRM");
        setModel(model);

        FlowPane boxes = new FlowPane(10, 6);
        for (Perturbation p : Perturbation.values()) {
            CheckBox box = new CheckBox(p.id());
            box.setId("probe-" + p.id());
            box.setSelected(p == Perturbation.PLANTED_ERROR);
            kinds.put(p, box);
            boxes.getChildren().add(box);
        }
        Spinner<Double> threshold = new Spinner<>(0.0, 1.0, session.settings().threshold(), 0.05);
        threshold.setEditable(true);
        threshold.setId("probeThreshold");
        Spinner<Integer> seed = new Spinner<>(0, Integer.MAX_VALUE, 1);
        seed.setEditable(true);
        seed.setId("probeSeed");
        Button chooseModel = new Button("Model…");
        chooseModel.setOnAction(e -> chooseModel());
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label("Perturbations"), boxes);
        form.addRow(1, new Label("Threshold"), threshold);
        form.addRow(2, new Label("Seed"), seed);
        HBox modelRow = new HBox(8, modelLabel, chooseModel);
        modelRow.setAlignment(Pos.CENTER_LEFT);
        form.addRow(3, new Label("Model"), modelRow);
        GridPane.setHgrow(boxes, Priority.ALWAYS);

        Button start = new Button("Run");
        start.setId("probeRun");
        start.setDefaultButton(true);
        start.disableProperty().bind(run.runningProperty());
        start.setOnAction(e -> run.start(session.dataset(), session.files().size() == 1 ? session.files().get(0) : null,
                this.model, selected(), seed.getValue(), threshold.getValue()));
        Button cancel = new Button("Cancel");
        cancel.setId("probeRunCancel");
        cancel.disableProperty().bind(run.runningProperty().not());
        cancel.setOnAction(e -> run.cancel());
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(run.progressProperty());
        bar.visibleProperty().bind(run.runningProperty());
        Label status = new Label();
        status.setId("probeRunStatus");
        status.setWrapText(true);
        status.textProperty().bind(run.statusProperty());
        HBox actions = new HBox(8, start, cancel, bar, status);
        actions.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(status, Priority.ALWAYS);

        table.setId("probeReports");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPrefHeight(170);
        table.setPlaceholder(new Label("Run to see how the PRM reacts to each perturbation."));
        table.getColumns().addAll(List.of(
                column("perturbation", r -> r.report().kind().id()),
                column("applied", r -> String.format(Locale.ROOT, "%,d", r.report().applied())),
                column("n/a", r -> String.format(Locale.ROOT, "%,d", r.report().notApplicable())),
                column("detected", r -> percent(r.report().detectionRate())),
                column("baseline", r -> percent(r.report().baselineFlagRate())),
                column("mean drop", r -> number("%.3f", r.report().meanDrop())),
                column("P(watched)", r -> number("%.3f", r.report().meanWatched())),
                column("hint: agreeing / others", r -> Double.isNaN(r.report().hintAgreeingDelta())
                        && Double.isNaN(r.report().hintOtherDelta()) ? ""
                        : number("%+.4f", r.report().hintAgreeingDelta()) + " / "
                        + number("%+.4f", r.report().hintOtherDelta()))));
        run.outcomeProperty().addListener((o, a, out) -> {
            table.getItems().setAll(out == null ? List.of() : out.results());
            if (!table.getItems().isEmpty()) {
                table.getSelectionModel().select(0);
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> chart.setChart(r == null ? null
                : figure(r)));
        chart.setPrefSize(640, 300);
        VBox.setVgrow(chart, Priority.ALWAYS);

        Button saveData = new Button("Save perturbed solutions…");
        saveData.setId("probeSaveData");
        saveData.disableProperty().bind(run.outcomeProperty().isNull());
        saveData.setOnAction(e -> saveDataset());
        Button savePng = new Button("Save figure as PNG…");
        savePng.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        savePng.setOnAction(e -> saveFigure("png"));
        Button saveSvg = new Button("Save figure as SVG…");
        saveSvg.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        saveSvg.setOnAction(e -> saveFigure("svg"));
        HBox saves = new HBox(8, saveData, savePng, saveSvg);

        VBox root = new VBox(10, form, actions, table, chart, saves);
        root.setPadding(new Insets(12));
        stage.setScene(new Scene(root, 900, 680));
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setOnHidden(e -> run.cancel());
    }

    public void show() {
        stage.show();
    }

    /** The view model (for tests). */
    public ProbeRunViewModel run() {
        return run;
    }

    private List<Perturbation> selected() {
        List<Perturbation> out = new ArrayList<>();
        kinds.forEach((p, box) -> {
            if (box.isSelected()) {
                out.add(p);
            }
        });
        return out;
    }

    private void setModel(Path folder) {
        model = folder;
        modelLabel.setText(folder == null ? "none chosen" : folder.getFileName().toString());
    }

    private void chooseModel() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Choose the PRM to probe (model.onnx, tokenizer.json, prm.json)");
        File dir = chooser.showDialog(stage);
        if (dir != null) {
            setModel(dir.toPath());
        }
    }

    private LineChart figure(ProbeRunner.Result r) {
        ProbeRunViewModel.Outcome o = run.outcomeProperty().get();
        Provenance provenance = Provenance.forDataset(o.dataset()).scorer(o.model()).modelHash(o.modelHash())
                .threshold(o.threshold()).seed(o.seed()).build();
        return new LineChart(ProbeFigure.spec(r.report(), o.model(), provenance));
    }

    private void saveFigure(String extension) {
        ProbeRunner.Result r = table.getSelectionModel().getSelectedItem();
        if (r != null) {
            SaveDialog.choose(table, "probe-" + r.report().kind().id(), extension).ifPresent(out ->
                    new FigureExporter(runner, run::showStatus).chart(figure(r), out));
        }
    }

    /** Writes every perturbed, scored solution in native format; never over the open file. */
    private void saveDataset() {
        ProbeRunViewModel.Outcome o = run.outcomeProperty().get();
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the perturbed solutions (StepLens native JSONL)");
        chooser.setInitialFileName("probed.steplens.jsonl");
        File f = chooser.showSaveDialog(stage);
        if (f == null || o == null) {
            return;
        }
        Path out = f.toPath().toAbsolutePath().normalize();
        for (Path input : session.files()) {
            if (input.toAbsolutePath().normalize().equals(out)) {
                run.showStatus(out.getFileName() + " is the open file; choose another name.");
                return;
            }
        }
        runner.run("probe-save", token -> {
            NativeJsonlWriter.write(o.perturbed(), out);
            return out;
        }, saved -> run.showStatus("Saved " + o.perturbed().problemCount()
                + " perturbed solutions to " + saved), e -> run.showStatus("Could not save "
                + out + ": " + e.getMessage()));
    }

    private static TableColumn<ProbeRunner.Result, String> column(String title,
                                                                  Function<ProbeRunner.Result, String> value) {
        TableColumn<ProbeRunner.Result, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setSortable(false);
        return c;
    }

    private static String percent(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.1f %%", 100 * v);
    }

    private static String number(String format, double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, format, v);
    }
}
