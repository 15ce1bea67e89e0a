package org.steplens.ui.bestofn;

import java.util.Optional;
import org.steplens.chart.BarChart;
import org.steplens.chart.Chart;
import org.steplens.chart.LineChart;

/** What the dashboard can export. */
public enum DashboardFigure {
    CURVES("best-of-n"), BY_SUBJECT("best-of-n-by-subject"), BY_LEVEL("best-of-n-by-level"),
    ACCURACY_TABLE("best-of-n-accuracy");

    private final String fileStem;

    DashboardFigure(String fileStem) {
        this.fileStem = fileStem;
    }

    /** A default file name stem, e.g. {@code best-of-n}. */
    public String fileStem() {
        return fileStem;
    }

    /** The chart for this figure, or empty for the table. */
    public Optional<Chart> chart(DashboardData data) {
        return switch (this) {
            case CURVES -> Optional.of(new LineChart(data.curves()));
            case BY_SUBJECT -> Optional.of(new BarChart(data.bySubject()));
            case BY_LEVEL -> Optional.of(new BarChart(data.byLevel()));
            case ACCURACY_TABLE -> Optional.empty();
        };
    }
}
