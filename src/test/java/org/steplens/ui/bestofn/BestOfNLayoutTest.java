package org.steplens.ui.bestofn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.steplens.ui.WindowTests.await;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steplens.chart.ChartTheme;
import org.steplens.chart.FirstErrorFiguresTestAccess;
import org.steplens.chart.LineChart;
import org.steplens.chart.LineChartLayout;
import org.steplens.io.DatasetLoader;
import org.steplens.io.LoadProgress;
import org.steplens.model.Dataset;
import org.steplens.ui.ClippedTextCheck;
import org.steplens.ui.SmallScreen;
import org.steplens.ui.common.FxTaskRunner;
import org.steplens.ui.common.TableColumns;
import org.steplens.ui.common.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 15 on the dashboard at its share of a 1366×768 window on real files: readable tables, only the scorers the data has, a stale
 * chart said to be stale, the clicked N marked, one-candidate data explained, charts in the window's theme.
 */
@ExtendWith(ApplicationExtension.class)
class BestOfNLayoutTest {
    private final FxTaskRunner runner = new FxTaskRunner("test-best-of-n-layout", 2);
    private BestOfNDashboard dashboard;

    @Start
    void start(Stage stage) {
        dashboard = new BestOfNDashboard(runner, p -> { });
        // the dashboard's share of a 1366×768 window: menus, tool bar, page tabs and status bar take ~140 px
        Scene scene = new Scene(dashboard, SmallScreen.WIDTH, SmallScreen.HEIGHT - 140);
        scene.getStylesheets().add(Theme.stylesheetUrl());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        runner.shutdown();
    }

    @Test
    void tablesReadableScorersOnlyFromTheDataStaleChartSaidSo(FxRobot robot) throws Exception {
        robot.interact(() -> dashboard.show(load("src/test/resources/data/qwen25math/math_cot_100.jsonl")));
        BestOfNViewModel model = dashboard.viewModel();
        await(() -> model.dataProperty().get() != null && !model.runningProperty().get());

        // defect 4: this file has ORM scores only
        assertTrue(robot.lookup("#method-prm").queryAs(CheckBox.class).isDisabled());
        assertTrue(robot.lookup("#method-prm-vote").queryAs(CheckBox.class).isDisabled());
        ComboBox<?> prm = robot.lookup("#prm-scorer").queryAs(ComboBox.class);
        assertTrue(prm.getItems().isEmpty() && prm.isDisabled(), "no PRM scorer offered: " + prm.getItems());
        assertEquals(List.of("orm"), robot.lookup("#orm-scorer").queryAs(ComboBox.class).getItems());
        assertEquals("orm=orm", model.dataProperty().get().provenance().scorer(), "the provenance names no 'prm=prm'");

        // defect 12: the y axis of "% problems solved" ends at 100 at most
        ChartPane curves = robot.lookup("#curves-chart").queryAs(ChartPane.class);
        LineChart chart = (LineChart) curves.getChart();
        LineChartLayout layout = chart.layout(curves.getWidth(), curves.getHeight());
        assertTrue(layout.yTicks().major().stream().allMatch(v -> v <= 100), layout.yTicks().labels().toString());

        // defect 17: the clicked N is marked; disagreement rows say what the problem is
        robot.interact(() -> model.selectPoint(8));
        LineChart marked = (LineChart) curves.getChart();
        assertEquals(8.0, marked.spec().referenceLines().get(0).x1(), 0.0);
        DisagreementRow row = model.disagreements().get(0);
        assertFalse(row.preview().isBlank());
        assertTrue(dashboard.viewModel().dataProperty().get().dataset().problems().get(row.problemIndex()).text()
                .contains(row.preview().split(" ")[0]), row.preview());
        assertTrue(BestOfNDashboard.describePoint(marked, layout.nearest(chart.spec(),
                layout.x().toPixel(8), layout.y().toPixel(chart.spec().series().get(0).points().get(3).y()), 2)
                .orElseThrow()).orElseThrow().startsWith("ORM at N = 8: "));
        ClippedTextCheck.assertNone(dashboard, BestOfNLayoutTest::preview);

        // defect 1 and 20: accuracy table columns at least as wide as their headers and cells, with tooltips
        TabPane tabs = robot.lookup("#bestofn-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(3));
        TableView<?> table = robot.lookup("#accuracy-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitForFxEvents();
        for (TableColumn<?, ?> c : table.getColumns()) {
            String header = TableColumns.title(c);
            assertTrue(c.getWidth() >= TableColumns.width(header), header + " is " + c.getWidth() + " px");
            assertNotNull(((Label) c.getGraphic()).getTooltip(), header);
        }
        assertEquals("ORM: mean % of problems solved over the trials",
                ((Label) table.getColumns().get(1).getGraphic()).getTooltip().getText());
        ClippedTextCheck.assertNone(dashboard);

        // defect 17: Cancel sits before the growing progress text; a cancelled change leaves the chart marked stale
        Button cancel = robot.lookup("#bestofn-cancel").queryAs(Button.class);
        Node status = robot.lookup("#bestofn-status").query();
        assertTrue(cancel.getBoundsInParent().getMaxX() <= status.getBoundsInParent().getMinX());
        TextField seed = robot.lookup("#seed").queryAs(TextField.class);
        robot.interact(() -> {
            model.apply(model.settingsProperty().get().withTrials(100_000).withSeed(7));
            model.cancel();
        });
        assertTrue(model.staleProperty().get());
        assertTrue(robot.lookup("#stale-notice").query().isVisible());
        robot.interact(() -> robot.lookup("#bestofn-recompute").queryButton().fire());
        assertFalse(model.staleProperty().get(), "recomputing: no longer stale");
        robot.interact(model::cancel);
        assertNotNull(seed);
    }

    @Test
    void oneCandidatePerProblemSaysWhyAndFirstErrorTableIsReadable(FxRobot robot) throws Exception {
        robot.interact(() -> dashboard.show(load("src/test/resources/data/processbench/gsm8k.json")));
        BestOfNViewModel model = dashboard.viewModel();
        await(() -> model.settingsProperty().get() != null && !model.runningProperty().get());
        ChartPane curves = robot.lookup("#curves-chart").queryAs(ChartPane.class);
        assertNull(curves.getChart(), "no single-point curves");
        assertTrue(curves.messageProperty().get().startsWith("Every problem in this file has a single candidate"));
        ClippedTextCheck.assertNone(dashboard);

        Dataset scored = FirstErrorFiguresTestAccess.scoredProcessBench();
        robot.interact(() -> dashboard.show(scored));
        FirstErrorViewModel first = dashboard.firstErrorViewModel();
        robot.interact(() -> first.setScorer(FirstErrorFiguresTestAccess.SCORER));
        await(() -> first.dataProperty().get() != null);
        TabPane tabs = robot.lookup("#bestofn-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(4));
        TableView<?> metrics = robot.lookup("#first-error-metrics").queryAs(TableView.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(6, metrics.getColumns().size());
        double columns = 0;
        for (TableColumn<?, ?> c : metrics.getColumns()) {
            assertTrue(c.getWidth() >= TableColumns.width(TableColumns.title(c)), TableColumns.title(c));
            columns += c.getWidth();
        }
        // all six columns inside the table, "F1 %" included (no column past its right edge)
        assertTrue(columns <= metrics.getWidth(), "columns " + columns + " px in a " + metrics.getWidth() + " px table");
        ClippedTextCheck.assertNone(dashboard);
        // the charts beside each other under the table, each with its title, axis titles and legend whole
        ChartPane f1Pane = robot.lookup("#f1-chart").queryAs(ChartPane.class);
        ChartPane calibration = robot.lookup("#reliability-chart").queryAs(ChartPane.class);
        Node table = robot.lookup("#first-error-metrics").query();
        for (ChartPane pane : List.of(f1Pane, calibration)) {
            assertTrue(pane.localToScene(pane.getLayoutBounds()).getMinY()
                    >= table.localToScene(table.getLayoutBounds()).getMaxY(), pane.getId() + " below the table");
            ChartText drawn = ChartText.of((LineChart) pane.getChart(), pane.getWidth(), pane.getHeight());
            assertEquals(List.of(), drawn.shortened(), pane.getId() + ": no text shortened with an ellipsis");
            assertTrue(drawn.legendTop() >= drawn.plotTop(), pane.getId() + ": the legend starts inside the plot, "
                    + "under the title: " + drawn.legendTop() + " vs " + drawn.plotTop());
        }
        assertEquals(f1Pane.localToScene(f1Pane.getLayoutBounds()).getMinY(),
                calibration.localToScene(calibration.getLayoutBounds()).getMinY(), 0.5, "side by side");

        // defect 16: in the dark theme the charts are drawn dark too
        try {
            robot.interact(Theme.DARK::apply);
            ChartPane f1 = robot.lookup("#f1-chart").queryAs(ChartPane.class);
            await(() -> f1.theme() == ChartTheme.DARK);
            WritableImage shot = snapshot(robot, f1);
            Color corner = shot.getPixelReader().getColor(3, 3);
            assertTrue(corner.getBrightness() < 0.2, "dark chart background, got " + corner);
        } finally {
            robot.interact(Theme.LIGHT::apply);
        }
    }

    /** Problem previews are shortened by design. */
    private static boolean preview(Node n) {
        return n.getStyleClass().contains("preview");
    }

    private static WritableImage snapshot(FxRobot robot, Node node) {
        WritableImage[] out = new WritableImage[1];
        robot.interact(() -> out[0] = node.snapshot(null, null));
        return out[0];
    }

    private static Dataset load(String path) {
        try {
            return DatasetLoader.load(Path.of(path), LoadProgress.NONE).dataset();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

}
