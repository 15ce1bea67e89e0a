package org.steplens.ui.bestofn;

import java.util.function.BiConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;
import org.steplens.chart.Chart;
import org.steplens.chart.LineChart;

/**
 * Shows a chart-core {@link Chart} on a canvas that follows the pane's size, drawn by the same layout code as the
 * PNG and SVG exports. For line charts, a click reports the pane coordinates to a listener that can ask the
 * chart's layout for the nearest point.
 */
public final class ChartPane extends Region {
    private final Canvas canvas = new Canvas();
    private final ObjectProperty<Chart> chart = new SimpleObjectProperty<>(this, "chart");

    public ChartPane() {
        getChildren().add(canvas);
        getStyleClass().add("chart-pane");
        chart.addListener((obs, old, now) -> redraw());
        setMinSize(200, 150);
        setPrefSize(720, 480);
    }

    public ObjectProperty<Chart> chartProperty() {
        return chart;
    }

    public void setChart(Chart value) {
        chart.set(value);
    }

    public Chart getChart() {
        return chart.get();
    }

    /** Calls {@code listener} with (chart, pane coordinates) on every primary click on a line chart. */
    public void setOnChartClicked(BiConsumer<LineChart, double[]> listener) {
        canvas.setOnMouseClicked(e -> {
            if (chart.get() instanceof LineChart line) {
                listener.accept(line, new double[] {e.getX(), e.getY()});
            }
        });
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            redraw();
        }
    }

    private void redraw() {
        var g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        Chart c = chart.get();
        if (c != null && canvas.getWidth() > 0 && canvas.getHeight() > 0) {
            c.draw(new FxCanvasSurface(g), canvas.getWidth(), canvas.getHeight());
        }
    }
}
