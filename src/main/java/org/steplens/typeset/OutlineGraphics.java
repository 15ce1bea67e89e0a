package org.steplens.typeset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.Image;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.awt.image.BufferedImageOp;
import java.awt.image.ImageObserver;
import java.awt.image.RenderedImage;
import java.awt.image.renderable.RenderableImage;
import java.text.AttributedCharacterIterator;
import java.util.List;
import java.util.Map;

/**
 * A Graphics2D that draws nothing but records everything painted on it as filled outlines in device space: glyphs
 * become their outlines, strokes their stroked shapes. JLaTeXMath paints a formula on it once; the outlines are
 * then drawn by any surface (PNG, PDF, SVG) as vector paths. Images, clipping and XOR mode are not needed by
 * JLaTeXMath and are ignored.
 */
final class OutlineGraphics extends Graphics2D {
    /** What was painted: an outline and its colour. */
    record Piece(Shape shape, Color color) {
    }

    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private final List<Piece> sink;
    private AffineTransform transform = new AffineTransform();
    private Color color = Color.BLACK;
    private Color background = Color.WHITE;
    private Stroke stroke = new BasicStroke(1f);
    private Font font = new Font(Font.SERIF, Font.PLAIN, 12);
    private Composite composite = java.awt.AlphaComposite.SrcOver;
    private final RenderingHints hints = new RenderingHints(null);

    OutlineGraphics(List<Piece> sink) {
        this.sink = sink;
    }

    private OutlineGraphics(OutlineGraphics from) {
        this(from.sink);
        transform = new AffineTransform(from.transform);
        color = from.color;
        background = from.background;
        stroke = from.stroke;
        font = from.font;
        composite = from.composite;
        hints.putAll(from.hints);
    }

    // ---- what JLaTeXMath paints ----

    @Override
    public void fill(Shape s) {
        sink.add(new Piece(transform.createTransformedShape(s), color));
    }

    @Override
    public void draw(Shape s) {
        fill(stroke.createStrokedShape(s));
    }

    @Override
    public void drawString(String str, float x, float y) {
        drawGlyphVector(font.createGlyphVector(CONTEXT, str), x, y);
    }

    @Override
    public void drawString(String str, int x, int y) {
        drawString(str, (float) x, (float) y);
    }

    @Override
    public void drawString(AttributedCharacterIterator iterator, float x, float y) {
        fill(new TextLayout(iterator, CONTEXT).getOutline(AffineTransform.getTranslateInstance(x, y)));
    }

    @Override
    public void drawString(AttributedCharacterIterator iterator, int x, int y) {
        drawString(iterator, (float) x, (float) y);
    }

    @Override
    public void drawGlyphVector(GlyphVector g, float x, float y) {
        fill(g.getOutline(x, y));
    }

    @Override
    public void drawLine(int x1, int y1, int x2, int y2) {
        draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void fillRect(int x, int y, int width, int height) {
        fill(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void clearRect(int x, int y, int width, int height) {
        // a formula has no background of its own
    }

    @Override
    public void drawRoundRect(int x, int y, int width, int height, int arcWidth, int arcHeight) {
        draw(new RoundRectangle2D.Double(x, y, width, height, arcWidth, arcHeight));
    }

    @Override
    public void fillRoundRect(int x, int y, int width, int height, int arcWidth, int arcHeight) {
        fill(new RoundRectangle2D.Double(x, y, width, height, arcWidth, arcHeight));
    }

    @Override
    public void drawOval(int x, int y, int width, int height) {
        draw(new Ellipse2D.Double(x, y, width, height));
    }

    @Override
    public void fillOval(int x, int y, int width, int height) {
        fill(new Ellipse2D.Double(x, y, width, height));
    }

    @Override
    public void drawArc(int x, int y, int width, int height, int startAngle, int arcAngle) {
        draw(new Arc2D.Double(x, y, width, height, startAngle, arcAngle, Arc2D.OPEN));
    }

    @Override
    public void fillArc(int x, int y, int width, int height, int startAngle, int arcAngle) {
        fill(new Arc2D.Double(x, y, width, height, startAngle, arcAngle, Arc2D.PIE));
    }

    @Override
    public void drawPolyline(int[] xs, int[] ys, int n) {
        draw(polygon(xs, ys, n, false));
    }

    @Override
    public void drawPolygon(int[] xs, int[] ys, int n) {
        draw(polygon(xs, ys, n, true));
    }

    @Override
    public void fillPolygon(int[] xs, int[] ys, int n) {
        fill(polygon(xs, ys, n, true));
    }

    private static Shape polygon(int[] xs, int[] ys, int n, boolean close) {
        Path2D.Double p = new Path2D.Double();
        for (int i = 0; i < n; i++) {
            if (i == 0) {
                p.moveTo(xs[i], ys[i]);
            } else {
                p.lineTo(xs[i], ys[i]);
            }
        }
        if (close) {
            p.closePath();
        }
        return p;
    }

    // ---- state ----

    @Override
    public Graphics create() {
        return new OutlineGraphics(this);
    }

    @Override
    public void dispose() {
        // nothing held
    }

    @Override
    public void translate(int x, int y) {
        transform.translate(x, y);
    }

    @Override
    public void translate(double tx, double ty) {
        transform.translate(tx, ty);
    }

    @Override
    public void rotate(double theta) {
        transform.rotate(theta);
    }

    @Override
    public void rotate(double theta, double x, double y) {
        transform.rotate(theta, x, y);
    }

    @Override
    public void scale(double sx, double sy) {
        transform.scale(sx, sy);
    }

    @Override
    public void shear(double shx, double shy) {
        transform.shear(shx, shy);
    }

    @Override
    public void transform(AffineTransform tx) {
        transform.concatenate(tx);
    }

    @Override
    public void setTransform(AffineTransform tx) {
        transform = new AffineTransform(tx);
    }

    @Override
    public AffineTransform getTransform() {
        return new AffineTransform(transform);
    }

    @Override
    public Color getColor() {
        return color;
    }

    @Override
    public void setColor(Color c) {
        if (c != null) {
            color = c;
        }
    }

    @Override
    public Paint getPaint() {
        return color;
    }

    @Override
    public void setPaint(Paint paint) {
        if (paint instanceof Color c) {
            color = c;
        }
    }

    @Override
    public Font getFont() {
        return font;
    }

    @Override
    public void setFont(Font f) {
        if (f != null) {
            font = f;
        }
    }

    @Override
    public FontMetrics getFontMetrics(Font f) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = scratch.createGraphics();
        try {
            return g.getFontMetrics(f);
        } finally {
            g.dispose();
        }
    }

    @Override
    public FontRenderContext getFontRenderContext() {
        return CONTEXT;
    }

    @Override
    public Stroke getStroke() {
        return stroke;
    }

    @Override
    public void setStroke(Stroke s) {
        if (s != null) {
            stroke = s;
        }
    }

    @Override
    public Composite getComposite() {
        return composite;
    }

    @Override
    public void setComposite(Composite comp) {
        composite = comp;
    }

    @Override
    public void setBackground(Color c) {
        background = c;
    }

    @Override
    public Color getBackground() {
        return background;
    }

    @Override
    public void setRenderingHint(RenderingHints.Key key, Object value) {
        hints.put(key, value);
    }

    @Override
    public Object getRenderingHint(RenderingHints.Key key) {
        return hints.get(key);
    }

    @Override
    public void setRenderingHints(Map<?, ?> values) {
        hints.clear();
        hints.putAll(values);
    }

    @Override
    public void addRenderingHints(Map<?, ?> values) {
        hints.putAll(values);
    }

    @Override
    public RenderingHints getRenderingHints() {
        return (RenderingHints) hints.clone();
    }

    @Override
    public void setPaintMode() {
        // always paint mode
    }

    @Override
    public void setXORMode(Color c) {
        // not used by formulas
    }

    // ---- not used by JLaTeXMath: no clip, no images ----

    @Override
    public Rectangle getClipBounds() {
        return null;
    }

    @Override
    public void clipRect(int x, int y, int width, int height) {
        // no clipping: a formula is recorded whole
    }

    @Override
    public void setClip(int x, int y, int width, int height) {
        // no clipping
    }

    @Override
    public Shape getClip() {
        return null;
    }

    @Override
    public void setClip(Shape clip) {
        // no clipping
    }

    @Override
    public void clip(Shape s) {
        // no clipping
    }

    @Override
    public void copyArea(int x, int y, int width, int height, int dx, int dy) {
        // nothing to copy
    }

    @Override
    public boolean hit(Rectangle rect, Shape s, boolean onStroke) {
        Shape shape = onStroke ? stroke.createStrokedShape(s) : s;
        return transform.createTransformedShape(shape).intersects(rect);
    }

    @Override
    public GraphicsConfiguration getDeviceConfiguration() {
        return null;
    }

    @Override
    public boolean drawImage(Image img, AffineTransform xform, ImageObserver obs) {
        return true;
    }

    @Override
    public void drawImage(BufferedImage img, BufferedImageOp op, int x, int y) {
        // formulas are outlines; images are not recorded
    }

    @Override
    public void drawRenderedImage(RenderedImage img, AffineTransform xform) {
        // not recorded
    }

    @Override
    public void drawRenderableImage(RenderableImage img, AffineTransform xform) {
        // not recorded
    }

    @Override
    public boolean drawImage(Image img, int x, int y, ImageObserver observer) {
        return true;
    }

    @Override
    public boolean drawImage(Image img, int x, int y, int width, int height, ImageObserver observer) {
        return true;
    }

    @Override
    public boolean drawImage(Image img, int x, int y, Color bgcolor, ImageObserver observer) {
        return true;
    }

    @Override
    public boolean drawImage(Image img, int x, int y, int width, int height, Color bgcolor, ImageObserver observer) {
        return true;
    }

    @Override
    public boolean drawImage(Image img, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2,
                             ImageObserver observer) {
        return true;
    }

    @Override
    public boolean drawImage(Image img, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2,
                             Color bgcolor, ImageObserver observer) {
        return true;
    }
}
