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
import org.steplens.chart.BestOfNFigures;
import org.steplens.chart.ChartExport;
import org.steplens.io.DatasetLoader;
import org.steplens.io.LoadResult;
import org.steplens.model.Dataset;
import org.steplens.model.Problem;
import org.steplens.model.Solution;
import org.steplens.select.BestOfNInput;
import org.steplens.select.BestOfNResult;
import org.steplens.select.BestOfNSettings;
import org.steplens.select.BestOfNSimulator;
import org.steplens.select.PrmAggregation;
import org.steplens.select.SelectionMethod;
import org.steplens.select.SelectionSettings;
import org.steplens.select.SimulationProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code steplens bon FILE...}: best-of-N accuracy curves by the protocol of Lightman et al. (2023). */
@Command(name = "bon", mixinStandardHelpOptions = true,
        description = {"Best-of-N accuracy per method and N: pad each problem's samples with empty slots up to "
                + "max(largest pool, largest N), shuffle, take the first N, drop empty and answerless ones, pick; "
                + "mean and standard deviation over trials."})
public final class BonCommand implements Callable<Integer> {

    /** Output formats shared by the analysis commands. */
    public enum Format { table, csv, json }

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "data files (any supported format), read as one dataset")
    List<Path> files;

    @Option(names = "--methods", paramLabel = "LIST", description = "comma-separated: majority, orm, prm, prm-vote, "
            + "orm-vote, oracle, random (default: majority plus orm and prm when the data has those scores)")
    String methods;

    @Option(names = "--n", paramLabel = "LIST", description = "comma-separated N values (default: the paper's "
            + "10..1860 when pools reach 1860, else 1, 2, 4, ... up to the largest pool)")
    String nValues;

    @Option(names = "--trials", defaultValue = "400", description = "shuffles per problem (default ${DEFAULT-VALUE})")
    int trials;

    @Option(names = "--seed", defaultValue = "0", description = "random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--aggregation", defaultValue = "product", description = "PRM solution score from step "
            + "probabilities: product, min or last, optionally -neutral-negative (default ${DEFAULT-VALUE})")
    String aggregation;

    @Option(names = "--scorer", description = "step scorer for the PRM (default: prm, or the file's only step scorer)")
    String scorer;

    @Option(names = "--orm-scorer", defaultValue = "orm", description = "solution scorer for the ORM (default ${DEFAULT-VALUE})")
    String ormScorer;

    @Option(names = "--threads", defaultValue = "0", description = "worker threads, 0 = one per processor")
    int threads;

    @Option(names = "--plot", paramLabel = "OUT", description = "also draw the curves to OUT (.png at 2x, or .svg), "
            + "with the settings embedded as provenance")
    Path plot;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        Dataset dataset = load(files, err);
        if (dataset == null) {
            return 1;
        }
        scorer = StepScorerChoice.resolve(dataset, scorer);
        try {
            PrmAggregation agg = PrmAggregation.parse(aggregation);
            SelectionSettings selection = SelectionSettings.defaults().withAggregation(agg).withScorers(scorer, ormScorer);
            List<SelectionMethod> chosen = chooseMethods(dataset, selection, err);
            BestOfNInput input = knownCorrectness(BestOfNInput.of(dataset, selection.withMethods(chosen)), dataset, err);
            int[] grid = nValues != null ? BestOfNSettings.parseNValues(nValues) : BestOfNSettings.defaultGrid(input.largestPool());
            BestOfNSettings settings = new BestOfNSettings(chosen, grid, trials, seed, threads);
            if (plot != null) {
                ChartExport.Format.forPath(plot); // a bad extension fails now, not after the simulation
            }
            BestOfNResult result = BestOfNSimulator.run(input, settings, SimulationProgress.NONE);
            switch (format) {
                case table -> printTable(out, dataset, agg, result);
                case csv -> printCsv(out, result);
                case json -> out.println(json(dataset, agg, seed, result));
            }
            if (plot != null) {
                BestOfNFigures.write(dataset.name(), result,
                        BestOfNFigures.provenance(dataset.name(), selection.withMethods(chosen), settings), plot);
                err.println("plot written to " + plot);
            }
            return 0;
        } catch (IOException e) {
            err.println("steplens bon: cannot write " + plot + ": " + e.getMessage());
            return 1;
        } catch (IllegalArgumentException e) {
            err.println("steplens bon: " + e.getMessage());
            return 1;
        }
    }

    /**
     * The problems whose every answered solution is known to be right or wrong; warns about the others. Counting
     * an unknown as wrong printed 0.0 % for a file without ground truth.
     */
    static BestOfNInput knownCorrectness(BestOfNInput input, Dataset dataset, PrintStream err) {
        if (dataset.solutionCount() == 0) {
            throw new CommandFailure(dataset.name() + " has " + dataset.problemCount() + " problems but no solutions "
                    + "(a problem set), so there is nothing to select from");
        }
        long unknown = input.unknownCandidates();
        if (unknown == 0) {
            return input;
        }
        BestOfNInput known = input.withoutUnknownCorrectness();
        if (known.problemCount() == 0) {
            // not "known for none": some solutions may be known, but no problem has all its answers known
            throw new CommandFailure("correctness is unknown for " + unknown + " answered solutions of "
                    + dataset.name() + " (no ground-truth answer and no correctness label), and every problem has "
                    + "some, so best-of-N accuracy cannot be measured");
        }
        err.printf(Locale.ROOT, "steplens bon: warning: correctness is unknown for %d answered solution(s) (no "
                        + "ground-truth answer or label); the %d problems that have them are left out: accuracy is "
                        + "over %d of %d problems%n", unknown, input.problemCount() - known.problemCount(),
                known.problemCount(), input.problemCount());
        return known;
    }

    /** Loads the files as one dataset; reports load errors on {@code err}; null when nothing could be read. */
    static Dataset load(List<Path> files, PrintStream err) {
        try {
            LoadResult result = DatasetLoader.loadAll(files, TerminalProgress.of(files));
            if (result.hasErrors()) {
                err.println(files.size() == 1 ? files.get(0) : result.dataset().name());
                InfoCommand.printErrors(err, result.errors());
            }
            if (result.dataset().problemCount() == 0) {
                err.println("steplens: no problems could be read from " + result.dataset().name());
                return null;
            }
            return result.dataset();
        } catch (IOException e) {
            err.println("steplens: " + InfoCommand.describe(e));
            return null;
        }
    }

    private List<SelectionMethod> chooseMethods(Dataset dataset, SelectionSettings selection, PrintStream err) {
        boolean hasPrm = any(dataset, s -> selection.aggregation().score(s, scorer).isPresent());
        boolean hasOrm = any(dataset, s -> s.score(ormScorer).isPresent());
        if (methods == null) {
            List<SelectionMethod> out = new ArrayList<>(List.of(SelectionMethod.MAJORITY));
            if (hasOrm) {
                out.add(SelectionMethod.ORM);
            }
            if (hasPrm) {
                out.add(SelectionMethod.PRM);
            }
            return out;
        }
        List<SelectionMethod> out = SelectionMethod.parseList(methods);
        for (SelectionMethod m : out) {
            boolean needsPrm = m == SelectionMethod.PRM || m == SelectionMethod.PRM_WEIGHTED_MAJORITY;
            boolean needsOrm = m == SelectionMethod.ORM || m == SelectionMethod.ORM_WEIGHTED_MAJORITY;
            if (needsPrm && !hasPrm) {
                throw new IllegalArgumentException(m.id() + " needs PRM scores, but no solution has step probabilities "
                        + "or a score under '" + scorer + "'; step scorers: " + dataset.stepScorers()
                        + ", solution scorers: " + dataset.solutionScorers());
            }
            if (needsOrm && !hasOrm) {
                throw new IllegalArgumentException(m.id() + " needs ORM scores, but no solution has a score under '"
                        + ormScorer + "'; solution scorers: " + dataset.solutionScorers());
            }
        }
        return out;
    }

    private static boolean any(Dataset d, java.util.function.Predicate<Solution> test) {
        for (Problem p : d.problems()) {
            for (Solution s : p.solutions()) {
                if (test.test(s)) {
                    return true;
                }
            }
        }
        return false;
    }

    private void printTable(PrintStream out, Dataset d, PrmAggregation agg, BestOfNResult r) {
        out.printf(Locale.ROOT, "%s (%s): %d problems, padded to %d slots; %d trials, seed %d%n", d.name(), d.format(),
                r.problemCount(), r.slotCount(), r.trials(), seed);
        if (r.methods().contains(SelectionMethod.PRM) || r.methods().contains(SelectionMethod.PRM_WEIGHTED_MAJORITY)) {
            out.printf(Locale.ROOT, "PRM score: %s of '%s' step probabilities%n", agg.label(), scorer);
        }
        out.println("accuracy %, mean ± standard deviation over trials");
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%6s", "N"));
        for (SelectionMethod m : r.methods()) {
            head.append(String.format(Locale.ROOT, "  %-14s", m.id()));
        }
        out.println(head.toString().stripTrailing());
        int[] n = r.nValues();
        for (int k = 0; k < n.length; k++) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%6d", n[k]));
            for (SelectionMethod m : r.methods()) {
                row.append(String.format(Locale.ROOT, "  %-14s",
                        String.format(Locale.ROOT, "%.1f ± %.1f", 100 * r.mean(m, k), 100 * r.std(m, k))));
            }
            out.println(row.toString().stripTrailing());
        }
    }

    private static void printCsv(PrintStream out, BestOfNResult r) {
        out.println("n,method,mean,std,trials,problems");
        int[] n = r.nValues();
        for (int k = 0; k < n.length; k++) {
            for (SelectionMethod m : r.methods()) {
                out.printf(Locale.ROOT, "%d,%s,%s,%s,%d,%d%n", n[k], m.id(), r.mean(m, k), r.std(m, k), r.trials(),
                        r.problemCount());
            }
        }
    }

    private String json(Dataset d, PrmAggregation agg, long seedUsed, BestOfNResult r) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("dataset", d.name());
        root.put("format", d.format());
        root.put("problems", r.problemCount());
        root.put("slots", r.slotCount());
        root.put("trials", r.trials());
        root.put("seed", seedUsed);
        root.put("aggregation", agg.label());
        root.put("scorer", scorer);
        root.put("ormScorer", ormScorer);
        ArrayNode results = root.putArray("results");
        int[] n = r.nValues();
        for (int k = 0; k < n.length; k++) {
            for (SelectionMethod m : r.methods()) {
                results.addObject().put("n", n[k]).put("method", m.id()).put("mean", r.mean(m, k)).put("std", r.std(m, k));
            }
        }
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
