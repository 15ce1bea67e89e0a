package org.steplens.chart;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a line chart shows: best-of-N curves, F1 against threshold, a reliability diagram.
 *
 * @param title           figure title
 * @param subtitle        a second, smaller line under the title, or null
 * @param xAxis           x axis
 * @param yAxis           y axis
 * @param series          the curves, drawn in order
 * @param referenceMarks  published values to compare with
 * @param referenceLegend the legend text for the reference marks (e.g. "Lightman et al. 2023"), or null
 * @param referenceLines  guides such as a diagonal or a threshold
 * @param provenance      footer and metadata, or null
 */
public record LineChartSpec(String title, String subtitle, Axis xAxis, Axis yAxis, List<Series> series,
                            List<ReferenceMark> referenceMarks, String referenceLegend,
                            List<ReferenceLine> referenceLines, Provenance provenance) implements FigureSpec {

    public LineChartSpec {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(xAxis, "xAxis");
        Objects.requireNonNull(yAxis, "yAxis");
        series = List.copyOf(series);
        referenceMarks = referenceMarks == null ? List.of() : List.copyOf(referenceMarks);
        referenceLines = referenceLines == null ? List.of() : List.copyOf(referenceLines);
    }

    public LineChartSpec withProvenance(Provenance value) {
        return new LineChartSpec(title, subtitle, xAxis, yAxis, series, referenceMarks, referenceLegend,
                referenceLines, value);
    }

    public LineChartSpec withReferenceMarks(List<ReferenceMark> marks, String legend) {
        return new LineChartSpec(title, subtitle, xAxis, yAxis, series, marks, legend, referenceLines, provenance);
    }

    /** The series with this key, if present. */
    public Optional<Series> series(String key) {
        return series.stream().filter(s -> s.key().equals(key)).findFirst();
    }
}
