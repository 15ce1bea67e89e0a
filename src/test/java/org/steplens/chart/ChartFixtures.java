package org.steplens.chart;

import java.time.Instant;
import java.util.List;

/** Small specs for rendering tests. */
final class ChartFixtures {
    static final List<Integer> GRID = List.of(10, 25, 50, 100, 200, 500, 1000, 1860);

    private ChartFixtures() {
    }

    static Provenance provenance() {
        return Provenance.forDataset("math500 <scored> & \"sampled\".jsonl").scorer("prm").aggregation("product")
                .nGrid(GRID).trials(400).seed(7L).version("test").created(Instant.parse("2026-01-02T03:04:05Z"))
                .build();
    }

    /** Three rising curves with bands, values chosen so every point is distinct. */
    static List<MethodCurve> curves() {
        String[] methods = {"prm", "orm", "majority"};
        List<MethodCurve> out = new java.util.ArrayList<>();
        for (int m = 0; m < methods.length; m++) {
            int[] n = GRID.stream().mapToInt(Integer::intValue).toArray();
            double[] mean = new double[n.length];
            double[] std = new double[n.length];
            for (int i = 0; i < n.length; i++) {
                mean[i] = 50 + 3 * i - 4 * m + 0.125 * (i + m);
                std[i] = 0.5 + 0.25 * (n.length - i);
            }
            out.add(new MethodCurve(methods[m], n, mean, std));
        }
        return out;
    }

    static LineChartSpec bestOfN(boolean math500) {
        return BestOfNPlot.spec("fixture", curves(), math500, provenance());
    }
}
