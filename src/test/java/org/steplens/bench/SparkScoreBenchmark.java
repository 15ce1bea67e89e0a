package org.steplens.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaSparkContext;
import org.steplens.io.DatasetLoader;
import org.steplens.io.LoadProgress;
import org.steplens.model.Dataset;
import org.steplens.score.DevicePreference;
import org.steplens.score.PrmModel;
import org.steplens.score.ScoreProgress;
import org.steplens.score.ScoreResult;
import org.steplens.score.Scorer;
import org.steplens.spark.SparkScoreJob;
import org.steplens.spark.SparkScoreRequest;
import org.steplens.spark.SparkScoreSummary;
import org.steplens.spark.SparkSessions;

/**
 * Tokens per second of the bundled PRM in one process (the {@link Scorer} as {@code steplens score} runs it) and
 * as a Spark job on {@code local[2]} (planning, shipping native lines, scoring, part files, merge), on the same
 * ProcessBench MATH solutions; medians after one warm-up run each. On local[2] both task threads share the one
 * model of the executor JVM, so about 1x is expected: the difference is the job's overhead. Spark's own start-up
 * is timed separately (paid once per job).
 *
 * <p>Usage: {@code app/bench SparkScoreBenchmark [SOLUTIONS=200] [RUNS=3] [PARTITIONS=4] [MASTER=local[2]]}
 */
public final class SparkScoreBenchmark {
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int partitions = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        String master = args.length > 3 ? args[3] : "local[2]";
        Dataset all = DatasetLoader.load(ScoreBenchmark.DATA, LoadProgress.NONE).dataset();
        Dataset data = all.withProblems(all.problems().subList(0, Math.min(n, all.problemCount())));
        System.out.printf(Locale.ROOT, "ProcessBench math, first %d solutions, model %s, CPU; %d runs (median) after "
                + "one warm-up; %d cores%n", data.solutionCount(), ScoreBenchmark.MODEL, runs,
                Runtime.getRuntime().availableProcessors());

        double[] single = new double[runs];
        try (PrmModel model = PrmModel.open(ScoreBenchmark.MODEL, DevicePreference.CPU)) {
            for (int r = -1; r < runs; r++) {
                long start = System.nanoTime();
                ScoreResult result = new Scorer(model, null, model.spec().batchSize()).score(data, ScoreProgress.NONE);
                double seconds = (System.nanoTime() - start) / 1e9;
                if (r >= 0) {
                    single[r] = result.tokens() / seconds;
                }
            }
        }
        System.out.printf(Locale.ROOT, "single process: tokens_per_s=%.0f runs=%s%n", ScoreBenchmark.median(single), rounded(single));

        Path scratch = Files.createTempDirectory(Path.of("target"), "spark-bench");
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        double[] spark = new double[runs];
        try {
            long startSpark = System.nanoTime();
            JavaSparkContext context = SparkSessions.start(master, Map.of("spark.ui.enabled", "false"));
            System.out.printf(Locale.ROOT, "spark %s: context start %.1f s (once per job)%n", master,
                    (System.nanoTime() - startSpark) / 1e9);
            try {
                for (int r = -1; r < runs; r++) {
                    Path run = Files.createDirectory(scratch.resolve("run" + (r + 1)));
                    SparkScoreRequest request = new SparkScoreRequest(ScoreBenchmark.DATA, data, ScoreBenchmark.MODEL,
                            DevicePreference.CPU, null, partitions, run.resolve("work"), run.resolve("out.jsonl"));
                    long start = System.nanoTime();
                    SparkScoreSummary s = new SparkScoreJob(() -> context, quiet).run(request);
                    double seconds = (System.nanoTime() - start) / 1e9;
                    if (r < 0) {
                        System.out.printf(Locale.ROOT, "spark %s: warm-up (opens the executor's model) %.1f s%n",
                                master, seconds);
                    } else {
                        spark[r] = s.tokens() / seconds;
                    }
                }
            } finally {
                context.stop();
            }
        } finally {
            deleteTree(scratch);
        }
        System.out.printf(Locale.ROOT, "spark %s, %d partitions: tokens_per_s=%.0f runs=%s%n", master, partitions,
                ScoreBenchmark.median(spark), rounded(spark));
        System.out.printf(Locale.ROOT, "spark / single = %.2f (job overhead %.0f%%, Spark start-up not included)%n",
                ScoreBenchmark.median(spark) / ScoreBenchmark.median(single), 100 * (ScoreBenchmark.median(single) / ScoreBenchmark.median(spark) - 1));
    }

    private static String rounded(double[] v) {
        return Arrays.toString(Arrays.stream(v).mapToLong(Math::round).toArray());
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
