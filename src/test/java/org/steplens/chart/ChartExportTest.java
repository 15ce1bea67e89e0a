package org.steplens.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class ChartExportTest {
    @TempDir
    Path dir;

    @Test
    void svgIsWellFormedVectorOutputCarryingTheNumbersAndProvenance() throws Exception {
        LineChartSpec spec = ChartFixtures.bestOfN(true);
        Path out = dir.resolve("bon.svg");
        BestOfNPlot.write(spec, out);

        Element svg = SvgDocuments.parse(out);
        assertEquals("svg", svg.getTagName());
        assertEquals(0, svg.getElementsByTagName("image").getLength(), "no embedded bitmap");
        assertTrue(svg.getElementsByTagName("polyline").getLength() >= 3, "one polyline per curve");
        assertTrue(svg.getElementsByTagName("polygon").getLength() >= 3, "bands are polygons");
        assertTrue(svg.getElementsByTagName("text").getLength() > 10, "text stays text");
        assertEquals(spec.title(), svg.getElementsByTagName("title").item(0).getTextContent());

        Map<String, List<double[]>> plotted = SvgDocuments.points(svg);
        for (Series s : spec.series()) {
            List<double[]> pts = plotted.get(s.key());
            assertEquals(s.points().size(), pts.size(), s.key());
            for (int i = 0; i < pts.size(); i++) {
                assertEquals(s.points().get(i).x(), pts.get(i)[0], 0.0);
                assertEquals(s.points().get(i).y(), pts.get(i)[1], 0.0);
                assertEquals(s.points().get(i).error(), pts.get(i)[2], 0.0);
            }
        }
        Element provenance = (Element) svg.getElementsByTagNameNS(SvgSurface.PROVENANCE_NAMESPACE, "provenance").item(0);
        assertEquals("math500 <scored> & \"sampled\".jsonl", provenance.getAttribute("dataset"));
        assertEquals("10,25,50,100,200,500,1000,1860", provenance.getAttribute("n-grid"));
        assertEquals("400", provenance.getAttribute("trials"));
        assertEquals("7", provenance.getAttribute("seed"));
        assertTrue(svg.getElementsByTagName("desc").item(0).getTextContent().contains("aggregation: product"));
        // the paper's values are drawn for the methods it reports
        NodeList groups = svg.getElementsByTagName("g");
        List<String> references = new ArrayList<>();
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if ("reference".equals(g.getAttribute("class"))) {
                references.add(g.getAttribute("data-series") + "=" + g.getAttribute("data-y"));
            }
        }
        assertEquals(List.of("prm=78.2", "orm=72.4", "majority=69.6"), references);
    }

    @Test
    void pngIsTwiceTheSizeWithProvenanceChunksAndCurvesWhereTheLayoutPutsThem() throws Exception {
        LineChartSpec spec = ChartFixtures.bestOfN(false);
        Path out = dir.resolve("bon.PNG");
        BestOfNPlot.write(spec, out);

        BufferedImage image = ImageIO.read(out.toFile());
        LineChart chart = new LineChart(spec);
        assertEquals(2 * (int) chart.preferredWidth(), image.getWidth());
        assertEquals(2 * (int) chart.preferredHeight(), image.getHeight());

        LineChartLayout layout = chart.layout(chart.preferredWidth(), chart.preferredHeight());
        for (Series s : spec.series()) {
            DataPoint p = s.points().get(3);
            int px = (int) Math.round(2 * layout.x().toPixel(p.x()));
            int py = (int) Math.round(2 * layout.y().toPixel(p.y()));
            assertEquals(s.color().rgb(), image.getRGB(px, py) & 0xffffff, s.key() + " marker centre");
        }
        assertEquals(Palette.PAPER.rgb(), image.getRGB(3, 3) & 0xffffff, "white background");

        Map<String, String> text = pngText(out);
        assertEquals(spec.title(), text.get("Title"));
        assertEquals("StepLens test", text.get("Software"));
        assertEquals("product", text.get("steplens.aggregation"));
        assertEquals("10,25,50,100,200,500,1000,1860", text.get("steplens.n-grid"));
        assertEquals(String.join("\n", spec.provenance().lines()), text.get("Description"));
    }

    @Test
    void nonLatinProvenanceGoesIntoInternationalTextChunks() throws Exception {
        Provenance p = Provenance.forDataset("数学.jsonl").version("test").build();
        LineChartSpec spec = BestOfNPlot.spec("数学", ChartFixtures.curves(), false, p);
        Path out = dir.resolve("intl.png");
        ChartExport.writePng(new LineChart(spec), out, 3);
        assertEquals(3 * 720, ImageIO.read(out.toFile()).getWidth());
        assertEquals("数学.jsonl", pngText(out).get("steplens.dataset"));
    }

    @Test
    void theFileExtensionChoosesTheFormat() {
        assertEquals(ChartExport.Format.SVG, ChartExport.Format.forPath(Path.of("a/Figure.SVG")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ChartExport.write(new LineChart(ChartFixtures.bestOfN(false)), dir.resolve("figure.pdf")));
        assertEquals("cannot tell the image format of " + dir.resolve("figure.pdf")
                + ": the file name must end in .png or .svg", e.getMessage());
    }

    @Test
    void exportsReplaceAnExistingFileAndLeaveNoTemporaryFiles() throws IOException {
        Path out = dir.resolve("sub/figure.svg");
        BestOfNPlot.write(ChartFixtures.bestOfN(false), out);
        BestOfNPlot.write(ChartFixtures.bestOfN(true), out);
        try (Stream<Path> files = Files.list(out.getParent())) {
            assertEquals(List.of(out), files.toList());
        }
        assertTrue(Files.readString(out).contains("class=\"reference\""));
    }

    @Test
    void reliabilityThresholdAndBarChartsRenderInBothFormats() throws Exception {
        List<CalibrationBin> bins = List.of(new CalibrationBin(0, 0.5, 0.3, 0.2, 10),
                new CalibrationBin(0.5, 1, 0.8, 0.9, 30), new CalibrationBin(0.9, 1, 0, 0, 0));
        LineChartSpec reliability = ReliabilityDiagram.spec("Calibration", "prm", bins, 0.1, 40, ChartFixtures.provenance());
        assertEquals("40 labelled steps in 2 bins · expected calibration error 0.100", reliability.subtitle());
        Map<String, List<DataPoint>> f1 = new LinkedHashMap<>();
        f1.put("gsm8k", List.of(DataPoint.of(0.1, 20), DataPoint.of(0.5, 60), DataPoint.of(0.9, 30)));
        LineChartSpec threshold = ThresholdCurve.spec("F1", f1, f1.get("gsm8k"), 0.5, ChartFixtures.provenance());
        BarChartSpec bars = new BarChartSpec("By subject", null, Axis.linear("% solved"),
                List.of("Counting & Probability", "Algebra"),
                List.of(new BarGroup("prm", "PRM", Palette.PRM, new double[] {40, 80}, new double[] {2, 1}),
                        new BarGroup("orm", "ORM", Palette.ORM, new double[] {Double.NaN, 70}, null)),
                ChartFixtures.provenance());
        for (Chart chart : List.of(new LineChart(reliability), new LineChart(threshold), new BarChart(bars))) {
            Path svg = dir.resolve("c.svg");
            ChartExport.write(chart, svg);
            Element root = SvgDocuments.parse(svg);
            assertEquals(0, root.getElementsByTagName("image").getLength());
            BufferedImage png = ChartExport.toImage(chart, 300, 200, 2);
            assertEquals(600, png.getWidth());
        }
        Element root = SvgDocuments.parse(writeSvg(new BarChart(bars)));
        NodeList gs = root.getElementsByTagName("g");
        List<String> barValues = new ArrayList<>();
        for (int i = 0; i < gs.getLength(); i++) {
            Element g = (Element) gs.item(i);
            if ("bar".equals(g.getAttribute("class"))) {
                barValues.add(g.getAttribute("data-category") + "=" + g.getAttribute("data-y"));
            }
        }
        assertEquals(List.of("Counting & Probability=40.0", "Algebra=80.0", "Algebra=70.0"), barValues);
    }

    @Test
    void aBarGroupMustHaveOneValuePerCategory() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new BarChartSpec("t", null,
                Axis.linear("y"), List.of("a", "b"),
                List.of(new BarGroup("prm", "PRM", Palette.PRM, new double[] {1}, null)), null));
        assertEquals("group prm has 1 values for 2 categories", e.getMessage());
    }

    @Test
    void anEmptyChartStillDraws() throws Exception {
        LineChartSpec empty = new LineChartSpec("Nothing yet", null, Axis.log("N"), Axis.linear("%"), List.of(),
                List.of(), null, List.of(), null);
        Element root = SvgDocuments.parse(writeSvg(new LineChart(empty)));
        assertFalse(root.getElementsByTagName("text").getLength() == 0);
    }

    private Path writeSvg(Chart chart) throws IOException {
        Path p = dir.resolve("x.svg");
        ChartExport.writeSvg(chart, p);
        return p;
    }

    private static Map<String, String> pngText(Path png) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadata meta = reader.getImageMetadata(0);
            Node root = meta.getAsTree("javax_imageio_png_1.0");
            for (Node chunk = root.getFirstChild(); chunk != null; chunk = chunk.getNextSibling()) {
                for (Node e = chunk.getFirstChild(); e != null; e = e.getNextSibling()) {
                    Element entry = (Element) e;
                    if (entry.getTagName().equals("tEXtEntry")) {
                        out.put(entry.getAttribute("keyword"), entry.getAttribute("value"));
                    } else if (entry.getTagName().equals("iTXtEntry")) {
                        out.put(entry.getAttribute("keyword"), entry.getAttribute("text"));
                    }
                }
            }
            reader.dispose();
        }
        return out;
    }
}
