package org.steplens.chart;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.steplens.model.Dataset;
import org.steplens.model.Problem;
import org.steplens.select.BestOfNResult;
import org.steplens.select.BestOfNSettings;
import org.steplens.select.SelectionMethod;
import org.steplens.select.SelectionSettings;

/**
 * Figures and tables from the select engine's {@link BestOfNResult}: the curves (numbers exactly as
 * {@code steplens bon} reports them, in %), the accuracy table, and breakdowns by subject and level.
 */
public final class BestOfNFigures {
    private BestOfNFigures() {
    }

    /** One curve per simulated method: mean and standard deviation over trials, in %. */
    public static List<MethodCurve> curves(BestOfNResult result) {
        List<MethodCurve> out = new ArrayList<>();
        int[] n = result.nValues();
        for (SelectionMethod m : result.methods()) {
            double[] mean = new double[n.length];
            double[] std = new double[n.length];
            for (int k = 0; k < n.length; k++) {
                mean[k] = 100 * result.mean(m, k);
                std[k] = 100 * result.std(m, k);
            }
            out.add(new MethodCurve(m.id(), n, mean, std));
        }
        return out;
    }

    /** What produced a result: dataset, scorers, aggregation, N grid, trials and seed. */
    public static Provenance provenance(String dataset, SelectionSettings selection, BestOfNSettings settings) {
        // name only the scorers the chosen methods read: "scorer prm=prm" on a file without PRM scores misleads
        List<String> scorers = new ArrayList<>();
        List<SelectionMethod> methods = settings.methods();
        boolean prm = methods.contains(SelectionMethod.PRM) || methods.contains(SelectionMethod.PRM_WEIGHTED_MAJORITY);
        if (prm) {
            scorers.add("prm=" + selection.prmScorer());
        }
        if (methods.contains(SelectionMethod.ORM) || methods.contains(SelectionMethod.ORM_WEIGHTED_MAJORITY)) {
            scorers.add("orm=" + selection.ormScorer());
        }
        Provenance.Builder b = Provenance.forDataset(dataset);
        if (!scorers.isEmpty()) {
            b.scorer(String.join(", ", scorers));
        }
        if (prm) {
            b.aggregation(selection.aggregation().label());
        }
        return b
                .nGrid(java.util.Arrays.stream(settings.nValues()).boxed().toList())
                .trials(settings.trials()).seed(settings.seed()).build();
    }

    /** The best-of-N figure; the paper's values appear when the problems are exactly MATH500. */
    public static LineChartSpec curvesSpec(String datasetName, BestOfNResult result, Provenance provenance) {
        return BestOfNPlot.spec(datasetName, curves(result), Math500.isMath500(result.problemIds()), provenance);
    }

    /** Writes the best-of-N figure as PNG (2×) or SVG by the file's extension: what {@code bon --plot} calls. */
    public static void write(String datasetName, BestOfNResult result, Provenance provenance, Path out)
            throws IOException {
        BestOfNPlot.write(curvesSpec(datasetName, result, provenance), out);
    }

    /** Accuracy per method at each N: columns N, then mean and s.d. (in %) for each method. */
    public static Table accuracyTable(BestOfNResult result) {
        List<String> columns = new ArrayList<>();
        columns.add("N");
        for (SelectionMethod m : result.methods()) {
            columns.add(m.id() + " mean %");
            columns.add(m.id() + " sd %");
        }
        List<List<String>> rows = new ArrayList<>();
        int[] n = result.nValues();
        for (int k = 0; k < n.length; k++) {
            List<String> row = new ArrayList<>();
            row.add(Integer.toString(n[k]));
            for (SelectionMethod m : result.methods()) {
                row.add(percent(result.mean(m, k)));
                row.add(percent(result.std(m, k)));
            }
            rows.add(row);
        }
        return new Table("Best-of-N accuracy (% solved) per method and N over " + result.trials() + " trials",
                columns, rows);
    }

    /** How to group problems in a breakdown. */
    public enum Grouping {
        SUBJECT("subject", p -> p.subject() == null ? "(no subject)" : p.subject()),
        LEVEL("level", p -> p.level() == null ? "(no level)" : "Level " + p.level());

        private final String label;
        private final Function<Problem, String> key;

        Grouping(String label, Function<Problem, String> key) {
            this.label = label;
            this.key = key;
        }

        public String label() {
            return label;
        }
    }

    /**
     * Accuracy at the N with index {@code nIndex} within each subject (or level), per method: for each trial, the
     * fraction of the group's problems solved; bars show the mean over trials and whiskers one s.d.
     */
    public static BarChartSpec breakdown(Dataset dataset, BestOfNResult result, int nIndex, Grouping grouping,
                                         Provenance provenance) {
        List<Problem> problems = dataset.problems();
        if (problems.size() != result.problemCount()) {
            throw new IllegalArgumentException("dataset has " + problems.size() + " problems, result "
                    + result.problemCount());
        }
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int p = 0; p < problems.size(); p++) {
            groups.computeIfAbsent(grouping.key.apply(problems.get(p)), k -> new ArrayList<>()).add(p);
        }
        List<String> categories = new ArrayList<>(groups.keySet());
        categories.sort(String::compareTo);
        List<BarGroup> bars = new ArrayList<>();
        int trials = result.trials();
        for (int mi = 0; mi < result.methods().size(); mi++) {
            SelectionMethod m = result.methods().get(mi);
            double[] mean = new double[categories.size()];
            double[] std = new double[categories.size()];
            for (int c = 0; c < categories.size(); c++) {
                List<Integer> members = groups.get(categories.get(c));
                double[] acc = new double[trials];
                for (int p : members) {
                    for (int t = 0; t < trials; t++) {
                        if (result.solved(m, nIndex, p, t)) {
                            acc[t]++;
                        }
                    }
                }
                double sum = 0;
                for (int t = 0; t < trials; t++) {
                    acc[t] = 100 * acc[t] / members.size();
                    sum += acc[t];
                }
                mean[c] = sum / trials;
                double ss = 0;
                for (double a : acc) {
                    ss += (a - mean[c]) * (a - mean[c]);
                }
                std[c] = Math.sqrt(ss / trials);
            }
            bars.add(new BarGroup(m.id(), MethodLabels.label(m.id()), Palette.forMethod(m.id(), mi), mean, std));
        }
        List<String> labelled = new ArrayList<>();
        for (String c : categories) {
            labelled.add(c + " (" + groups.get(c).size() + ")");
        }
        String title = String.format(Locale.ROOT, "Best-of-%d by %s: %s", result.nValues()[nIndex], grouping.label(),
                dataset.name());
        return new BarChartSpec(title, "mean ± 1 s.d. over " + trials + " trials; (problems per group)",
                Axis.fixed("% problems solved", 0, 100), labelled, bars, provenance);
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.2f", 100 * fraction);
    }
}
