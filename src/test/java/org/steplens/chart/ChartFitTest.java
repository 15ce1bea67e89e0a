package org.steplens.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, defects 12 and 16 in the chart core: text stays inside a narrow figure, the y-axis title inside the
 * plot's height, a % axis ends at 100, and the dark theme swaps the neutral colours only.
 */
class ChartFitTest {

    private static LineChartSpec bestOfN(String title) {
        List<DataPoint> near100 = List.of(new DataPoint(1, 96, 2.5), new DataPoint(8, 99.5, 0.8));
        Series s = Series.forMethod("oracle", "Oracle (pass@N)", 0, near100);
        return new LineChartSpec(title, "mean ± 1 s.d. over 400 trials", Axis.log("N = solutions per problem"),
                Axis.percent("% problems solved"), List.of(s), List.of(), null, List.of(), null);
    }

    @Test
    void aPercentAxisFittedToValuesNear100EndsAt100() {
        LineChartLayout l = new LineChart(bestOfN("Best-of-N")).layout(720, 480);
        assertEquals(100.0, l.yTicks().major().get(l.yTicks().major().size() - 1), 1e-9, l.yTicks().labels().toString());
        assertEquals(100.0, l.y().fromPixel(l.plotY()), 1e-6, "the plot's top is 100 %");
    }

    @Test
    void inANarrowShortFigureNoTextRunsOffTheEdgesOrPastThePlotHeight() {
        LineChartSpec spec = bestOfN("Best-of-N: a_rather_long_dataset_name_from_a_sweep.steplens.jsonl");
        RecordingSurface r = new RecordingSurface();
        double width = 240;
        double height = 170;
        LineChart chart = new LineChart(spec);
        chart.draw(r, width, height);
        LineChartLayout l = chart.layout(width, height);
        for (RecordingSurface.Drawn t : r.texts) {
            double w = TextMeasure.width(t.text(), t.style());
            if (t.style().vertical()) {
                assertTrue(w <= l.plotHeight() + 0.5, "y title '" + t.text() + "' " + w + " > plot " + l.plotHeight());
                continue;
            }
            double left = switch (t.style().anchor()) {
                case START -> t.x();
                case MIDDLE -> t.x() - w / 2;
                case END -> t.x() - w;
            };
            assertTrue(left >= -0.5 && left + w <= width + 0.5, "'" + t.text() + "' spans " + left + "–" + (left + w));
        }
        assertTrue(r.texts.stream().anyMatch(t -> t.text().startsWith("Best-of-N")), "the title is still drawn");
    }

    @Test
    void inAShortFigureTheLegendStaysBelowTheTitleAndTheAxisTitlesAreWhole() {
        // the first-error panel's F1 chart: four subsets, their average and the chosen threshold = six legend rows,
        // taller than the plot of a 200 px high figure; curves high across the top send the legend to a bottom
        // corner, which used to put it over the title
        Map<String, List<DataPoint>> bySubset = new java.util.LinkedHashMap<>();
        for (String subset : List.of("gsm8k", "math", "olympiadbench", "omnimath")) {
            bySubset.put(subset, List.of(new DataPoint(0, 95, 0), new DataPoint(0.5, 97, 0), new DataPoint(1, 94, 0)));
        }
        LineChartSpec spec = ThresholdCurve.spec("ProcessBench F1 against the first-error threshold", bySubset,
                List.of(new DataPoint(0, 95, 0), new DataPoint(1, 95, 0)), 0.5, null);
        RecordingSurface r = new RecordingSurface();
        double width = 600;
        double height = 200;
        new LineChart(spec).draw(r, width, height);
        double titleBottom = FigureChrome.titleHeight(spec.title(), spec.subtitle());
        List<double[]> legends = r.rects.stream().filter(b -> b[4] < 1).toList(); // the legend's translucent box
        assertEquals(1, legends.size());
        assertTrue(legends.get(0)[1] >= titleBottom, "legend top " + legends.get(0)[1] + " under the title " + titleBottom);
        assertTrue(r.texts.stream().noneMatch(t -> t.text().endsWith("…")), "no axis or title text shortened");

        // the calibration chart's y title is short enough to read whole in such a figure
        LineChartSpec calibration = ReliabilityDiagram.spec("Calibration of prm step probabilities", "prm",
                List.of(), Double.NaN, 0, null);
        RecordingSurface c = new RecordingSurface();
        new LineChart(calibration).draw(c, width, height);
        assertTrue(c.texts.stream().anyMatch(t -> t.style().vertical() && t.text().equals(calibration.yAxis().label())),
                "the y title whole: " + c.texts.stream().filter(t -> t.style().vertical()).toList());
    }

    @Test
    void theDarkThemeSwapsNeutralsAndKeepsMethodColours() {
        RecordingSurface r = new RecordingSurface();
        new LineChart(bestOfN("Best-of-N")).draw(ChartTheme.DARK.on(r), 400, 300);
        assertEquals(ChartTheme.DARK.color(Palette.PAPER), r.fills.get(0), "the background is the dark canvas");
        assertTrue(r.texts.stream().noneMatch(t -> t.style().color().equals(Palette.INK)), "no dark ink on dark paper");
        assertEquals(Palette.BLUE, ChartTheme.DARK.color(Palette.BLUE));
        assertEquals(Palette.PAPER, ChartTheme.LIGHT.color(Palette.PAPER));
    }
}
