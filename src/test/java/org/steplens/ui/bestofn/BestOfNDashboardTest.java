package org.steplens.ui.bestofn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steplens.chart.DataPoint;
import org.steplens.chart.LineChart;
import org.steplens.chart.LineChartLayout;
import org.steplens.chart.Series;
import org.steplens.model.Dataset;
import org.steplens.model.Problem;
import org.steplens.ui.common.FxTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The dashboard in a real (headless) window: curves appear, a click lists disagreements, a row opens a problem. */
@ExtendWith(ApplicationExtension.class)
class BestOfNDashboardTest {
    private final FxTaskRunner runner = new FxTaskRunner("test-best-of-n", 2);
    private final List<Problem> opened = new CopyOnWriteArrayList<>();
    private BestOfNDashboard dashboard;

    @Start
    void start(Stage stage) {
        dashboard = new BestOfNDashboard(runner, opened::add);
        stage.setScene(new Scene(dashboard, 1200, 760));
        stage.show();
    }

    @AfterEach
    void stop() {
        runner.shutdown();
    }

    @Test
    void clickAPointThenOpenADisagreement(FxRobot robot) throws Exception {
        Dataset qwen = BestOfNViewModelTest.qwen();
        robot.interact(() -> dashboard.show(qwen));
        awaitComputed();
        ChartPane pane = robot.lookup("#curves-chart").queryAs(ChartPane.class);
        LineChart chart = (LineChart) pane.getChart();
        assertNotNull(chart);
        assertEquals(List.of("orm", "majority", "oracle"), chart.spec().series().stream().map(Series::key).toList());

        // the majority point at N = 8, where the pane draws it
        LineChartLayout layout = chart.layout(pane.getWidth(), pane.getHeight());
        DataPoint p = chart.spec().series("majority").orElseThrow().points().get(3);
        Point2D screen = pane.localToScreen(layout.x().toPixel(p.x()), layout.y().toPixel(p.y()));
        robot.clickOn(screen);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#disagreements").queryAs(TableView.class);
        assertFalse(table.getItems().isEmpty(), "a click on a point lists disagreements");
        DisagreementRow first = (DisagreementRow) table.getItems().get(0);
        assertTrue(robot.lookup("#disagreement-title").queryLabeled().getText().startsWith("At N = 8 the methods"));

        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#open-problem");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, opened.size());

        assertEquals(first.problemId(), opened.get(0).id());
    }

    @Test
    void editingTheNGridRecomputesAndBadInputIsRefused(FxRobot robot) throws Exception {
        robot.interact(() -> {
            try {
                dashboard.show(BestOfNViewModelTest.qwen());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        awaitComputed();
        TextField grid = robot.lookup("#n-grid").queryAs(TextField.class);
        robot.interact(() -> {
            grid.setText("1, 3, 8");
            grid.fireEvent(new javafx.event.ActionEvent());
        });
        awaitComputed();
        assertArrayEquals(new int[] {1, 3, 8}, dashboard.viewModel().dataProperty().get().result().nValues());
        assertEquals("1,3,8", grid.getText().replace(" ", ""));

        robot.interact(() -> {
            grid.setText("1, two");
            grid.fireEvent(new javafx.event.ActionEvent());
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertArrayEquals(new int[] {1, 3, 8}, dashboard.viewModel().settingsProperty().get().nValues(),
                "unparsable N values are not applied");
        assertEquals("N values must be positive integers, got '1, two'", grid.getTooltip().getText());
        TableView<?> accuracy = robot.lookup("#accuracy-table").queryAs(TableView.class);
        assertEquals(3, accuracy.getItems().size(), "one row per N");
        assertTrue(robot.lookup("#paper-reference").queryLabeled().getText().contains("MATH500 only"));
    }

    private void awaitComputed() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> dashboard.viewModel().dataProperty().get() != null
                && !dashboard.viewModel().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
