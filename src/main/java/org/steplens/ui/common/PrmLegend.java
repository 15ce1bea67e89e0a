package org.steplens.ui.common;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

/** The legend of {@link PrmColorScale}: "P(correct) 0 ▭▭▭ 1" with a tick at the threshold. */
public final class PrmLegend extends HBox {
    private static final double WIDTH = 180;
    private static final double HEIGHT = 12;
    private final DoubleProperty threshold = new SimpleDoubleProperty(0.5);

    public PrmLegend() {
        this(WIDTH);
    }

    /** A legend whose colour bar is {@code barWidth} px wide (narrower in a crowded header). */
    public PrmLegend(double barWidth) {
        getStyleClass().add("prm-legend");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(6);
        Stop[] stops = new Stop[11];
        for (int i = 0; i <= 10; i++) {
            stops[i] = new Stop(i / 10.0, PrmColorScale.color(i / 10.0));
        }
        Rectangle bar = new Rectangle(barWidth, HEIGHT, new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE, stops));
        bar.getStyleClass().add("prm-legend-bar");
        Line tick = new Line(0, -3, 0, HEIGHT + 3);
        tick.getStyleClass().add("prm-legend-threshold");
        tick.translateXProperty().bind(threshold.multiply(barWidth));
        Pane ticks = new Pane(tick);
        ticks.setMouseTransparent(true);
        StackPane gradient = new StackPane(bar, ticks);
        gradient.setAlignment(Pos.CENTER_LEFT);
        gradient.setMaxSize(barWidth, HEIGHT);
        Label title = new Label("P(step correct)");
        title.getStyleClass().add("text-muted");
        Label lo = new Label("0 wrong");
        Label hi = new Label("1 right");
        lo.getStyleClass().add("small");
        hi.getStyleClass().add("small");
        getChildren().addAll(title, lo, gradient, hi);
    }

    /** Where the threshold tick sits. */
    public DoubleProperty thresholdProperty() {
        return threshold;
    }
}
