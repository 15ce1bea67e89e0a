package org.steplens.chart;

import org.steplens.io.OutputTarget;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Exports a {@link Chart} as PNG (Java2D, at a scale factor) or SVG (vector), each with its provenance embedded.
 * Files are written to a temporary file and renamed.
 */
public final class ChartExport {
    /** The PNG scale used unless asked otherwise: sharp on high-density screens and in print. */
    public static final double DEFAULT_SCALE = 2;

    private ChartExport() {
    }

    /** The export formats, chosen by file extension. */
    public enum Format {
        PNG, SVG;

        /** The format for a file name ending in .png or .svg (any case). */
        public static Format forPath(Path path) {
            String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".png")) {
                return PNG;
            }
            if (name.endsWith(".svg")) {
                return SVG;
            }
            throw new IllegalArgumentException("cannot tell the image format of " + path
                    + ": the file name must end in .png or .svg");
        }
    }

    /** Writes PNG (at {@link #DEFAULT_SCALE}) or SVG, by the file's extension. */
    public static void write(Chart chart, Path out) throws IOException {
        switch (Format.forPath(out)) {
            case PNG -> writePng(chart, out, DEFAULT_SCALE);
            case SVG -> writeSvg(chart, out);
        }
    }

    public static void writePng(Chart chart, Path out, double scale) throws IOException {
        BufferedImage image = toImage(chart, chart.preferredWidth(), chart.preferredHeight(), scale);
        OutputTarget.of(out).creatingFolders().write(stream -> PngWriter.write(image, chart.title(), chart.provenance(), stream));
    }

    public static void writeSvg(Chart chart, Path out) throws IOException {
        byte[] bytes = toSvg(chart).getBytes(StandardCharsets.UTF_8);
        OutputTarget.of(out).creatingFolders().write(stream -> stream.write(bytes));
    }

    /** The chart drawn into an image of (width × scale) × (height × scale) pixels. */
    public static BufferedImage toImage(Chart chart, double width, double height, double scale) {
        if (!(scale > 0) || scale > 16) {
            throw new IllegalArgumentException("scale must be in (0, 16], got " + scale);
        }
        int pw = Math.max(1, (int) Math.round(width * scale));
        int ph = Math.max(1, (int) Math.round(height * scale));
        BufferedImage image = new BufferedImage(pw, ph, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            chart.draw(new Java2DSurface(g), width, height);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The chart as a standalone SVG document at its preferred size. */
    public static String toSvg(Chart chart) {
        SvgSurface svg = new SvgSurface(chart.preferredWidth(), chart.preferredHeight());
        chart.draw(svg, chart.preferredWidth(), chart.preferredHeight());
        return svg.toDocument(chart.title(), chart.provenance());
    }
}
