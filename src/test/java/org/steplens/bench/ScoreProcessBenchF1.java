package org.steplens.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.steplens.io.DatasetLoader;
import org.steplens.io.LoadProgress;
import org.steplens.model.Dataset;
import org.steplens.model.Problem;
import org.steplens.model.Solution;
import org.steplens.score.DevicePreference;
import org.steplens.score.PrmModel;
import org.steplens.score.ScoreProgress;
import org.steplens.score.ScoreResult;
import org.steplens.score.Scorer;

/**
 * ProcessBench F1 of a local PRM (default: the bundled one): predicted first error = first step with probability
 * below the threshold, or none; accuracy on erroneous records and on correct records; their harmonic mean per
 * subset, and the average over the four subsets. Reported at the threshold given (default 0.5) and at the
 * threshold that maximises the average on ProcessBench itself (optimistic: chosen on the test data).
 *
 * <p>Usage: {@code app/bench ScoreProcessBenchF1 [MODEL_DIR=samples/models/tiny-prm] [THRESHOLD=0.5]}
 */
public final class ScoreProcessBenchF1 {
    static final List<String> SUBSETS = List.of("gsm8k", "math", "olympiadbench", "omnimath");

    public static void main(String[] args) throws Exception {
        Path modelDir = Path.of(args.length > 0 ? args[0] : "samples/models/tiny-prm");
        double threshold = args.length > 1 ? Double.parseDouble(args[1]) : 0.5;
        Map<String, Dataset> scored = new LinkedHashMap<>();
        String name;
        try (PrmModel model = PrmModel.open(modelDir, DevicePreference.AUTO)) {
            name = model.name();
            System.out.println("model " + name + " on " + model.device().describe());
            for (String subset : SUBSETS) {
                Dataset data = DatasetLoader.load(Path.of("src/test/resources/data/processbench/" + subset + ".json"),
                        LoadProgress.NONE).dataset();
                long start = System.nanoTime();
                ScoreResult r = new Scorer(model).score(data, ScoreProgress.NONE);
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf(Locale.ROOT, "scored %s: %d solutions, %d not scored, %.0f tokens/s%n", subset,
                        r.scored(), r.skipped(), r.tokens() / seconds);
                scored.put(subset, r.dataset());
            }
        }
        report(scored, name, threshold, "threshold " + threshold);
        double best = threshold;
        double bestAverage = -1;
        for (int t = 1; t < 100; t++) {
            double average = average(scored, name, t / 100.0);
            if (average > bestAverage) {
                bestAverage = average;
                best = t / 100.0;
            }
        }
        report(scored, name, best, "best threshold " + best + " (chosen on ProcessBench itself: optimistic)");
    }

    private static void report(Map<String, Dataset> scored, String name, double threshold, String title) {
        System.out.println(title);
        List<Double> f1s = new ArrayList<>();
        for (Map.Entry<String, Dataset> e : scored.entrySet()) {
            double[] m = metrics(e.getValue(), name, threshold);
            f1s.add(m[2]);
            System.out.printf(Locale.ROOT, "  %-14s error acc %5.1f  correct acc %5.1f  F1 %5.1f%n", e.getKey(), m[0],
                    m[1], m[2]);
        }
        System.out.printf(Locale.ROOT, "  average F1 %.1f%n", f1s.stream().mapToDouble(Double::doubleValue).average()
                .orElse(0));
    }

    private static double average(Map<String, Dataset> scored, String name, double threshold) {
        return scored.values().stream().mapToDouble(d -> metrics(d, name, threshold)[2]).average().orElse(0);
    }

    /** Accuracy on erroneous records, on correct records (percent), and their harmonic mean. */
    static double[] metrics(Dataset data, String scorer, double threshold) {
        int errTotal = 0;
        int errRight = 0;
        int okTotal = 0;
        int okRight = 0;
        for (Problem p : data.problems()) {
            for (Solution s : p.solutions()) {
                int label = s.firstErrorLabel().orElseThrow();
                int predicted = predictedFirstError(s, scorer, threshold);
                if (label == Solution.NO_ERROR) {
                    okTotal++;
                    okRight += predicted == Solution.NO_ERROR ? 1 : 0;
                } else {
                    errTotal++;
                    errRight += predicted == label ? 1 : 0;
                }
            }
        }
        double errAcc = 100.0 * errRight / errTotal;
        double okAcc = 100.0 * okRight / okTotal;
        double f1 = errAcc + okAcc == 0 ? 0 : 2 * errAcc * okAcc / (errAcc + okAcc);
        return new double[] {errAcc, okAcc, f1};
    }

    /** First step below the threshold; a solution the model could not score counts as predicting no error. */
    static int predictedFirstError(Solution s, String scorer, double threshold) {
        for (int k = 0; k < s.stepCount(); k++) {
            double p = s.stepProbability(scorer, k).orElse(1.0);
            if (p < threshold) {
                return k;
            }
        }
        return Solution.NO_ERROR;
    }
}
