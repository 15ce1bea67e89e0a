package org.steplens.chart;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Map;
import org.steplens.typeset.Formula;

/** Draws on a Java2D {@link Graphics2D} (an image for PNG export or the screen). Ignores groups. */
public final class Java2DSurface implements DrawingSurface {
    private final Graphics2D g;

    /** Draws on {@code g}, which the caller has already scaled (e.g. by 2 for a 2× image). */
    public Java2DSurface(Graphics2D g) {
        this.g = g;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Stroke stroke) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(x1, y1);
        p.lineTo(x2, y2);
        draw(p, stroke);
    }

    @Override
    public void polyline(double[] xs, double[] ys, Stroke stroke) {
        if (xs.length == 0) {
            return;
        }
        draw(path(xs, ys, false), stroke);
    }

    @Override
    public void polygon(double[] xs, double[] ys, Fill fill, Stroke stroke) {
        if (xs.length == 0) {
            return;
        }
        Path2D.Double p = path(xs, ys, true);
        fill(p, fill);
        draw(p, stroke);
    }

    @Override
    public void rect(double x, double y, double width, double height, Fill fill, Stroke stroke) {
        Rectangle2D.Double r = new Rectangle2D.Double(x, y, width, height);
        fill(r, fill);
        draw(r, stroke);
    }

    @Override
    public void circle(double cx, double cy, double radius, Fill fill, Stroke stroke) {
        Ellipse2D.Double e = new Ellipse2D.Double(cx - radius, cy - radius, 2 * radius, 2 * radius);
        fill(e, fill);
        draw(e, stroke);
    }

    @Override
    public void text(String text, double x, double y, TextStyle style) {
        double w = TextMeasure.width(text, style);
        double shift = switch (style.anchor()) {
            case START -> 0;
            case MIDDLE -> -w / 2;
            case END -> -w;
        };
        AffineTransform saved = g.getTransform();
        g.translate(x, y);
        if (style.vertical()) {
            g.rotate(-Math.PI / 2);
        }
        g.setFont(TextMeasure.font(style));
        g.setColor(awt(style.color()));
        g.drawString(text, (float) shift, 0f);
        g.setTransform(saved);
    }

    @Override
    public void formula(Formula formula, double x, double y) {
        AffineTransform saved = g.getTransform();
        g.translate(x, y);
        for (Formula.Outline o : formula.outlines()) {
            g.setColor(new Color(o.rgb()));
            g.fill(o.shape());
        }
        g.setTransform(saved);
    }

    @Override
    public void beginGroup(String role, Map<String, String> data) {
        // a raster has no structure to keep
    }

    @Override
    public void endGroup() {
        // a raster has no structure to keep
    }

    private void fill(java.awt.Shape shape, Fill fill) {
        if (fill == null) {
            return;
        }
        Composite saved = g.getComposite();
        if (fill.opacity() < 1) {
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) fill.opacity()));
        }
        g.setColor(awt(fill.color()));
        g.fill(shape);
        g.setComposite(saved);
    }

    private void draw(java.awt.Shape shape, Stroke stroke) {
        if (stroke == null) {
            return;
        }
        float[] dash = null;
        if (stroke.isDashed()) {
            dash = new float[stroke.dash().length];
            for (int i = 0; i < dash.length; i++) {
                dash[i] = (float) stroke.dash()[i];
            }
        }
        g.setStroke(new BasicStroke((float) stroke.width(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                dash, 0f));
        g.setColor(awt(stroke.color()));
        g.draw(shape);
    }

    private static Path2D.Double path(double[] xs, double[] ys, boolean close) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) {
            p.lineTo(xs[i], ys[i]);
        }
        if (close) {
            p.closePath();
        }
        return p;
    }

    private static Color awt(ChartColor c) {
        return new Color(c.red(), c.green(), c.blue());
    }
}
