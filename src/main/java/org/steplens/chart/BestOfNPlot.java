package org.steplens.chart;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The best-of-N figure (the paper's Figure 3 for any dataset): % solved against N on a log axis, one curve per
 * method with a ± one standard deviation band, and the paper's MATH500 values when the dataset is MATH500.
 * Used by the dashboard and by {@code steplens bon --plot}.
 */
public final class BestOfNPlot {
    private BestOfNPlot() {
    }

    /**
     * @param datasetTitle shown in the title, e.g. the dataset's name
     * @param curves       one per method, in legend order
     * @param math500      add the paper's best-of-1860 values for comparison
     * @param provenance   footer and metadata
     */
    public static LineChartSpec spec(String datasetTitle, List<MethodCurve> curves, boolean math500,
                                     Provenance provenance) {
        List<Series> series = new ArrayList<>();
        for (int i = 0; i < curves.size(); i++) {
            MethodCurve c = curves.get(i);
            series.add(Series.forMethod(c.method(), MethodLabels.label(c.method()), i, c.points()));
        }
        boolean prmShown = curves.stream().anyMatch(c -> c.method().startsWith("prm"));
        String subtitle = provenance == null || provenance.trials() == null ? null
                : "mean ± 1 s.d. over " + provenance.trials() + " trials"
                + (provenance.aggregation() == null || !prmShown ? "" : " · PRM score: " + provenance.aggregation());
        LineChartSpec spec = new LineChartSpec("Best-of-N: " + datasetTitle, subtitle,
                Axis.log("N = solutions per problem"), Axis.percent("% problems solved"), series, List.of(), null,
                List.of(), provenance);
        if (math500) {
            List<String> methods = curves.stream().map(MethodCurve::method).toList();
            String aggregation = provenance == null ? null : provenance.aggregation();
            spec = spec.withReferenceMarks(Math500.referenceMarks(methods, aggregation), Math500.PAPER_LEGEND);
        }
        return spec;
    }

    /** Writes the figure as PNG (2×) or SVG, chosen by the file's extension. */
    public static void write(LineChartSpec spec, Path out) throws IOException {
        ChartExport.write(new LineChart(spec), out);
    }
}
