package org.steplens.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.steplens.chart.CsvExport;
import org.steplens.compare.ScorerComparison;
import org.steplens.compare.ScorerComparison.Metric;
import org.steplens.compare.ScorerComparison.Pair;
import org.steplens.compare.ScorerComparison.ProblemDisagreement;
import org.steplens.compare.ScorerComparison.ScorerFigures;
import org.steplens.model.Dataset;
import org.steplens.select.PrmAggregation;
import org.steplens.select.SimulationProgress;
import picocli.CommandLine.Option;

/**
 * {@code steplens compare --scorers FILE...}: the options of the scorer comparison and its table, CSV and JSON. The
 * CSV has one row per scorer, then (after a blank line) one row per pair and problem.
 */
final class CompareScorers {
    @Option(names = "--scorers", required = true, arity = "1..*", paramLabel = "FILE",
            description = "a dataset with two or more step scorers (several files are read as one)")
    List<Path> files;

    @Option(names = "--threshold", defaultValue = "0.5", paramLabel = "X",
            description = "first step below X is the predicted first error (default ${DEFAULT-VALUE})")
    double threshold;

    @Option(names = "--aggregation", defaultValue = "product", description = "solution score for best-of-N and picks: "
            + "product|min|last[-neutral-negative] (default ${DEFAULT-VALUE})")
    String aggregation;

    @Option(names = "--trials", defaultValue = "400", description = "best-of-N trials (default ${DEFAULT-VALUE})")
    int trials;

    @Option(names = "--seed", defaultValue = "0", description = "best-of-N seed (default ${DEFAULT-VALUE})")
    long seed;

    int run(String format, int top, PrintStream out, PrintStream err) {
        if (!List.of("table", "csv", "json").contains(format)) {
            err.println("steplens compare: --format is table, csv or json, not " + format);
            return ExitCodes.USAGE;
        }
        if (!(threshold >= 0 && threshold <= 1) || trials < 1) {
            err.println("steplens compare: --threshold must be from 0 to 1 and --trials at least 1");
            return ExitCodes.USAGE;
        }
        PrmAggregation agg;
        try {
            agg = PrmAggregation.parse(aggregation);
        } catch (IllegalArgumentException e) {
            err.println("steplens compare: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        Dataset dataset = BonCommand.load(files, err);
        if (dataset == null) {
            return ExitCodes.FAILED;
        }
        ScorerComparison.Result result;
        try {
            result = new ScorerComparison(new ScorerComparison.Settings(threshold, agg, trials, seed))
                    .compare(dataset, SimulationProgress.NONE);
        } catch (IllegalArgumentException e) {
            err.println("steplens compare: " + e.getMessage());
            return ExitCodes.FAILED;
        }
        switch (format) {
            case "csv" -> out.print(csv(result));
            case "json" -> out.println(json(result));
            default -> table(out, result, top);
        }
        return ExitCodes.OK;
    }

    static void table(PrintStream out, ScorerComparison.Result r, int top) {
        out.printf(Locale.ROOT, "%s: %d step scorers, threshold %s, %s%s%n", r.dataset(), r.scorers().size(),
                r.threshold(), r.aggregation().label(), r.largestN() == 0 ? ""
                        : String.format(Locale.ROOT, ", best-of-N over %d trials", r.trials()));
        String bonHeader = r.largestN() == 0 ? "best-of-N" : "best-of-" + r.largestN();
        out.printf(Locale.ROOT, "%-32s %9s %8s %16s %11s%n", "scorer", "step AUROC", "F1 @ t", "best F1 (t)", bonHeader);
        java.util.Map<String, List<String>> notes = new java.util.LinkedHashMap<>();
        for (ScorerFigures f : r.scorers()) {
            String best = f.bestF1().isAvailable()
                    ? String.format(Locale.ROOT, "%.1f (%.3f)", 100 * f.bestF1().value(), f.bestThreshold()) : "–";
            out.printf(Locale.ROOT, "%-32s %9s %8s %16s %11s%n", CompareCommand.cut(f.scorer(), 32), fmt(f.stepAuroc(), false),
                    fmt(f.firstErrorF1(), true), best, fmt(f.bestOfN(), true));
            note(notes, f.scorer(), "step AUROC", f.stepAuroc());
            note(notes, f.scorer(), "first-error F1", f.firstErrorF1());
            note(notes, f.scorer(), "best-of-N", f.bestOfN());
        }
        notes.forEach((why, names) -> out.println("  " + why + (names.size() == r.scorers().size() ? ""
                : " (" + String.join(", ", names) + ")")));
        for (Pair p : r.pairs()) {
            out.println();
            out.printf(Locale.ROOT, "%s vs %s: %,d steps both scored, mean |ΔP| %s, same first error %s, same pick %s%n",
                    p.scorerA(), p.scorerB(), p.comparedSteps(), num(p.meanAbsDelta(), "%.3f"),
                    pct(p.firstErrorAgreement()), pct(p.pickAgreement()));
            out.printf(Locale.ROOT, "  %-14s %8s %16s %10s %9s  %s%n", "problem", "mean|ΔP|", "largest ΔP at",
                    "1st err ≠", "picks", "problem text");
            for (ProblemDisagreement d : p.problems().subList(0, Math.min(top, p.problems().size()))) {
                out.printf(Locale.ROOT, "  %-14s %8.3f %16s %10d %9s  %s%n", CompareCommand.cut(d.problemId(), 14), d.meanAbsDelta(),
                        String.format(Locale.ROOT, "%+.2f c%d s%d", d.worstDelta(), d.worstSolution() + 1,
                                d.worstStep() + 1), d.firstErrorDiffers(), picks(d), CompareCommand.cut(d.preview(), 50));
            }
        }
    }

    /** Collects "WHAT not available: WHY" with the scorers it applies to, so a shared reason prints once. */
    private static void note(java.util.Map<String, List<String>> notes, String scorer, String what, Metric m) {
        if (!m.isAvailable()) {
            notes.computeIfAbsent(what + " not available: " + m.unavailable(), k -> new ArrayList<>()).add(scorer);
        }
    }

    private static String picks(ProblemDisagreement d) {
        return (d.pickA() + 1) + (d.picksDiffer() ? " ≠ " : " = ") + (d.pickB() + 1);
    }

    static String csv(ScorerComparison.Result r) {
        StringBuilder sb = new StringBuilder();
        sb.append(CsvExport.row(List.of("scorer", "scored_solutions", "step_auroc", "labelled_steps", "f1_at_threshold",
                "best_f1", "best_threshold", "labelled_records", "best_of_n", "n", "not_available"))).append("\r\n");
        for (ScorerFigures f : r.scorers()) {
            List<String> why = new ArrayList<>();
            for (Metric m : List.of(f.stepAuroc(), f.firstErrorF1(), f.bestOfN())) {
                if (!m.isAvailable()) {
                    why.add(m.unavailable());
                }
            }
            sb.append(CsvExport.row(List.of(f.scorer(), Integer.toString(f.scoredSolutions()), csvNum(f.stepAuroc()),
                    Integer.toString(f.labelledSteps()), csvNum(f.firstErrorF1()), csvNum(f.bestF1()),
                    Double.isNaN(f.bestThreshold()) ? "" : Double.toString(f.bestThreshold()),
                    Integer.toString(f.labelledRecords()), csvNum(f.bestOfN()),
                    r.largestN() == 0 ? "" : Integer.toString(r.largestN()), String.join("; ", why)))).append("\r\n");
        }
        sb.append("\r\n");
        sb.append(CsvExport.row(List.of("scorer_a", "scorer_b", "problem_id", "compared_steps", "mean_abs_delta",
                "worst_candidate", "worst_step", "worst_delta", "first_error_differs", "pick_a", "pick_b"))).append("\r\n");
        for (Pair p : r.pairs()) {
            for (ProblemDisagreement d : p.problems()) {
                sb.append(CsvExport.row(List.of(p.scorerA(), p.scorerB(), d.problemId(), Integer.toString(d.comparedSteps()),
                        Double.toString(d.meanAbsDelta()), Integer.toString(d.worstSolution()),
                        Integer.toString(d.worstStep()), Double.toString(d.worstDelta()),
                        Integer.toString(d.firstErrorDiffers()), Integer.toString(d.pickA()),
                        Integer.toString(d.pickB())))).append("\r\n");
            }
        }
        return sb.toString();
    }

    static String json(ScorerComparison.Result r) {
        ObjectNode root = new ObjectMapper().createObjectNode();
        root.put("dataset", r.dataset()).put("threshold", r.threshold()).put("aggregation", r.aggregation().label())
                .put("trials", r.trials());
        ArrayNode n = root.putArray("n");
        for (int v : r.nValues()) {
            n.add(v);
        }
        ArrayNode scorers = root.putArray("scorers");
        for (ScorerFigures f : r.scorers()) {
            ObjectNode s = scorers.addObject().put("scorer", f.scorer()).put("scored_solutions", f.scoredSolutions())
                    .put("labelled_steps", f.labelledSteps()).put("labelled_records", f.labelledRecords());
            metric(s, "step_auroc", f.stepAuroc());
            metric(s, "f1_at_threshold", f.firstErrorF1());
            metric(s, "best_f1", f.bestF1());
            if (!Double.isNaN(f.bestThreshold())) {
                s.put("best_threshold", f.bestThreshold());
            }
            metric(s, "best_of_n", f.bestOfN());
            ArrayNode curve = s.putArray("best_of_n_curve");
            for (double v : f.bestOfNCurve()) {
                curve.add(v);
            }
        }
        ArrayNode pairs = root.putArray("pairs");
        for (Pair p : r.pairs()) {
            ObjectNode o = pairs.addObject().put("scorer_a", p.scorerA()).put("scorer_b", p.scorerB())
                    .put("compared_steps", p.comparedSteps());
            number(o, "mean_abs_delta", p.meanAbsDelta());
            number(o, "first_error_agreement", p.firstErrorAgreement());
            number(o, "pick_agreement", p.pickAgreement());
            ArrayNode problems = o.putArray("problems");
            for (ProblemDisagreement d : p.problems()) {
                problems.addObject().put("id", d.problemId()).put("compared_steps", d.comparedSteps())
                        .put("mean_abs_delta", d.meanAbsDelta()).put("worst_candidate", d.worstSolution())
                        .put("worst_step", d.worstStep()).put("worst_delta", d.worstDelta())
                        .put("first_error_differs", d.firstErrorDiffers()).put("pick_a", d.pickA())
                        .put("pick_b", d.pickB());
            }
        }
        return root.toString();
    }

    /** A figure, or {"value": null, "not_available": why}. */
    private static void metric(ObjectNode o, String name, Metric m) {
        if (m.isAvailable()) {
            o.put(name, m.value());
        } else {
            o.putNull(name);
            o.put(name + "_not_available", m.unavailable());
        }
    }

    private static void number(ObjectNode o, String name, double v) {
        if (Double.isNaN(v)) {
            o.putNull(name);
        } else {
            o.put(name, v);
        }
    }

    private static String fmt(Metric m, boolean percent) {
        if (!m.isAvailable()) {
            return "–";
        }
        return percent ? String.format(Locale.ROOT, "%.1f", 100 * m.value()) : String.format(Locale.ROOT, "%.3f", m.value());
    }

    private static String csvNum(Metric m) {
        return m.isAvailable() ? Double.toString(m.value()) : "";
    }

    private static String num(double v, String pattern) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, pattern, v);
    }

    private static String pct(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.1f %%", 100 * v);
    }
}
