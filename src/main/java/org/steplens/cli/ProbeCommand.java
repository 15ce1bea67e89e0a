package org.steplens.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.steplens.chart.ChartExport;
import org.steplens.chart.LineChart;
import org.steplens.chart.Provenance;
import org.steplens.grade.Grader;
import org.steplens.io.DatasetLoader;
import org.steplens.io.LoadProgress;
import org.steplens.io.LoadResult;
import org.steplens.io.NativeJsonlWriter;
import org.steplens.model.Dataset;
import org.steplens.probe.Perturbation;
import org.steplens.probe.ProbeFigure;
import org.steplens.probe.ProbeReport;
import org.steplens.probe.ProbeRunner;
import org.steplens.probe.ProbeScorer;
import org.steplens.score.CudaUnavailableException;
import org.steplens.score.DevicePreference;
import org.steplens.score.ModelFolderException;
import org.steplens.score.PrmModel;
import org.steplens.score.ScoreCache;
import org.steplens.score.Scorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code steplens probe FILE --model DIR --perturbation KIND}: how a PRM reacts to perturbed solutions. */
@Command(name = "probe", mixinStandardHelpOptions = true,
        description = "Perturb solutions (planted-error, swap, delete, truncate, hint, confident-end, or all), "
                + "re-score them with a local PRM and report how its step probabilities react.")
public final class ProbeCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "a data file in any supported format")
    Path file;

    @Option(names = "--model", required = true, paramLabel = "DIR", description = "model folder")
    Path model;

    @Option(names = "--perturbation", defaultValue = "all", paramLabel = "KIND",
            description = "planted-error, swap, delete, truncate, hint, confident-end or all (default ${DEFAULT-VALUE})")
    String perturbation;

    @Option(names = "--threshold", defaultValue = "0.5", description = "a step below it is flagged (default ${DEFAULT-VALUE})")
    double threshold;

    @Option(names = "--seed", defaultValue = "0", description = "picks the steps and numbers to change (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--device", defaultValue = "auto", paramLabel = "auto|cpu|cuda")
    String device;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.jsonl",
            description = "write the perturbed, scored solutions here (native format)")
    Path output;

    @Option(names = "--plot", paramLabel = "OUT.png|OUT.svg",
            description = "probability before and after by step offset (one file per perturbation when several)")
    Path plot;

    @Override
    public Integer call() {
        PrintStream err = System.err;
        List<Perturbation> kinds;
        DevicePreference preference;
        try {
            kinds = "all".equals(perturbation) ? List.of(Perturbation.values()) : List.of(Perturbation.parse(perturbation));
            preference = DevicePreference.parse(device);
            if (plot != null) {
                ChartExport.Format.forPath(plot);
            }
        } catch (IllegalArgumentException e) {
            err.println("StepLens: " + e.getMessage());
            return 2;
        }
        if (output != null && Inputs.isAnyOf(output, List.of(file), null)) {
            err.println("StepLens: " + output + " is the input file; choose another output");
            return 2;
        }
        try {
            LoadResult loaded = DatasetLoader.load(file, LoadProgress.NONE);
            if (loaded.dataset().problemCount() == 0) {
                err.println("StepLens: nothing could be read from " + file);
                InfoCommand.printErrors(err, loaded.errors());
                return 1;
            }
            try (PrmModel prm = PrmModel.open(model, preference)) {
                err.println("model " + prm.name() + " on " + prm.device().describe());
                Scorer scorer = new Scorer(prm, ScoreCache.forInput(file, prm.hash()), prm.spec().batchSize());
                ProbeScorer probeScorer = ProbeScorer.of(prm.name(), scorer);
                Grader grader = Grader.prm800k();
                List<org.steplens.model.Problem> allPerturbed = new ArrayList<>();
                printHeader(System.out);
                for (Perturbation kind : kinds) {
                    ProbeRunner.Result r = ProbeRunner.run(loaded.dataset(), kind, seed, threshold, grader, probeScorer);
                    printRow(System.out, r.report());
                    allPerturbed.addAll(r.perturbed().problems());
                    if (plot != null) {
                        Path target = kinds.size() == 1 ? plot : withSuffix(plot, kind.id());
                        Provenance provenance = Provenance.forDataset(file.getFileName().toString()).scorer(prm.name())
                                .modelHash(prm.hash()).threshold(threshold).seed(seed).build();
                        ChartExport.write(new LineChart(ProbeFigure.spec(r.report(), prm.name(), provenance)), target);
                        err.println("wrote " + target);
                    }
                }
                if (output != null) {
                    NativeJsonlWriter.write(new Dataset(loaded.dataset().name() + " (probed)", "StepLens", allPerturbed),
                            output);
                    err.println("wrote " + allPerturbed.size() + " perturbed solutions to " + output);
                }
                return 0;
            }
        } catch (ModelFolderException | CudaUnavailableException e) {
            err.println("StepLens: " + ModelErrors.describe(e));
            return 1;
        } catch (IOException e) {
            err.println("StepLens: " + InfoCommand.describe(e));
            return 1;
        } catch (Exception e) {
            err.println("StepLens: " + e.getMessage());
            return 1;
        }
    }

    private static void printHeader(PrintStream out) {
        out.println(String.format(Locale.ROOT, "%-14s %8s %8s %9s %9s %9s %9s %s", "perturbation", "applied", "n/a",
                "detected", "baseline", "drop", "P(step)", "hint: agreeing / others"));
    }

    private static void printRow(PrintStream out, ProbeReport r) {
        String hint = Double.isNaN(r.hintAgreeingDelta()) && Double.isNaN(r.hintOtherDelta()) ? ""
                : signed(r.hintAgreeingDelta()) + " / " + signed(r.hintOtherDelta());
        out.println(String.format(Locale.ROOT, "%-14s %8d %8d %9s %9s %9s %9s %s", r.kind().id(), r.applied(),
                r.notApplicable(), pct(r.detectionRate()), pct(r.baselineFlagRate()), num(r.meanDrop()),
                num(r.meanWatched()), hint));
    }

    private static String pct(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * v);
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String signed(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%+.4f", v);
    }

    private static Path withSuffix(Path plot, String suffix) {
        String name = plot.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return plot.resolveSibling(name.substring(0, dot) + "-" + suffix + name.substring(dot));
    }
}
