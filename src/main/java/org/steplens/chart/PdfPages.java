package org.steplens.chart;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawerDefaultFonts;
import java.nio.file.Files;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.steplens.io.AtomicWrite;

/**
 * Figures as a PDF, one per page, each page the figure's size: vector graphics through the same
 * {@link Java2DSurface} as PNG export, with real, selectable text. The text is set in the font layout measured it
 * with ({@link TextMeasure#FAMILY}), embedded as a subset, so that prose and typeset formulas placed beside it line
 * up as in the PNG; where that font's file cannot be found, the PDF standard fonts stand in (a character they
 * cannot encode is drawn as its outline instead). Typeset math is drawn as vector outlines.
 */
public final class PdfPages {

    private PdfPages() {
    }

    /** Writes {@code charts} to {@code out} atomically; nothing is written when drawing fails. */
    public static void write(List<? extends Chart> charts, Path out) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            for (Chart chart : charts) {
                page(pdf, chart);
            }
            AtomicWrite.write(out, pdf::save);
        }
    }

    /** Folders where Linux distributions put DejaVu Sans; the JDK's own fonts folder last. */
    private static final List<String> FONT_FOLDERS = List.of("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu",
            "/usr/share/fonts/TTF", "/usr/share/fonts/dejavu-sans-fonts", "/usr/local/share/fonts",
            System.getProperty("user.home") + "/.fonts", System.getProperty("java.home") + "/lib/fonts");

    private static PdfBoxGraphics2DFontTextDrawer textDrawer() {
        PdfBoxGraphics2DFontTextDrawerDefaultFonts drawer = new PdfBoxGraphics2DFontTextDrawerDefaultFonts();
        if ("DejaVu Sans".equals(TextMeasure.FAMILY)) {
            for (String name : List.of("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")) {
                FONT_FOLDERS.stream().map(folder -> Path.of(folder, name)).filter(Files::isReadable).findFirst()
                        .ifPresent(file -> drawer.registerFont(file.toFile()));
            }
        }
        return drawer;
    }

    private static void page(PDDocument pdf, Chart chart) throws IOException {
        float width = (float) chart.preferredWidth();
        float height = (float) chart.preferredHeight();
        PDPage page = new PDPage(new PDRectangle(width, height));
        pdf.addPage(page);
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(pdf, width, height);
        try {
            g.setFontTextDrawer(textDrawer());
            chart.draw(new Java2DSurface(g), width, height);
        } finally {
            g.dispose();
        }
        try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
            content.drawForm(g.getXFormObject());
        }
    }
}
