package org.steplens.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.steplens.io.DatasetLoader;
import org.steplens.io.LoadResult;
import org.steplens.io.NativeJsonlWriter;
import org.steplens.io.OutputTarget;
import org.steplens.model.Dataset;
import org.steplens.model.Problem;
import org.steplens.model.Solution;
import org.steplens.score.CudaUnavailableException;
import org.steplens.score.DevicePreference;
import org.steplens.score.ModelFolderException;
import org.steplens.score.PrmModel;
import org.steplens.score.ScoreCache;
import org.steplens.score.ScoreProgress;
import org.steplens.score.ScoreResult;
import org.steplens.score.Scorer;
import org.steplens.score.ScoringException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code steplens score FILE --model DIR [--device auto|cpu|cuda] [-o OUT.jsonl]}: scores every solution with a
 * local PRM. With {@code -o} the whole dataset, scores included, is written in the native format; without it one
 * JSON line per solution goes to standard output. Diagnostics go to standard error.
 */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Score every solution with a local PRM (ONNX model folder), on CUDA when available.")
public final class ScoreCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "a data file in any supported format")
    Path file;

    @Option(names = "--model", required = true, paramLabel = "DIR",
            description = "model folder: model.onnx, tokenizer.json, prm.json")
    Path model;

    @Option(names = "--device", defaultValue = "auto", paramLabel = "auto|cpu|cuda",
            description = "auto: CUDA when it works, else the CPU (default); cuda: fail if CUDA does not work")
    String device;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.jsonl",
            description = "write the scored dataset here (native format, replaced atomically; - for standard output)")
    Path output;

    @Option(names = "--force", description = "allow the output to be the input file")
    boolean force;

    @Option(names = "--batch-size", paramLabel = "N", description = "solutions per forward pass (default: the model's)")
    Integer batchSize;

    @Option(names = "--no-cache", description = "neither read nor write the score cache")
    boolean noCache;

    @Option(names = "--spark", paramLabel = "MASTER", description = "score on Apache Spark: local[2], spark://host:7077, "
            + "yarn, k8s://..., or 'submit' for the master spark-submit set; needs -o (see docs/spark.md)")
    String spark;

    @Option(names = "--partitions", paramLabel = "N", description = "with --spark: partitions (default: one per 1000 solutions)")
    Integer partitions;

    @Option(names = "--work", paramLabel = "DIR", description = "with --spark: folder for part files and the manifest, "
            + "kept so a restarted job resumes (default: OUT.jsonl.parts)")
    Path work;

    @Override
    public Integer call() {
        PrintStream err = System.err;
        DevicePreference preference;
        try {
            preference = DevicePreference.parse(device);
        } catch (IllegalArgumentException e) {
            err.println("StepLens: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (batchSize != null && (batchSize < 1 || batchSize > Scorer.MAX_BATCH_SIZE)) {
            err.println("StepLens: --batch-size must be from 1 to " + Scorer.MAX_BATCH_SIZE + ", got " + batchSize);
            return ExitCodes.USAGE;
        }
        OutputTarget target = output == null ? null : OutputTarget.of(output);
        LoadResult loaded;
        try {
            if (target != null) {
                target.checkNotInput(List.of(file), force);
            }
            loaded = DatasetLoader.load(file, TerminalProgress.of(file));
        } catch (IOException e) {
            err.println("StepLens: " + InfoCommand.describe(e));
            return ExitCodes.FAILED;
        }
        if (loaded.hasErrors()) {
            err.println("StepLens: some records could not be read:");
            InfoCommand.printErrors(err, loaded.errors());
        }
        if (loaded.dataset().solutionCount() == 0) {
            err.println("StepLens: no solutions could be read from " + file
                    + (target == null ? "" : "; " + target + " was not written"));
            return ExitCodes.FAILED;
        }
        if (spark != null) {
            return SparkScoreRun.run(this, loaded.dataset(), preference, err);
        }
        try (PrmModel prm = PrmModel.open(model, preference)) {
            err.println("model " + prm.name() + " (" + prm.spec().convention() + ", hash " + prm.hash() + ") on "
                    + prm.device().describe());
            ScoreCache cache = noCache ? null : ScoreCache.forInput(file, prm.hash());
            int batch = batchSize != null ? batchSize : prm.spec().batchSize();
            long start = System.nanoTime();
            ScoreResult result = new Scorer(prm, cache, batch).score(loaded.dataset(), new ProgressLine(err));
            double seconds = (System.nanoTime() - start) / 1e9;
            for (String m : result.messages()) {
                err.println(m);
            }
            err.println(String.format(Locale.ROOT, "scored %d solutions, %d from the cache, %d not scored; "
                            + "%d tokens in %.1f s (%.0f tokens/s)", result.scored(), result.fromCache(),
                    result.skipped(), result.tokens(), seconds, result.tokens() / Math.max(seconds, 1e-9)));
            if (result.scored() + result.fromCache() == 0) {
                err.println("StepLens: no solution could be scored" + (target == null ? "" : "; " + target
                        + " was not written"));
                return ExitCodes.FAILED;
            }
            if (target != null) {
                NativeJsonlWriter.write(result.dataset(), target);
                err.println("wrote " + target);
            } else {
                printScores(result.dataset(), prm.name());
            }
            return ExitCodes.OK;
        } catch (ModelFolderException | CudaUnavailableException e) {
            err.println("StepLens: " + ModelErrors.describe(e));
            return 1;
        } catch (ScoringException e) {
            err.println("StepLens: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("StepLens: cannot write " + target + ": " + InfoCommand.describe(e));
            return ExitCodes.FAILED;
        }
    }

    /** One JSON line per solution: problem id, solution index (and id), score and step probabilities. */
    private static void printScores(Dataset dataset, String scorer) throws IOException {
        Writer out = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
        try (JsonGenerator g = new ObjectMapper().getFactory().createGenerator(out)) {
            g.setRootValueSeparator(null);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            for (Problem p : dataset.problems()) {
                for (int i = 0; i < p.solutionCount(); i++) {
                    Solution s = p.solution(i);
                    g.writeStartObject();
                    g.writeStringField("problem", p.id());
                    g.writeNumberField("solution", i);
                    if (s.id().isPresent()) {
                        g.writeStringField("solution_id", s.id().get());
                    }
                    g.writeFieldName("score");
                    if (s.score(scorer).isPresent()) {
                        g.writeNumber(s.score(scorer).getAsDouble());
                    } else {
                        g.writeNull();
                    }
                    g.writeArrayFieldStart("steps");
                    for (int k = 0; k < s.stepCount(); k++) {
                        if (s.stepProbability(scorer, k).isPresent()) {
                            g.writeNumber(s.stepProbability(scorer, k).getAsDouble());
                        } else {
                            g.writeNull();
                        }
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                    g.writeRaw('\n');
                }
            }
        }
        out.flush();
    }

    /** Progress on standard error, at most every tenth of the work. */
    private static final class ProgressLine implements ScoreProgress {
        private final PrintStream err;
        private long lastTenth = -1;

        ProgressLine(PrintStream err) {
            this.err = err;
        }

        @Override
        public void onProgress(long done, long total) {
            long tenth = total == 0 ? 10 : done * 10 / total;
            if (tenth != lastTenth && done < total) {
                err.println("scoring: " + done + " / " + total + " solutions");
            }
            lastTenth = tenth;
        }
    }
}
