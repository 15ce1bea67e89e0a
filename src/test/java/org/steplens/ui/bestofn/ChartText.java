package org.steplens.ui.bestofn;

import java.util.List;
import org.steplens.chart.LineChart;
import org.steplens.chart.RecordingSurface;

/**
 * What a line chart draws at a given size, as a window test can check it: the texts shortened with "…", the top of
 * the legend (its translucent box) and the top of the plot.
 */
record ChartText(List<String> shortened, double legendTop, double plotTop) {

    static ChartText of(LineChart chart, double width, double height) {
        RecordingSurface drawn = new RecordingSurface();
        chart.draw(drawn, width, height);
        List<String> shortened = drawn.texts.stream().map(RecordingSurface.Drawn::text).filter(t -> t.endsWith("…"))
                .toList();
        double legendTop = drawn.rects.stream().filter(r -> r[4] < 1).mapToDouble(r -> r[1]).min()
                .orElse(Double.POSITIVE_INFINITY);
        return new ChartText(shortened, legendTop, chart.layout(width, height).plotY());
    }
}
