package org.steplens.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.steplens.io.AtomicWrite;
import org.steplens.io.DatasetLoader;
import org.steplens.io.LoadProgress;
import org.steplens.model.Dataset;
import org.steplens.model.Solution;
import org.steplens.review.Agreement;
import org.steplens.review.AgreementReport;
import org.steplens.review.DatasetFingerprint;
import org.steplens.review.Rater;
import org.steplens.review.ReviewExport;
import org.steplens.review.ReviewImport;
import org.steplens.review.ReviewState;
import org.steplens.review.SolutionKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code steplens review export|agreement|merge}: reviews made in the app, from the command line. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = "Export, compare and merge reviews (NAME.steplens-review.jsonl journals or exports).",
        subcommands = {ReviewCommand.Export.class, ReviewCommand.AgreementCmd.class, ReviewCommand.Merge.class})
public final class ReviewCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** {@code review export REVIEW -o OUT --format prm800k|csv|native [--dataset FILE]}. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write a review as PRM800K-shaped JSONL, CSV (one row a step) or a native snapshot.")
    static final class Export implements Callable<Integer> {
        @Parameters(paramLabel = "REVIEW", arity = "1..*", description = "review journals or exports (merged)")
        List<Path> reviews;

        @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "file to write")
        Path output;

        @Option(names = "--format", defaultValue = "prm800k", description = "prm800k, csv or native (default ${DEFAULT-VALUE})")
        String format;

        @Option(names = "--dataset", paramLabel = "FILE",
                description = "the reviewed data (default: the file the review names, beside it)")
        Path dataset;

        @Override
        public Integer call() {
            try {
                ReviewExport.Format f = ReviewExport.Format.valueOf(format.toUpperCase(Locale.ROOT));
                ReviewImport.Imported imported = loadReviews(reviews);
                if (Inputs.isAnyOf(output, reviews, dataset)) {
                    System.err.println("StepLens: " + output + " is one of the inputs; choose another output");
                    return 2;
                }
                ReviewState state = new ReviewState();
                state.applyAll(imported.edits());
                if (state.reviewers().isEmpty()) {
                    System.err.println("StepLens: the review holds no reviewed solutions; " + output + " was not written");
                    return 1;
                }
                Path data = dataset != null ? dataset : guessDataset(reviews.get(0), imported.dataset());
                Dataset ds = f == ReviewExport.Format.NATIVE && data == null ? new Dataset("", "", List.of())
                        : loadDataset(data);
                DatasetFingerprint fp = imported.dataset() != null ? imported.dataset()
                        : DatasetFingerprint.of(data);
                int[] count = new int[1];
                AtomicWrite.write(output, out -> count[0] = ReviewExport.write(f, state, fp,
                        new Rater.DatasetIndex(ds), out));
                System.out.println("wrote " + count[0] + " reviewed solutions (" + format + ") to " + output);
                return 0;
            } catch (IllegalArgumentException e) {
                System.err.println("StepLens: " + e.getMessage());
                return 2;
            } catch (IOException e) {
                System.err.println("StepLens: " + InfoCommand.describe(e));
                return 1;
            }
        }
    }

    /** {@code review agreement A [B ...] [--dataset FILE] [--prm SCORER] [--labels]}. */
    @Command(name = "agreement", mixinStandardHelpOptions = true,
            description = "Agreement between reviewers (Cohen's kappa, Krippendorff's alpha, first wrong step), "
                    + "and with the PRM or the dataset's own labels.")
    static final class AgreementCmd implements Callable<Integer> {
        @Parameters(paramLabel = "REVIEW", arity = "1..*", description = "review journals or exports")
        List<Path> reviews;

        @Option(names = "--dataset", paramLabel = "FILE", description = "the reviewed data (default: named by the review)")
        Path dataset;

        @Option(names = "--prm", paramLabel = "SCORER", description = "add a step scorer as a rater (+1 at or above the threshold, -1 below)")
        String prm;

        @Option(names = "--threshold", defaultValue = "0.5", description = "for --prm (default ${DEFAULT-VALUE})")
        double threshold;

        @Option(names = "--labels", description = "add the dataset's own human labels (PRM800K ratings, ProcessBench first errors)")
        boolean labels;

        @Option(names = "--format", defaultValue = "table", description = "table or json (default ${DEFAULT-VALUE})")
        String format;

        @Override
        public Integer call() {
            try {
                ReviewImport.Imported imported = loadReviews(reviews);
                ReviewState state = new ReviewState();
                state.applyAll(imported.edits());
                Path data = dataset != null ? dataset : guessDataset(reviews.get(0), imported.dataset());
                Dataset ds = data == null ? null : loadDataset(data);
                List<Rater> raters = new ArrayList<>();
                Set<SolutionKey> solutions = new LinkedHashSet<>();
                for (String reviewer : state.reviewers()) {
                    Rater r = Rater.reviewer(state, reviewer);
                    raters.add(r);
                    solutions.addAll(r.solutions());
                }
                if ((prm != null || labels) && ds == null) {
                    System.err.println("StepLens: --prm and --labels need the dataset (--dataset FILE)");
                    return 2;
                }
                if (prm != null) {
                    org.steplens.select.StepScoring rule = org.steplens.select.StepScoring.of(prm);
                    raters.add(Rater.prm(prm + " @ " + String.format(Locale.ROOT, "%.2f", threshold), ds, s -> {
                        double[] p = rule.probabilities(s);
                        return p.length == 0 ? null : p;
                    }, threshold));
                }
                if (labels) {
                    raters.add(Rater.datasetLabels(ds));
                }
                if (raters.size() < 2) {
                    System.err.println("StepLens: agreement needs two raters; found " + raters.size()
                            + " (add reviews, --prm SCORER or --labels)");
                    return 1;
                }
                Rater.DatasetIndex index = ds == null ? null : new Rater.DatasetIndex(ds);
                AgreementReport report = Agreement.of(raters, solutions, key -> stepCount(index, state, key));
                imported.notices().forEach(n -> System.err.println("StepLens: " + n));
                if ("json".equals(format)) {
                    System.out.println(json(report));
                } else {
                    printTable(System.out, report);
                }
                return 0;
            } catch (IOException e) {
                System.err.println("StepLens: " + InfoCommand.describe(e));
                return 1;
            }
        }

        private static int stepCount(Rater.DatasetIndex index, ReviewState state, SolutionKey key) {
            if (index != null) {
                return index.solution(key).map(Solution::stepCount).orElse(0);
            }
            int last = -1;
            for (String r : state.reviewers()) {
                var review = state.review(r, key);
                if (review.isPresent()) {
                    for (int step : review.get().ratings().keySet()) {
                        last = Math.max(last, step);
                    }
                }
            }
            return last + 1;
        }
    }

    /** {@code review merge A B ... -o OUT}: several reviewers' journals into one. */
    @Command(name = "merge", mixinStandardHelpOptions = true,
            description = "Merge review journals or exports (several reviewers, or one reviewer's sessions) into one journal.")
    static final class Merge implements Callable<Integer> {
        @Parameters(paramLabel = "REVIEW", arity = "2..*", description = "review journals or exports")
        List<Path> reviews;

        @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.steplens-review.jsonl")
        Path output;

        @Override
        public Integer call() {
            try {
                if (Inputs.isAnyOf(output, reviews, null)) {
                    System.err.println("StepLens: " + output + " is one of the inputs; choose another output");
                    return 2;
                }
                ReviewImport.Imported imported = ReviewImport.merge(reviews);
                imported.notices().forEach(n -> System.err.println("StepLens: " + n));
                ReviewState state = new ReviewState();
                state.applyAll(imported.edits());
                if (state.reviewers().isEmpty()) {
                    System.err.println("StepLens: the reviews hold nothing; " + output + " was not written");
                    return 1;
                }
                DatasetFingerprint fp = imported.dataset() != null ? imported.dataset()
                        : new DatasetFingerprint("unknown", -1, "");
                int[] count = new int[1];
                AtomicWrite.write(output, out -> count[0] = ReviewExport.write(ReviewExport.Format.NATIVE, state, fp,
                        new Rater.DatasetIndex(new Dataset("", "", List.of())), out));
                System.out.println("merged " + count[0] + " reviews by " + String.join(", ", state.reviewers())
                        + " into " + output);
                return 0;
            } catch (IOException e) {
                System.err.println("StepLens: " + InfoCommand.describe(e));
                return 1;
            }
        }
    }

    static ReviewImport.Imported loadReviews(List<Path> files) throws IOException {
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new java.nio.file.NoSuchFileException(f.toString(), null, "file not found");
            }
        }
        return ReviewImport.merge(files);
    }

    /** The dataset a review names, when a file of that name and content sits beside the review. */
    static Path guessDataset(Path review, DatasetFingerprint named) throws IOException {
        if (named == null || named.name().isEmpty()) {
            return null;
        }
        Path folder = review.toAbsolutePath().getParent();
        Path candidate = folder.resolve(named.name());
        if (Files.isRegularFile(candidate) && DatasetFingerprint.of(candidate).sameContent(named)) {
            return candidate;
        }
        return null;
    }

    static Dataset loadDataset(Path data) throws IOException {
        if (data == null) {
            throw new IllegalArgumentException("the reviewed dataset was not found beside the review; name it with --dataset FILE");
        }
        return DatasetLoader.load(data, LoadProgress.NONE).dataset();
    }

    static void printTable(PrintStream out, AgreementReport r) {
        org.steplens.review.AgreementSummary.lines(r, 10).forEach(out::println);
    }

    static String json(AgreementReport r) {
        ObjectMapper m = new ObjectMapper();
        ObjectNode o = m.createObjectNode();
        ArrayNode raters = o.putArray("raters");
        r.raters().forEach(raters::add);
        o.put("units", r.units());
        putNumber(o, "exact_agreement", r.exactAgreement());
        putNumber(o, "cohen_kappa", r.cohenKappa());
        putNumber(o, "krippendorff_alpha_ordinal", r.krippendorffAlpha());
        ArrayNode fe = o.putArray("first_error");
        for (AgreementReport.PairAgreement p : r.firstErrors()) {
            fe.addObject().put("a", p.a()).put("b", p.b()).put("compared", p.compared()).put("equal", p.equal());
        }
        if (r.confusion() != null) {
            ArrayNode c = o.putArray("confusion");
            for (int[] row : r.confusion()) {
                ArrayNode rr = c.addArray();
                for (int v : row) {
                    rr.add(v);
                }
            }
        }
        ArrayNode d = o.putArray("disagreements");
        for (AgreementReport.Disagreement x : r.disagreements()) {
            ObjectNode item = d.addObject().put("problem", x.solution().problemId())
                    .put("solution", x.solution().solution()).put("step", x.step());
            ObjectNode ratings = item.putObject("ratings");
            x.ratings().forEach(ratings::put);
        }
        return o.toString();
    }

    private static void putNumber(ObjectNode o, String name, double v) {
        if (Double.isNaN(v)) {
            o.putNull(name);
        } else {
            o.put(name, v);
        }
    }
}
