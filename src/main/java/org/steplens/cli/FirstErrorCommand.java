package org.steplens.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.steplens.analyze.Auroc;
import org.steplens.analyze.Calibration;
import org.steplens.analyze.LabelledSteps;
import org.steplens.analyze.PredictionsFile;
import org.steplens.analyze.ProcessBenchMetrics;
import org.steplens.analyze.ProcessBenchReport;
import org.steplens.analyze.SubsetMetrics;
import org.steplens.cli.BonCommand.Format;
import org.steplens.model.Dataset;
import org.steplens.select.StepScoring;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code steplens first-error FILE...}: ProcessBench-style first-error metrics per subset. */
@Command(name = "first-error", mixinStandardHelpOptions = true,
        description = {"ProcessBench metrics per subset: accuracy on erroneous records (first error found exactly), "
                + "accuracy on correct records, their harmonic mean F1, and the average F1. Predictions come from a "
                + "scorer's step probabilities at a threshold (first step below it), or from --predictions."})
public final class FirstErrorCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "labelled data (e.g. the four ProcessBench files), read as one dataset")
    List<Path> files;

    @Option(names = "--scorer", description = "step scorer (default: prm, or the file's only step scorer)")
    String scorer;

    @Option(names = "--threshold", defaultValue = "0.5", paramLabel = "X|auto", description = "first step with "
            + "probability below X is the predicted error; auto = the F1-best threshold on --tune-on applied to all "
            + "subsets, as ProcessBench does (default ${DEFAULT-VALUE})")
    String threshold;

    @Option(names = "--tune-on", defaultValue = "gsm8k", description = "subset for --threshold auto (default ${DEFAULT-VALUE})")
    String tuneOn;

    @Option(names = "--predictions", paramLabel = "FILE", description = "JSONL or JSON array of {\"id\", \"prediction\"} "
            + "to score instead of a scorer")
    Path predictions;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default ${DEFAULT-VALUE})")
    Format format;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        Dataset dataset = BonCommand.load(files, err);
        if (dataset == null) {
            return 1;
        }
        scorer = StepScorerChoice.resolve(dataset, scorer);
        try {
            ProcessBenchReport report;
            String source;
            double auroc = Double.NaN;
            double ece = Double.NaN;
            if (predictions != null) {
                report = ProcessBenchMetrics.compute(dataset, PredictionsFile.read(predictions));
                source = "predictions from " + predictions;
            } else {
                StepScoring scoring = StepScoring.of(scorer);
                List<LabelledSteps> labelled = LabelledSteps.of(dataset, scoring);
                if (labelled.isEmpty()) {
                    throw new IllegalArgumentException("no solution has both a human first-error label and step "
                            + "probabilities under '" + scorer + "'; step scorers: " + dataset.stepScorers());
                }
                if (threshold.equalsIgnoreCase("auto")) {
                    report = ProcessBenchMetrics.computeTuned(dataset, scoring, tuneOn);
                } else {
                    report = ProcessBenchMetrics.compute(dataset, scoring, parseThreshold(threshold));
                }
                source = String.format(Locale.ROOT, "scorer '%s', threshold %s%s", scorer, report.threshold(),
                        report.tunedOn() == null ? "" : " (best F1 on " + report.tunedOn() + ")");
                auroc = Auroc.ofSteps(dataset, scoring, true);
                ece = Calibration.of(dataset, scoring, 10, true).ece();
            }
            if (report.subsets().isEmpty()) {
                throw new IllegalArgumentException("no first-error labels in " + dataset.name());
            }
            switch (format) {
                case table -> printTable(out, dataset, source, report, auroc, ece);
                case csv -> printCsv(out, report);
                case json -> out.println(json(dataset, report, auroc, ece));
            }
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("steplens first-error: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("steplens first-error: " + InfoCommand.describe(e));
            return 1;
        }
    }

    static double parseThreshold(String text) {
        try {
            double t = Double.parseDouble(text);
            if (t >= 0 && t <= 1) {
                return t;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--threshold must be a number from 0 to 1 or 'auto', got '" + text + "'");
    }

    private static void printTable(PrintStream out, Dataset d, String source, ProcessBenchReport r, double auroc, double ece) {
        out.printf(Locale.ROOT, "%s (%s): %s%n", d.name(), d.format(), source);
        out.printf(Locale.ROOT, "%-16s %9s %8s %14s %12s %6s%n", "subset", "erroneous", "correct", "acc_erroneous",
                "acc_correct", "F1");
        for (SubsetMetrics m : r.subsets()) {
            out.printf(Locale.ROOT, "%-16s %9d %8d %14.1f %12.1f %6.1f%n", m.subset(), m.erroneous(), m.correct(),
                    100 * m.accuracyErroneous(), 100 * m.accuracyCorrect(), 100 * m.f1());
        }
        out.printf(Locale.ROOT, "%-16s %52.1f%n", "average", 100 * r.averageF1());
        if (!Double.isNaN(auroc)) {
            out.printf(Locale.ROOT, "step AUROC %.3f, calibration error (10 bins) %.3f%n", auroc, ece);
        }
    }

    private static void printCsv(PrintStream out, ProcessBenchReport r) {
        out.println("subset,erroneous,correct,acc_erroneous,acc_correct,f1");
        for (SubsetMetrics m : r.subsets()) {
            out.printf(Locale.ROOT, "%s,%d,%d,%s,%s,%s%n", m.subset(), m.erroneous(), m.correct(),
                    m.accuracyErroneous(), m.accuracyCorrect(), m.f1());
        }
        out.printf(Locale.ROOT, "average,,,,,%s%n", r.averageF1());
    }

    private String json(Dataset d, ProcessBenchReport r, double auroc, double ece) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("dataset", d.name());
        root.put("format", d.format());
        if (predictions != null) {
            root.put("predictions", predictions.toString());
        } else {
            root.put("scorer", scorer);
            root.put("threshold", r.threshold());
            if (r.tunedOn() != null) {
                root.put("tunedOn", r.tunedOn());
            }
            putNumber(root, "stepAuroc", auroc);
            putNumber(root, "calibrationError", ece);
        }
        ArrayNode subsets = root.putArray("subsets");
        for (SubsetMetrics m : r.subsets()) {
            subsets.addObject().put("subset", m.subset()).put("erroneous", m.erroneous()).put("correct", m.correct())
                    .put("accErroneous", m.accuracyErroneous()).put("accCorrect", m.accuracyCorrect()).put("f1", m.f1());
        }
        root.put("averageF1", r.averageF1());
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void putNumber(ObjectNode node, String name, double value) {
        if (Double.isNaN(value)) {
            node.putNull(name);
        } else {
            node.put(name, value);
        }
    }
}
