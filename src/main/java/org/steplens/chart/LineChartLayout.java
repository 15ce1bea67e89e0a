package org.steplens.chart;

import java.util.List;
import java.util.Optional;

/**
 * Where a {@link LineChart} puts things at a given size: the plot box and its scales. The UI uses it to turn a
 * mouse position into the nearest data point.
 *
 * @param plotX       left of the plot box
 * @param plotY       top of the plot box
 * @param plotWidth   width of the plot box
 * @param plotHeight  height of the plot box
 * @param x           x scale (data → pixels)
 * @param y           y scale (data → pixels)
 * @param xTicks      x tick positions and labels
 * @param yTicks      y tick positions and labels
 * @param footerLines the provenance lines
 */
public record LineChartLayout(double plotX, double plotY, double plotWidth, double plotHeight, Scale x, Scale y,
                              Ticks xTicks, Ticks yTicks, List<String> footerLines) {

    /** A data point found under the mouse. */
    public record Hit(int seriesIndex, int pointIndex, Series series, DataPoint point) {
    }

    /** The data point nearest to (px, py) within {@code maxDistance} pixels. */
    public Optional<Hit> nearest(LineChartSpec spec, double px, double py, double maxDistance) {
        Hit best = null;
        double bestDistance = maxDistance * maxDistance;
        for (int si = 0; si < spec.series().size(); si++) {
            Series s = spec.series().get(si);
            for (int pi = 0; pi < s.points().size(); pi++) {
                DataPoint p = s.points().get(pi);
                double dx = x.toPixel(p.x()) - px;
                double dy = y.toPixel(p.y()) - py;
                double d = dx * dx + dy * dy;
                if (d <= bestDistance) {
                    bestDistance = d;
                    best = new Hit(si, pi, s, p);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    public boolean insidePlot(double px, double py) {
        return px >= plotX && px <= plotX + plotWidth && py >= plotY && py <= plotY + plotHeight;
    }
}
