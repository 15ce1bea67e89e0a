package org.steplens.ui.bestofn;

import java.util.Map;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import javafx.geometry.VPos;
import org.steplens.chart.ChartColor;
import org.steplens.chart.DrawingSurface;
import org.steplens.chart.Fill;
import org.steplens.chart.Stroke;
import org.steplens.chart.TextMeasure;
import org.steplens.chart.TextStyle;

/**
 * The chart core's drawing surface on a JavaFX canvas, so the screen shows exactly the layout that PNG and SVG
 * exports get. Call on the FX thread.
 */
final class FxCanvasSurface implements DrawingSurface {
    private final GraphicsContext g;

    FxCanvasSurface(GraphicsContext g) {
        this.g = g;
        g.setLineCap(StrokeLineCap.BUTT);
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.setTextBaseline(VPos.BASELINE);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Stroke stroke) {
        if (apply(stroke)) {
            g.strokeLine(x1, y1, x2, y2);
        }
    }

    @Override
    public void polyline(double[] xs, double[] ys, Stroke stroke) {
        if (apply(stroke)) {
            g.strokePolyline(xs, ys, xs.length);
        }
    }

    @Override
    public void polygon(double[] xs, double[] ys, Fill fill, Stroke stroke) {
        if (apply(fill)) {
            g.fillPolygon(xs, ys, xs.length);
        }
        if (apply(stroke)) {
            g.strokePolygon(xs, ys, xs.length);
        }
        g.setGlobalAlpha(1);
    }

    @Override
    public void rect(double x, double y, double width, double height, Fill fill, Stroke stroke) {
        if (apply(fill)) {
            g.fillRect(x, y, width, height);
        }
        g.setGlobalAlpha(1);
        if (apply(stroke)) {
            g.strokeRect(x, y, width, height);
        }
    }

    @Override
    public void circle(double cx, double cy, double radius, Fill fill, Stroke stroke) {
        if (apply(fill)) {
            g.fillOval(cx - radius, cy - radius, 2 * radius, 2 * radius);
        }
        g.setGlobalAlpha(1);
        if (apply(stroke)) {
            g.strokeOval(cx - radius, cy - radius, 2 * radius, 2 * radius);
        }
    }

    @Override
    public void text(String text, double x, double y, TextStyle style) {
        g.save();
        g.translate(x, y);
        if (style.vertical()) {
            g.rotate(-90);
        }
        g.setFont(Font.font(TextMeasure.FAMILY, style.bold() ? FontWeight.BOLD : FontWeight.NORMAL, style.size()));
        g.setFill(fx(style.color()));
        g.setTextAlign(switch (style.anchor()) {
            case START -> TextAlignment.LEFT;
            case MIDDLE -> TextAlignment.CENTER;
            case END -> TextAlignment.RIGHT;
        });
        g.fillText(text, 0, 0);
        g.restore();
    }

    @Override
    public void beginGroup(String role, Map<String, String> data) {
        // the canvas keeps no structure; hit-testing uses the chart's layout instead
    }

    @Override
    public void endGroup() {
        // the canvas keeps no structure
    }

    private boolean apply(Stroke stroke) {
        if (stroke == null) {
            return false;
        }
        g.setStroke(fx(stroke.color()));
        g.setLineWidth(stroke.width());
        g.setLineDashes(stroke.isDashed() ? stroke.dash() : null);
        return true;
    }

    private boolean apply(Fill fill) {
        if (fill == null) {
            return false;
        }
        g.setFill(fx(fill.color()));
        g.setGlobalAlpha(fill.opacity());
        return true;
    }

    static Color fx(ChartColor c) {
        return Color.rgb(c.red(), c.green(), c.blue());
    }
}
