package org.steplens.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.steplens.grade.AnswerClustering;
import org.steplens.grade.AnswerPerturbations;
import org.steplens.grade.Grader;

/**
 * Grading throughput on a Lightman-sized workload: 815,631 (given, truth) pairs over the 500 MATH500 problems
 * (1,631 or 1,632 answers each, as in the paper's scored samples). Each problem's answers are drawn, with the
 * heavy repetition of real samples (Zipf-like frequencies), from a pool of that problem's answer rewritten the
 * way models write it (spacing, \dfrac, decimals, units, reordered tuples, off-by-one, unreduced fractions...),
 * other problems' answers, and random integers and fractions. Every run uses a fresh grader (empty caches),
 * single-threaded. Also clusters each problem's answers for majority vote.
 *
 * <p>Usage: {@code app/bench GradeBenchmark [runs]} (default 5). Prints pairs/second and seconds per run and
 * their medians.
 */
public final class GradeBenchmark {
    private static final int TOTAL_PAIRS = 815_631;

    private GradeBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<String> truths = math500Answers();
        List<String[]> pairs = workload(truths, new Random(2023));
        System.out.printf(Locale.ROOT, "workload: %,d pairs over %d problems%n", pairs.size(), truths.size());
        double[] seconds = new double[runs];
        double[] clusterSeconds = new double[runs];
        int correct = 0;
        for (int r = 0; r < runs; r++) {
            Grader grader = Grader.prm800k(Duration.ofSeconds(5));
            long t0 = System.nanoTime();
            correct = 0;
            for (String[] p : pairs) {
                if (grader.grade(p[0], p[1])) {
                    correct++;
                }
            }
            seconds[r] = (System.nanoTime() - t0) / 1e9;
            Grader fresh = Grader.prm800k(Duration.ofSeconds(5));
            long c0 = System.nanoTime();
            int classes = 0;
            int perProblem = pairs.size() / truths.size();
            for (int i = 0; i < truths.size(); i++) {
                List<String> answers = new ArrayList<>(perProblem + 1);
                int from = i * pairs.size() / truths.size();
                int to = (i + 1) * pairs.size() / truths.size();
                for (int k = from; k < to; k++) {
                    answers.add(pairs.get(k)[0]);
                }
                classes += new AnswerClustering(fresh).cluster(answers).size();
            }
            clusterSeconds[r] = (System.nanoTime() - c0) / 1e9;
            System.out.printf(Locale.ROOT, "run %d: graded %,d pairs in %.2f s = %,.0f pairs/s (%,d correct); "
                            + "clustered 500 problems in %.2f s (%,d classes)%n",
                    r + 1, pairs.size(), seconds[r], pairs.size() / seconds[r], correct, clusterSeconds[r], classes);
        }
        double med = median(seconds);
        System.out.printf(Locale.ROOT, "median over %d runs: %.2f s for %,d pairs = %,.0f pairs/s; "
                + "clustering 500 problems: %.2f s (%.1f ms per problem)%n",
                runs, med, pairs.size(), pairs.size() / med, median(clusterSeconds), median(clusterSeconds) * 2);
    }

    static List<String> math500Answers() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                GradeBenchmark.class.getResourceAsStream("/data/math500/test.jsonl"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                JsonNode n = json.readTree(line);
                out.add(n.get("answer").asText());
            }
        }
        return out;
    }

    /** Pairs grouped by problem: problem i's pairs are the i-th slice of the list. */
    static List<String[]> workload(List<String> truths, Random rnd) {
        List<String[]> pairs = new ArrayList<>(TOTAL_PAIRS);
        int n = truths.size();
        for (int i = 0; i < n; i++) {
            String truth = truths.get(i);
            List<String> pool = new ArrayList<>();
            AnswerPerturbations.of(truth).forEach(v -> pool.add(v.given()));
            int distinctWrong = 20 + rnd.nextInt(150);
            for (int k = 0; k < distinctWrong; k++) {
                switch (rnd.nextInt(4)) {
                    case 0 -> pool.add(truths.get(rnd.nextInt(n)));
                    case 1 -> pool.add(Integer.toString(rnd.nextInt(2000) - 100));
                    case 2 -> pool.add("\\frac{" + (1 + rnd.nextInt(50)) + "}{" + (2 + rnd.nextInt(60)) + "}");
                    default -> {
                        List<AnswerPerturbations.Variant> other = AnswerPerturbations.of(truths.get(rnd.nextInt(n)));
                        pool.add(other.get(rnd.nextInt(other.size())).given());
                    }
                }
            }
            // Zipf-like: the first pool entries (the truth and its closest rewrites) dominate
            double[] weights = new double[pool.size()];
            double total = 0;
            for (int k = 0; k < weights.length; k++) {
                total += 1.0 / Math.pow(k + 1, 1.1);
                weights[k] = total;
            }
            int count = (int) ((long) TOTAL_PAIRS * (i + 1) / n - (long) TOTAL_PAIRS * i / n);
            for (int k = 0; k < count; k++) {
                double x = rnd.nextDouble() * total;
                int idx = Arrays.binarySearch(weights, x);
                idx = idx >= 0 ? idx : -idx - 1;
                pairs.add(new String[] {pool.get(Math.min(idx, pool.size() - 1)), truth});
            }
        }
        return pairs;
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
