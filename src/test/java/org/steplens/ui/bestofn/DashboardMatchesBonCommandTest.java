package org.steplens.ui.bestofn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steplens.bench.BestOfNData;
import org.steplens.chart.ChartExport;
import org.steplens.chart.LineChart;
import org.steplens.chart.SvgDocuments;
import org.steplens.io.DatasetLoader;
import org.steplens.io.LoadProgress;
import org.steplens.io.NativeJsonlWriter;
import org.steplens.model.Dataset;
import org.steplens.select.PrmAggregation;
import org.steplens.select.SelectionMethod;
import org.steplens.ui.common.SynchronousTaskRunner;
import org.steplens.cli.CommandRun;

/**
 * The dashboard's chart shows the numbers {@code steplens bon} prints with the same settings: the chart is
 * exported to SVG and its data points are read back and compared with the command's CSV output.
 */
class DashboardMatchesBonCommandTest {
    @TempDir
    Path dir;

    @Test
    void qwenSample() throws Exception {
        Path file = Path.of("src/test/resources/data/qwen25math/math_cot_100.jsonl");
        assertChartEqualsBon(file, List.of(SelectionMethod.ORM, SelectionMethod.MAJORITY, SelectionMethod.ORACLE),
                new int[] {1, 2, 4, 8}, 400, 0, "product");
    }

    @Test
    void generatedLightmanShapedData() throws Exception {
        Path file = dir.resolve("generated.jsonl");
        NativeJsonlWriter.write(BestOfNData.generate(40, 100, 300, 9), file);
        assertChartEqualsBon(file, List.of(SelectionMethod.PRM, SelectionMethod.ORM, SelectionMethod.MAJORITY,
                SelectionMethod.PRM_WEIGHTED_MAJORITY), new int[] {1, 10, 50, 100, 300}, 60, 42, "min");
    }

    private void assertChartEqualsBon(Path file, List<SelectionMethod> methods, int[] n, int trials, long seed,
                                      String aggregation) throws Exception {
        String methodList = String.join(",", methods.stream().map(SelectionMethod::id).toList());
        String nList = String.join(",", java.util.Arrays.stream(n).mapToObj(Integer::toString).toList());
        String csv = runBon(file.toString(), "--methods", methodList, "--n", nList, "--trials",
                Integer.toString(trials), "--seed", Long.toString(seed), "--aggregation", aggregation,
                "--format", "csv");
        Map<String, double[]> bon = new LinkedHashMap<>();
        List<String> lines = csv.lines().toList();
        assertEquals("n,method,mean,std,trials,problems", lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            bon.put(f[1] + "@" + f[0], new double[] {Double.parseDouble(f[2]), Double.parseDouble(f[3])});
        }
        assertEquals(methods.size() * n.length, bon.size());

        Dataset d = DatasetLoader.load(file, LoadProgress.NONE).dataset();
        BestOfNViewModel model = new BestOfNViewModel(new SynchronousTaskRunner());
        model.show(d);
        model.apply(model.settingsProperty().get().withMethods(methods).withNValues(n).withTrials(trials)
                .withSeed(seed).withAggregation(PrmAggregation.parse(aggregation)));
        DashboardData data = model.dataProperty().get();
        Path svg = dir.resolve("chart.svg");
        ChartExport.write(new LineChart(data.curves()), svg);
        Map<String, List<double[]>> plotted = SvgDocuments.points(SvgDocuments.parse(svg));
        assertEquals(methods.stream().map(SelectionMethod::id).toList(), List.copyOf(plotted.keySet()));
        for (var e : plotted.entrySet()) {
            for (double[] p : e.getValue()) {
                double[] expected = bon.get(e.getKey() + "@" + (int) p[0]);
                assertEquals(100 * expected[0], p[1], 0.0, e.getKey() + " mean at N=" + (int) p[0]);
                assertEquals(100 * expected[1], p[2], 0.0, e.getKey() + " sd at N=" + (int) p[0]);
            }
        }
    }

    private static String runBon(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "bon";
        System.arraycopy(args, 0, all, 1, args.length);
        CommandRun run = CommandRun.of(all);
        assertEquals(0, run.exitCode(), "bon exit status: " + run.err());
        return run.out();
    }
}
