package org.steplens.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * below the threshold (0.5), or none; accuracy on erroneous records and on correct records; their harmonic mean
 * per subset, and the average over the four subsets.
 *
 * <p>Usage: {@code app/bench ScoreProcessBenchF1 [MODEL_DIR=samples/models/tiny-prm] [THRESHOLD=0.5]}
 */
public final class ScoreProcessBenchF1 {
    public static void main(String[] args) throws Exception {
        Path modelDir = Path.of(args.length > 0 ? args[0] : "samples/models/tiny-prm");
        double threshold = args.length > 1 ? Double.parseDouble(args[1]) : 0.5;
        List<Double> f1s = new ArrayList<>();
        try (PrmModel model = PrmModel.open(modelDir, DevicePreference.AUTO)) {
            System.out.println("model " + model.name() + " on " + model.device().describe() + ", threshold " + threshold);
            for (String subset : List.of("gsm8k", "math", "olympiadbench", "omnimath")) {
                Dataset data = DatasetLoader.load(Path.of("src/test/resources/data/processbench/" + subset + ".json"),
                        LoadProgress.NONE).dataset();
                long start = System.nanoTime();
                ScoreResult r = new Scorer(model).score(data, ScoreProgress.NONE);
                double seconds = (System.nanoTime() - start) / 1e9;
                int errTotal = 0;
                int errRight = 0;
                int okTotal = 0;
                int okRight = 0;
                for (Problem p : r.dataset().problems()) {
                    for (Solution s : p.solutions()) {
                        int label = s.firstErrorLabel().orElseThrow();
                        int predicted = predictedFirstError(s, model.name(), threshold);
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
                f1s.add(f1);
                System.out.printf(Locale.ROOT, "%-14s error acc %5.1f (%d)  correct acc %5.1f (%d)  F1 %5.1f  "
                        + "[%d not scored; %.0f tokens/s]%n", subset, errAcc, errTotal, okAcc, okTotal, f1, r.skipped(),
                        r.tokens() / seconds);
            }
        }
        System.out.printf(Locale.ROOT, "average F1 %.1f%n", f1s.stream().mapToDouble(Double::doubleValue).average()
                .orElse(0));
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
