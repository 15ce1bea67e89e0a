package org.steplens.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.steplens.io.DatasetLoader;
import org.steplens.io.LoadProgress;
import org.steplens.io.LoadResult;
import org.steplens.model.Dataset;
import org.steplens.model.Problem;
import org.steplens.model.ScorerNames;
import org.steplens.model.Solution;
import org.steplens.model.ThreeWayProbability;

/**
 * Load throughput and memory of the model.
 *
 * <ol>
 *   <li>Generates (once, seeded) a file shaped like the Lightman scored samples: 500 problems × 1,860 samples, one
 *   JSON line per sample with steps of realistic length, three-way rating_probs, prm/orm scores.</li>
 *   <li>Loads it several times: median MB/s, peak heap during the load, retained heap of the loaded dataset. The
 *   dataset cache is off (the parser is what is measured, and the step text stays on the heap); bench-open times
 *   first opens and reopens with the cache, as a user runs them.</li>
 *   <li>Builds 1,000,000 solutions × 10 steps in memory and measures their retained heap.</li>
 * </ol>
 * Usage: {@code app/bench LoadBenchmark [runs] [problems] [samples]} (defaults 3, 500, 1860).
 */
public final class LoadBenchmark {
    private static final String[] WORDS = ("the of and to we is that so this a in for be can are it let "
            + "which as with by on equation value sum number then find product factor term since prime "
            + "$x$ $y$ $n$ $x^2$ $\\frac{1}{2}$ $2^{10}$ $\\sqrt{3}$ $a+b$ $3x-7=2$ $\\pi r^2$ $(x-1)(x+2)$ "
            + "square root divide multiply both sides get gives means therefore answer simplify substitute "
            + "triangle angle area circle radius side length integer remainder modulo coefficient").split(" ");

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("steplens.cache.off", "true"); // before the cache's defaults are read
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int problems = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int samples = args.length > 2 ? Integer.parseInt(args[2]) : 1860;
        Path file = Path.of("target", "bench", "lightman_" + problems + "x" + samples + ".jsonl");
        if (!Files.exists(file)) {
            long t0 = System.nanoTime();
            generate(file, problems, samples);
            System.out.printf(Locale.ROOT, "generated %s in %.1f s%n", file, (System.nanoTime() - t0) / 1e9);
        }
        double megabytes = Files.size(file) / 1e6;
        System.out.printf(Locale.ROOT, "file: %s, %.1f MB, %d lines%n", file, megabytes, (long) problems * samples);

        double[] throughput = new double[runs];
        double[] cpuThroughput = new double[runs];
        double[] peak = new double[runs];
        double[] retained = new double[runs];
        for (int r = 0; r < runs; r++) {
            double before = usedAfterGc();
            resetPeaks();
            long t0 = System.nanoTime();
            long cpu0 = THREADS.getCurrentThreadCpuTime();
            LoadResult result = DatasetLoader.load(file, LoadProgress.NONE);
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e9;
            cpuThroughput[r] = megabytes / cpuSeconds;
            peak[r] = peakHeapMb();
            retained[r] = usedAfterGc() - before;
            throughput[r] = megabytes / seconds;
            Dataset d = result.dataset();
            System.out.printf(Locale.ROOT, "run %d: %.1f s wall, %.1f MB/s (%.1f MB/s per CPU second of the loading"
                            + " thread), peak heap %.0f MB, retained %.0f MB (%d problems, %d solutions, %d steps,"
                            + " %d errors)%n", r + 1, seconds, throughput[r], cpuThroughput[r],
                    peak[r], retained[r], d.problemCount(), d.solutionCount(), d.stepCount(), result.errors().size());
            result = null;
            d = null;
        }
        System.out.printf(Locale.ROOT, "LOAD median over %d runs: %.1f MB/s wall, %.1f MB/s per CPU second, peak heap"
                + " %.0f MB, retained heap %.0f MB%n", runs, median(throughput), median(cpuThroughput), median(peak),
                median(retained));

        if (!Boolean.getBoolean("bench.skipMillion")) {
            inMemoryMillion();
        }
    }

    /** 1,000,000 solutions of 10 steps (~100 characters each) with step probabilities, three-way and two scores. */
    private static void inMemoryMillion() {
        double before = usedAfterGc();
        Random random = new Random(7);
        StringBuilder pool = new StringBuilder();
        while (pool.length() < 1_000_000) {
            pool.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        String text = pool.toString();
        List<Problem> problems = new ArrayList<>(1000);
        long t0 = System.nanoTime();
        for (int p = 0; p < 1000; p++) {
            List<Solution> solutions = new ArrayList<>(1000);
            for (int s = 0; s < 1000; s++) {
                List<String> steps = new ArrayList<>(10);
                double[] prm = new double[10];
                List<ThreeWayProbability> threeWay = new ArrayList<>(10);
                for (int k = 0; k < 10; k++) {
                    int start = random.nextInt(text.length() - 200);
                    steps.add(new String(text.substring(start, start + 50 + random.nextInt(100))));
                    double a = random.nextDouble();
                    double b = (1 - a) * random.nextDouble();
                    threeWay.add(new ThreeWayProbability(a, b, 1 - a - b));
                    prm[k] = a + b;
                }
                solutions.add(Solution.builder().steps(steps).finalAnswer(Integer.toString(random.nextInt(1000)))
                        .correct(random.nextBoolean()).stepProbabilities(ScorerNames.PRM, prm).threeWay(threeWay)
                        .score(ScorerNames.PRM, random.nextDouble()).score(ScorerNames.ORM, random.nextDouble())
                        .build());
            }
            problems.add(new Problem("test/p/" + p + ".json", "Problem " + p, "42", null, "Algebra", 3, "bench",
                    solutions, null));
        }
        Dataset d = new Dataset("million", "bench", problems);
        double seconds = (System.nanoTime() - t0) / 1e9;
        double retained = usedAfterGc() - before;
        long chars = 0;
        for (Problem p : d.problems()) {
            for (Solution s : p.solutions()) {
                for (String step : s.stepTexts()) {
                    chars += step.length();
                }
            }
        }
        System.out.printf(Locale.ROOT, "MILLION %d solutions, %d steps (%.0f MB of step text) built in %.1f s: "
                        + "retained heap %.0f MB (%.0f bytes per solution)%n", d.solutionCount(), d.stepCount(), chars / 1e6,
                seconds, retained, retained * 1e6 / d.solutionCount());
    }

    public static void generate(Path file, int problems, int samples) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Random random = new Random(42);
        try (BufferedWriter w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            StringBuilder line = new StringBuilder(4096);
            for (int p = 0; p < problems; p++) {
                String problem = sentence(random, 30 + random.nextInt(60)) + "?";
                String subject = WORDS[random.nextInt(WORDS.length)];
                String id = "test/" + subject + "/" + p + ".json";
                String truth = Integer.toString(random.nextInt(1000));
                for (int s = 0; s < samples; s++) {
                    int steps = 3 + random.nextInt(12);
                    line.setLength(0);
                    line.append("{\"problem\": ").append(quote(problem));
                    line.append(", \"answer\": \"").append(random.nextInt(1000)).append('"');
                    line.append(", \"is_correct\": ").append(random.nextInt(3) == 0);
                    line.append(", \"subject\": ").append(quote(subject));
                    line.append(", \"level\": ").append(1 + random.nextInt(5));
                    line.append(", \"unique_id\": ").append(quote(id));
                    line.append(", \"steps\": [");
                    for (int k = 0; k < steps; k++) {
                        line.append(k == 0 ? "" : ", ").append(quote(sentence(random, 6 + (int) Math.exp(2.6 + 0.6 * random.nextGaussian()))));
                    }
                    line.append("], \"rating_probs\": [");
                    double product = 1;
                    for (int k = 0; k < steps; k++) {
                        double a = random.nextDouble();
                        double b = (1 - a) * random.nextDouble();
                        double c = 1 - a - b;
                        product *= a + b;
                        line.append(k == 0 ? "" : ", ").append("{\"1\": ").append(a).append(", \"0\": ").append(b)
                                .append(", \"-1\": ").append(c).append('}');
                    }
                    line.append("], \"orm_score\": ").append(random.nextDouble());
                    line.append(", \"prm_score\": ").append(product);
                    line.append(", \"ground_truth_answer\": ").append(quote(truth)).append("}\n");
                    w.append(line);
                }
            }
        }
        Files.move(temp, file);
    }

    private static String sentence(Random random, int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            sb.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }

    private static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static double usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1e6;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks: an upper bound of the heap in use at any moment since the reset. */
    private static double peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum / 1e6;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
