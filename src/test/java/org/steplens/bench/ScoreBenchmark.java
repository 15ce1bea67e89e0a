package org.steplens.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.steplens.io.DatasetLoader;
import org.steplens.io.LoadProgress;
import org.steplens.model.Dataset;
import org.steplens.score.DevicePreference;
import org.steplens.score.PrmModel;
import org.steplens.score.ScoreProgress;
import org.steplens.score.ScoreResult;
import org.steplens.score.Scorer;

/**
 * Tokens per second of the bundled PRM on the CPU: StepLens (ONNX Runtime, the whole path from text to
 * probabilities: template, tokenizer, batching, inference, head) at several batch sizes, then the same weights in
 * PyTorch eager (samples/models/bench_torch.py, tokenised beforehand) on the same solutions, and the ratios.
 *
 * <p>Usage: {@code app/bench ScoreBenchmark [SOLUTIONS=100] [RUNS=3] [BATCHES=1,4,16,32]}
 */
public final class ScoreBenchmark {
    static final Path MODEL = Path.of("samples/models/tiny-prm");
    static final Path DATA = Path.of("src/test/resources/data/processbench/math.json");

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String batches = args.length > 2 ? args[2] : "1,4,16,32";
        Dataset all = DatasetLoader.load(DATA, LoadProgress.NONE).dataset();
        Dataset data = all.withProblems(all.problems().subList(0, Math.min(n, all.problemCount())));
        System.out.printf(Locale.ROOT, "ProcessBench math, first %d solutions; %d runs per batch size (median), "
                + "after one warm-up run; %d CPU cores%n", data.solutionCount(), runs,
                Runtime.getRuntime().availableProcessors());

        Map<Integer, Double> steplens = new LinkedHashMap<>();
        try (PrmModel model = PrmModel.open(MODEL, DevicePreference.CPU)) {
            for (String b : batches.split(",")) {
                int batch = Integer.parseInt(b.trim());
                double[] rates = new double[runs];
                for (int r = -1; r < runs; r++) {
                    long start = System.nanoTime();
                    ScoreResult result = new Scorer(model, null, batch).score(data, ScoreProgress.NONE);
                    double seconds = (System.nanoTime() - start) / 1e9;
                    if (r >= 0) {
                        rates[r] = result.tokens() / seconds;
                    }
                }
                steplens.put(batch, median(rates));
                System.out.printf(Locale.ROOT, "steplens batch=%d tokens_per_s=%.0f runs=%s%n", batch, median(rates),
                        Arrays.toString(Arrays.stream(rates).mapToLong(Math::round).toArray()));
            }
        }
        Map<Integer, Double> torch = runTorch(n, runs, batches);
        if (torch.isEmpty()) {
            System.out.println("PyTorch comparison skipped (needs /usr/bin/python3 with python3-torch, python3-onnx)");
            return;
        }
        int bestS = best(steplens);
        int bestT = best(torch);
        System.out.printf(Locale.ROOT, "batch 1: StepLens %.0f tokens/s, PyTorch eager %.0f tokens/s, ratio %.2f%n",
                steplens.get(1), torch.get(1), steplens.get(1) / torch.get(1));
        System.out.printf(Locale.ROOT, "best:    StepLens %.0f tokens/s (batch %d), PyTorch eager %.0f tokens/s "
                + "(batch %d), ratio %.2f%n", steplens.get(bestS), bestS, torch.get(bestT), bestT,
                steplens.get(bestS) / torch.get(bestT));
    }

    private static Map<Integer, Double> runTorch(int n, int runs, String batches) throws Exception {
        Map<Integer, Double> rates = new LinkedHashMap<>();
        Path python = Path.of("/usr/bin/python3");
        if (!Files.isExecutable(python)) {
            return rates;
        }
        List<String> cmd = new ArrayList<>(List.of(python.toString(), "samples/models/bench_torch.py", DATA.toString(),
                String.valueOf(n), String.valueOf(runs), batches));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        Pattern line = Pattern.compile("torch batch=(\\d+) tokens_per_s=(\\d+).*");
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String s; (s = in.readLine()) != null; ) {
                System.out.println(s);
                Matcher m = line.matcher(s);
                if (m.matches()) {
                    rates.put(Integer.parseInt(m.group(1)), Double.parseDouble(m.group(2)));
                }
            }
        }
        p.waitFor();
        return rates;
    }

    private static int best(Map<Integer, Double> rates) {
        return rates.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
