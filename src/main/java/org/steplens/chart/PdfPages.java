package org.steplens.chart;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawerDefaultFonts;
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
 * {@link Java2DSurface} as PNG export, with real, selectable text in the PDF standard fonts (a character they
 * cannot encode is drawn as its outline instead).
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

    private static void page(PDDocument pdf, Chart chart) throws IOException {
        float width = (float) chart.preferredWidth();
        float height = (float) chart.preferredHeight();
        PDPage page = new PDPage(new PDRectangle(width, height));
        pdf.addPage(page);
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(pdf, width, height);
        try {
            g.setFontTextDrawer(new PdfBoxGraphics2DFontTextDrawerDefaultFonts());
            chart.draw(new Java2DSurface(g), width, height);
        } finally {
            g.dispose();
        }
        try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
            content.drawForm(g.getXFormObject());
        }
    }
}
