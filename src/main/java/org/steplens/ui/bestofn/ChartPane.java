package org.steplens.ui.bestofn;

import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.util.Duration;
import org.steplens.chart.Chart;
import org.steplens.chart.ChartTheme;
import org.steplens.chart.LineChart;
import org.steplens.chart.LineChartLayout;

/**
 * Shows a chart-core {@link Chart} on a canvas that follows the pane's size, drawn by the same layout code as the
 * PNG and SVG exports, in the window's theme (read from the pane's CSS background, so light and dark follow the
 * stylesheet). For line charts, a click reports the pane coordinates to a listener that can ask the chart's
 * layout for the nearest point, and hovering can show a value. With no chart, the pane can say why.
 */
public final class ChartPane extends Region {
    private static final double HOVER_RADIUS = 14;

    private final Canvas canvas = new Canvas();
    private final ObjectProperty<Chart> chart = new SimpleObjectProperty<>(this, "chart");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final Label messageLabel = new Label();
    private final Tooltip hoverTip = new Tooltip();
    private ChartTheme theme = ChartTheme.LIGHT;

    public ChartPane() {
        messageLabel.getStyleClass().add("chart-message");
        messageLabel.setWrapText(true);
        messageLabel.setAlignment(Pos.CENTER);
        messageLabel.textProperty().bind(message);
        messageLabel.visibleProperty().bind(chart.isNull().and(message.isNotEmpty()));
        getChildren().addAll(canvas, messageLabel);
        getStyleClass().add("chart-pane");
        chart.addListener((obs, old, now) -> redraw());
        // the stylesheet paints the pane with the theme's canvas colour: dark canvas, dark chart
        backgroundProperty().addListener((obs, old, now) -> {
            ChartTheme next = isDark(now) ? ChartTheme.DARK : ChartTheme.LIGHT;
            if (next != theme) {
                theme = next;
                redraw();
            }
        });
        hoverTip.setShowDelay(Duration.millis(80));
        hoverTip.setHideDelay(Duration.ZERO);
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

    /** Shown in place of the chart while there is none (e.g. why it cannot be drawn). */
    public StringProperty messageProperty() {
        return message;
    }

    /** The theme the chart is drawn in now. */
    public ChartTheme theme() {
        return theme;
    }

    /** Calls {@code listener} with (chart, pane coordinates) on every primary click on a line chart. */
    public void setOnChartClicked(BiConsumer<LineChart, double[]> listener) {
        canvas.setOnMouseClicked(e -> {
            if (chart.get() instanceof LineChart line) {
                listener.accept(line, new double[] {e.getX(), e.getY()});
            }
        });
    }

    /**
     * Shows what {@code describe} says of the line-chart point under the mouse in a tooltip beside it; away from points the
     * tooltip hides.
     */
    public void setHoverText(BiFunction<LineChart, LineChartLayout.Hit, Optional<String>> describe) {
        canvas.setOnMouseMoved(e -> {
            Optional<String> text = chart.get() instanceof LineChart line
                    ? line.layout(getWidth(), getHeight()).nearest(line.spec(), e.getX(), e.getY(), HOVER_RADIUS)
                    .flatMap(h -> describe.apply(line, h))
                    : Optional.empty();
            if (text.isPresent()) {
                hoverTip.setText(text.get());
                if (!hoverTip.isShowing()) {
                    hoverTip.show(canvas, e.getScreenX() + 12, e.getScreenY() + 12);
                } else {
                    hoverTip.setAnchorX(e.getScreenX() + 12);
                    hoverTip.setAnchorY(e.getScreenY() + 12);
                }
            } else {
                hoverTip.hide();
            }
        });
        canvas.setOnMouseExited(e -> hoverTip.hide());
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        messageLabel.resizeRelocate(24, 24, Math.max(0, w - 48), Math.max(0, h - 48));
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
            c.draw(theme.on(new FxCanvasSurface(g)), canvas.getWidth(), canvas.getHeight());
        }
    }

    private static boolean isDark(Background background) {
        if (background == null || background.getFills().isEmpty()
                || !(background.getFills().get(0).getFill() instanceof Color c)) {
            return false;
        }
        return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue() < 0.5;
    }
}
