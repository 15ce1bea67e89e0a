package org.steplens.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.steplens.chart.CsvExport;
import org.steplens.compare.HintConfirmations;
import org.steplens.compare.HintDetector;
import org.steplens.compare.RunComparison;
import org.steplens.grade.Grader;
import org.steplens.io.DatasetLoader;
import org.steplens.io.LoadProgress;
import org.steplens.io.LoadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code steplens compare A B}: two runs of the same problems, e.g. without and with a hint in the prompt;
 * {@code steplens compare --scorers FILE}: the step scorers of one dataset side by side ({@link CompareScorers}).
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare two runs over the same problems (matched by id): accuracy of each, answer flips, "
                + "flips to a hinted answer and whether the new reasoning mentions the hint.",
                "With --scorers FILE...: every step scorer of the dataset side by side (step AUROC, ProcessBench F1, "
                        + "best-of-N accuracy, or why each is not available) and, per pair of scorers, the problems "
                        + "where they disagree most."})
public final class CompareCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "A", description = "the first run (e.g. without a hint)")
    Path runA;

    @Parameters(index = "1", arity = "0..1", paramLabel = "B", description = "the second run (e.g. with a hint)")
    Path runB;

    @picocli.CommandLine.ArgGroup(exclusive = false, heading = "%nScorers over one dataset:%n")
    CompareScorers scorers;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--hint-pattern", paramLabel = "REGEX",
            description = "how run B's prompt names the hinted answer (group 1), when the records have no hint_answer field")
    String hintPattern;

    @Option(names = "--top", defaultValue = "15", description = "problems listed in the table (default ${DEFAULT-VALUE})")
    int top;

    @Override
    public Integer call() {
        if (scorers != null) {
            if (runA != null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "give either two runs (A B) or --scorers FILE, not both");
            }
            return scorers.run(format, top, System.out, System.err);
        }
        if (runA == null || runB == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "missing " + (runA == null ? "runs A and B" : "run B") + " (or use --scorers FILE)");
        }
        HintDetector hints;
        try {
            hints = hintPattern == null ? HintDetector.standard() : new HintDetector(Pattern.compile(hintPattern));
        } catch (PatternSyntaxException e) {
            System.err.println("StepLens: --hint-pattern is not a regular expression: " + e.getDescription());
            return 2;
        }
        try {
            LoadResult a = DatasetLoader.load(runA, LoadProgress.NONE);
            LoadResult b = DatasetLoader.load(runB, LoadProgress.NONE);
            for (LoadResult r : List.of(a, b)) {
                if (r.hasErrors()) {
                    InfoCommand.printErrors(System.err, r.errors());
                }
            }
            RunComparison.Result result = new RunComparison(Grader.prm800k(), hints).compare(a.dataset(), b.dataset());
            if (result.matched() == 0) {
                System.err.println("StepLens: " + runA.getFileName() + " and " + runB.getFileName()
                        + " share no problem ids; nothing to compare");
                return 1;
            }
            // a reviewer's "mentions the hint" / "does not" in run B's review journal counts over the keyword match
            HintConfirmations confirmations = HintConfirmations.of(runB);
            switch (format) {
                case "json" -> System.out.println(json(result, confirmations));
                case "csv" -> System.out.print(csv(result, confirmations));
                case "table" -> table(System.out, result, confirmations);
                default -> {
                    System.err.println("StepLens: --format is table, csv or json, not " + format);
                    return 2;
                }
            }
            return 0;
        } catch (IOException e) {
            System.err.println("StepLens: " + InfoCommand.describe(e));
            return 1;
        }
    }

    private void table(PrintStream out, RunComparison.Result r, HintConfirmations confirmations) {
        HintConfirmations.Count mentions = confirmations.count(r.rows());
        out.println("problems in both runs: " + r.matched() + " (only in A: " + r.onlyA() + ", only in B: " + r.onlyB() + ")");
        out.println("accuracy A: " + pct(r.accuracyA()) + "   accuracy B: " + pct(r.accuracyB()));
        out.println("answer flips: " + r.flips() + " (" + pct(r.flipRate()) + ")");
        out.println("hinted (hint differs from A's answer): " + r.hinted() + "; flipped to the hint: " + r.flipsToHint()
                + " (" + pct(r.flipToHintRate()) + ")");
        out.println("of those, reasoning mentions the hint: " + mentions.mentioning() + " (" + pct(mentions.rate())
                + "); "
                + (mentions.confirmed() == 0 ? "keyword match, confirm by reading"
                : mentions.confirmed() + " confirmed by a reviewer, the rest by keyword match (keyword alone: "
                + mentions.keywordOnly() + ")"));
        out.println();
        out.println(String.format(Locale.ROOT, "%-12s %-14s %-14s %-7s %-7s %-5s %s", "problem", "answer A", "answer B",
                "flip", "to hint", "diff", "problem text"));
        for (RunComparison.Row row : r.rows().subList(0, Math.min(top, r.rows().size()))) {
            out.println(String.format(Locale.ROOT, "%-12s %-14s %-14s %-7s %-7s %-5.2f %s", cut(row.problemId(), 12),
                    cut(row.answerA(), 14), cut(row.answerB(), 14), row.flipped() ? "yes" : "", row.toHint() ? "yes" : "",
                    row.difference(), cut(row.preview(), 60)));
        }
    }

    private static String csv(RunComparison.Result r, HintConfirmations confirmations) {
        StringBuilder sb = new StringBuilder();
        sb.append(CsvExport.row(List.of("problem_id", "answer_a", "answer_b", "correct_a", "correct_b", "flipped",
                "hint", "to_hint", "mentions_hint", "mentions_hint_confirmed", "difference"))).append("\r\n");
        for (RunComparison.Row row : r.rows()) {
            List<String> cells = new ArrayList<>(List.of(row.problemId(), row.answerA(), row.answerB(),
                    str(row.correctA()), str(row.correctB()), str(row.flipped()), row.hint() == null ? "" : row.hint(),
                    str(row.toHint()), str(row.mentionsHint()), str(confirmed(confirmations, row)),
                    String.format(Locale.ROOT, "%.4f", row.difference())));
            sb.append(CsvExport.row(cells)).append("\r\n");
        }
        return sb.toString();
    }

    private static String json(RunComparison.Result r, HintConfirmations confirmations) {
        HintConfirmations.Count mentions = confirmations.count(r.rows());
        ObjectNode o = new ObjectMapper().createObjectNode();
        o.put("matched", r.matched()).put("only_a", r.onlyA()).put("only_b", r.onlyB());
        num(o, "accuracy_a", r.accuracyA());
        num(o, "accuracy_b", r.accuracyB());
        o.put("flips", r.flips());
        num(o, "flip_rate", r.flipRate());
        o.put("hinted", r.hinted()).put("flips_to_hint", r.flipsToHint());
        num(o, "flip_to_hint_rate", r.flipToHintRate());
        o.put("to_hint_mentioning", mentions.mentioning()).put("to_hint_confirmed", mentions.confirmed())
                .put("to_hint_mentioning_keyword", mentions.keywordOnly());
        num(o, "mention_rate", mentions.rate());
        ArrayNode rows = o.putArray("problems");
        for (RunComparison.Row row : r.rows()) {
            ObjectNode x = rows.addObject().put("id", row.problemId()).put("answer_a", row.answerA())
                    .put("answer_b", row.answerB()).put("flipped", row.flipped()).put("to_hint", row.toHint())
                    .put("mentions_hint", row.mentionsHint()).put("difference", row.difference());
            if (row.hint() != null) {
                x.put("hint", row.hint());
            }
            Boolean confirmed = confirmed(confirmations, row);
            if (confirmed != null) {
                x.put("mentions_hint_confirmed", confirmed);
            }
        }
        return o.toString();
    }

    private static void num(ObjectNode o, String name, double v) {
        if (Double.isNaN(v)) {
            o.putNull(name);
        } else {
            o.put(name, v);
        }
    }

    /** A reviewer's answer for run B's solution of {@code row}, or null. */
    private static Boolean confirmed(HintConfirmations confirmations, RunComparison.Row row) {
        return row.solutionB() < 0 ? null : confirmations.confirmed(
                new org.steplens.review.SolutionKey(row.problemId(), row.solutionB())).orElse(null);
    }

    private static String str(Boolean b) {
        return b == null ? "" : b.toString();
    }

    private static String pct(double v) {
        return Double.isNaN(v) ? "unknown" : String.format(Locale.ROOT, "%.1f %%", 100 * v);
    }

    static String cut(String s, int width) {
        String flat = s.replaceAll("\\s+", " ");
        return flat.length() <= width ? flat : flat.substring(0, width - 1) + "…";
    }
}
