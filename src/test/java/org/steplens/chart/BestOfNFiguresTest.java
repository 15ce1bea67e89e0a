package org.steplens.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steplens.bench.BestOfNData;
import org.steplens.io.DatasetLoader;
import org.steplens.io.LoadProgress;
import org.steplens.model.Dataset;
import org.steplens.select.BestOfNInput;
import org.steplens.select.BestOfNResult;
import org.steplens.select.BestOfNSettings;
import org.steplens.select.BestOfNSimulator;
import org.steplens.select.SelectionMethod;
import org.steplens.select.SelectionSettings;
import org.steplens.select.SimulationProgress;
import org.w3c.dom.Element;

/** The figures show exactly the select engine's numbers, read back from the exported files. */
class BestOfNFiguresTest {
    private static final Path QWEN = Path.of("src/test/resources/data/qwen25math/math_cot_100.jsonl");

    @TempDir
    Path dir;

    static Dataset qwen() throws Exception {
        return DatasetLoader.load(QWEN, LoadProgress.NONE).dataset();
    }

    static BestOfNResult simulate(Dataset d, List<SelectionMethod> methods, int[] n, int trials, long seed) {
        SelectionSettings selection = SelectionSettings.defaults().withMethods(methods);
        return BestOfNSimulator.run(BestOfNInput.of(d, selection), new BestOfNSettings(methods, n, trials, seed, 0),
                SimulationProgress.NONE);
    }

    @Test
    void qwenSampleSvgCarriesTheSimulatedMeansAndDeviations() throws Exception {
        Dataset d = qwen();
        List<SelectionMethod> methods = List.of(SelectionMethod.ORM, SelectionMethod.MAJORITY, SelectionMethod.ORACLE);
        BestOfNResult r = simulate(d, methods, new int[] {1, 2, 4, 8}, 200, 3);
        assertNumbersSurviveExport(d, r, methods);
    }

    @Test
    void generatedLightmanShapedDataSvgCarriesTheSimulatedNumbers() throws Exception {
        Dataset d = BestOfNData.generate(60, 40, 120, 11);
        List<SelectionMethod> methods = List.of(SelectionMethod.PRM, SelectionMethod.ORM, SelectionMethod.MAJORITY,
                SelectionMethod.PRM_WEIGHTED_MAJORITY);
        BestOfNResult r = simulate(d, methods, new int[] {1, 5, 10, 50, 100}, 40, 0);
        assertNumbersSurviveExport(d, r, methods);
    }

    private void assertNumbersSurviveExport(Dataset d, BestOfNResult r, List<SelectionMethod> methods)
            throws Exception {
        SelectionSettings selection = SelectionSettings.defaults().withMethods(methods);
        BestOfNSettings settings = new BestOfNSettings(methods, r.nValues(), r.trials(), 3, 0);
        Provenance p = BestOfNFigures.provenance(d.name(), selection, settings);
        Path svg = dir.resolve("bon.svg");
        BestOfNFigures.write(d.name(), r, p, svg);
        Map<String, List<double[]>> plotted = SvgDocuments.points(SvgDocuments.parse(svg));
        assertEquals(methods.stream().map(SelectionMethod::id).toList(), List.copyOf(plotted.keySet()));
        for (SelectionMethod m : methods) {
            List<double[]> pts = plotted.get(m.id());
            for (int k = 0; k < r.nValues().length; k++) {
                assertEquals(r.nValues()[k], pts.get(k)[0], 0.0);
                assertEquals(100 * r.mean(m, k), pts.get(k)[1], 0.0, m + " mean at N=" + r.nValues()[k]);
                assertEquals(100 * r.std(m, k), pts.get(k)[2], 0.0, m + " sd at N=" + r.nValues()[k]);
            }
        }
        Path png = dir.resolve("bon.png");
        BestOfNFigures.write(d.name(), r, p, png);
        assertEquals(1440, javax.imageio.ImageIO.read(png.toFile()).getWidth());
    }

    @Test
    void accuracyTableAndBreakdownsAgreeWithTheResult() throws Exception {
        Dataset d = qwen();
        List<SelectionMethod> methods = List.of(SelectionMethod.ORM, SelectionMethod.MAJORITY);
        BestOfNResult r = simulate(d, methods, new int[] {1, 4, 8}, 100, 0);
        Table t = BestOfNFigures.accuracyTable(r);
        assertEquals(List.of("N", "orm mean %", "orm sd %", "majority mean %", "majority sd %"), t.columns());
        assertEquals(String.format(java.util.Locale.ROOT, "%.2f", 100 * r.mean(SelectionMethod.MAJORITY, 2)),
                t.rows().get(2).get(3));

        for (BestOfNFigures.Grouping g : BestOfNFigures.Grouping.values()) {
            BarChartSpec spec = BestOfNFigures.breakdown(d, r, 2, g, null);
            // the groups partition the problems: their size-weighted means give back the overall mean
            for (BarGroup bars : spec.groups()) {
                SelectionMethod m = SelectionMethod.parse(bars.key());
                double weighted = 0;
                int total = 0;
                for (int c = 0; c < spec.categories().size(); c++) {
                    String label = spec.categories().get(c);
                    int size = Integer.parseInt(label.substring(label.lastIndexOf('(') + 1, label.length() - 1));
                    weighted += size * bars.values()[c];
                    total += size;
                }
                assertEquals(d.problemCount(), total);
                assertEquals(100 * r.mean(m, 2), weighted / total, 1e-9, g + " " + m);
            }
        }
        BarChartSpec levels = BestOfNFigures.breakdown(d, r, 2, BestOfNFigures.Grouping.LEVEL, null);
        assertTrue(levels.categories().get(0).startsWith("Level 1 ("), levels.categories().toString());
    }

    @Test
    void math500ReferenceValuesAppearOnlyForMath500() throws Exception {
        Dataset d = qwen();
        BestOfNResult r = simulate(d, List.of(SelectionMethod.ORM), new int[] {8}, 5, 0);
        assertTrue(BestOfNFigures.curvesSpec("q", r, null).referenceMarks().isEmpty());
        Dataset math500 = DatasetLoader.load(Path.of("src/test/resources/data/math500/test.jsonl"), LoadProgress.NONE)
                .dataset();
        assertTrue(Math500.isMath500(math500.problems().stream().map(org.steplens.model.Problem::id).toList()));
        assertFalse(Math500.isMath500(d.problems().stream().map(org.steplens.model.Problem::id).toList()));
        Element svg = SvgDocuments.parse(write(BestOfNPlot.spec("MATH500", ChartFixtures.curves(), true, null)));
        assertTrue(svg.getElementsByTagName("g").getLength() > 0);
    }

    private Path write(LineChartSpec spec) throws Exception {
        Path out = dir.resolve("m.svg");
        BestOfNPlot.write(spec, out);
        return out;
    }
}
