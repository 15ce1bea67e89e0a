package org.steplens.chart;

import java.util.Locale;
import java.util.Map;
import java.awt.Shape;
import java.awt.geom.PathIterator;
import org.steplens.typeset.Formula;

/**
 * Writes what is drawn as SVG 1.1 vector elements ({@code line}, {@code polyline}, {@code polygon}, {@code rect},
 * {@code circle}, {@code text}, and {@code path} for typeset math); never a bitmap. Groups become {@code <g>} with {@code data-*} attributes so
 * the plotted numbers can be read back from the file.
 */
public final class SvgSurface implements DrawingSurface {
    /** Namespace of the provenance element inside {@code <metadata>}. */
    public static final String PROVENANCE_NAMESPACE = "https://steplens.org/ns/provenance/1";

    private final StringBuilder body = new StringBuilder();
    private final double width;
    private final double height;
    private int depth = 1;

    public SvgSurface(double width, double height) {
        this.width = width;
        this.height = height;
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Stroke stroke) {
        indent().append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1))
                .append("\" x2=\"").append(num(x2)).append("\" y2=\"").append(num(y2)).append('"');
        stroke(stroke);
        body.append("/>\n");
    }

    @Override
    public void polyline(double[] xs, double[] ys, Stroke stroke) {
        indent().append("<polyline points=\"").append(points(xs, ys)).append("\" fill=\"none\"");
        stroke(stroke);
        body.append(" stroke-linejoin=\"round\"/>\n");
    }

    @Override
    public void polygon(double[] xs, double[] ys, Fill fill, Stroke stroke) {
        indent().append("<polygon points=\"").append(points(xs, ys)).append('"');
        fill(fill);
        stroke(stroke);
        body.append("/>\n");
    }

    @Override
    public void rect(double x, double y, double w, double h, Fill fill, Stroke stroke) {
        indent().append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
                .append(num(w)).append("\" height=\"").append(num(h)).append('"');
        fill(fill);
        stroke(stroke);
        body.append("/>\n");
    }

    @Override
    public void circle(double cx, double cy, double radius, Fill fill, Stroke stroke) {
        indent().append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy)).append("\" r=\"")
                .append(num(radius)).append('"');
        fill(fill);
        stroke(stroke);
        body.append("/>\n");
    }

    @Override
    public void text(String text, double x, double y, TextStyle style) {
        indent().append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" font-size=\"")
                .append(num(style.size())).append('"');
        if (style.bold()) {
            body.append(" font-weight=\"bold\"");
        }
        switch (style.anchor()) {
            case MIDDLE -> body.append(" text-anchor=\"middle\"");
            case END -> body.append(" text-anchor=\"end\"");
            case START -> { }
        }
        if (!style.color().equals(Palette.INK)) {
            body.append(" fill=\"").append(style.color().toHex()).append('"');
        }
        if (style.vertical()) {
            body.append(" transform=\"rotate(-90 ").append(num(x)).append(' ').append(num(y)).append(")\"");
        }
        body.append('>').append(Xml.escape(text)).append("</text>\n");
    }

    /** A {@code <g class="math">} of filled {@code <path>} outlines, its LaTeX kept in {@code data-latex}. */
    @Override
    public void formula(Formula formula, double x, double y) {
        indent().append("<g class=\"math\" data-latex=\"").append(Xml.escape(formula.latex()))
                .append("\" transform=\"translate(").append(num(x)).append(' ').append(num(y)).append(")\">\n");
        depth++;
        for (Formula.Outline o : formula.outlines()) {
            String d = pathData(o.shape());
            if (d.isEmpty()) {
                continue;
            }
            indent().append("<path d=\"").append(d).append('"');
            if (o.rgb() != Palette.INK.rgb()) {
                body.append(" fill=\"").append(ChartColor.fromRgb(o.rgb()).toHex()).append('"');
            }
            if (o.shape().getPathIterator(null).getWindingRule() == PathIterator.WIND_EVEN_ODD) {
                body.append(" fill-rule=\"evenodd\"");
            }
            body.append("/>\n");
        }
        depth--;
        indent().append("</g>\n");
    }

    private static String pathData(Shape shape) {
        StringBuilder d = new StringBuilder();
        double[] c = new double[6];
        for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> d.append('M').append(num(c[0])).append(' ').append(num(c[1]));
                case PathIterator.SEG_LINETO -> d.append('L').append(num(c[0])).append(' ').append(num(c[1]));
                case PathIterator.SEG_QUADTO -> d.append('Q').append(num(c[0])).append(' ').append(num(c[1]))
                        .append(' ').append(num(c[2])).append(' ').append(num(c[3]));
                case PathIterator.SEG_CUBICTO -> d.append('C').append(num(c[0])).append(' ').append(num(c[1]))
                        .append(' ').append(num(c[2])).append(' ').append(num(c[3])).append(' ').append(num(c[4]))
                        .append(' ').append(num(c[5]));
                case PathIterator.SEG_CLOSE -> d.append('Z');
                default -> { }
            }
        }
        return d.toString();
    }

    @Override
    public void beginGroup(String role, Map<String, String> data) {
        indent().append("<g class=\"").append(Xml.escape(role)).append('"');
        data.forEach((k, v) -> body.append(" data-").append(k).append("=\"").append(Xml.escape(v)).append('"'));
        body.append(">\n");
        depth++;
    }

    @Override
    public void endGroup() {
        depth--;
        indent().append("</g>\n");
    }

    /** The complete document: title, description and provenance metadata, then everything drawn. */
    public String toDocument(String title, Provenance provenance) {
        StringBuilder doc = new StringBuilder(body.length() + 2048);
        doc.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(num(width))
                .append("\" height=\"").append(num(height)).append("\" viewBox=\"0 0 ").append(num(width))
                .append(' ').append(num(height)).append("\" font-family=\"").append(Xml.escape(TextMeasure.SVG_FAMILY))
                .append("\" fill=\"").append(Palette.INK.toHex()).append("\">\n");
        doc.append("  <title>").append(Xml.escape(title)).append("</title>\n");
        if (provenance != null) {
            doc.append("  <desc>").append(Xml.escape(String.join("\n", provenance.lines()))).append("</desc>\n");
            doc.append("  <metadata>\n    <sl:provenance xmlns:sl=\"").append(PROVENANCE_NAMESPACE).append('"');
            provenance.entries().forEach((k, v) -> doc.append(' ').append(k).append("=\"").append(Xml.escape(v))
                    .append('"'));
            doc.append("/>\n  </metadata>\n");
        }
        doc.append(body).append("</svg>\n");
        return doc.toString();
    }

    private StringBuilder indent() {
        for (int i = 0; i < depth; i++) {
            body.append("  ");
        }
        return body;
    }

    private void stroke(Stroke stroke) {
        if (stroke == null) {
            return;
        }
        body.append(" stroke=\"").append(stroke.color().toHex()).append("\" stroke-width=\"")
                .append(num(stroke.width())).append('"');
        if (stroke.isDashed()) {
            body.append(" stroke-dasharray=\"");
            for (int i = 0; i < stroke.dash().length; i++) {
                body.append(i == 0 ? "" : ",").append(num(stroke.dash()[i]));
            }
            body.append('"');
        }
    }

    private void fill(Fill fill) {
        if (fill == null) {
            body.append(" fill=\"none\"");
            return;
        }
        body.append(" fill=\"").append(fill.color().toHex()).append('"');
        if (fill.opacity() < 1) {
            body.append(" fill-opacity=\"").append(num(fill.opacity())).append('"');
        }
    }

    private static String points(double[] xs, double[] ys) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < xs.length; i++) {
            sb.append(i == 0 ? "" : " ").append(num(xs[i])).append(',').append(num(ys[i]));
        }
        return sb.toString();
    }

    /** Two decimals are far below a pixel; trailing zeros dropped to keep files small. */
    static String num(double v) {
        String s = String.format(Locale.ROOT, "%.2f", v);
        if (s.indexOf('.') >= 0) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return "-0".equals(s) ? "0" : s;
    }
}
