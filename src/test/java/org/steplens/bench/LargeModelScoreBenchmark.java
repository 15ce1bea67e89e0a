package org.steplens.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.steplens.io.DatasetLoader;
import org.steplens.io.LoadProgress;
import org.steplens.model.Dataset;
import org.steplens.score.ConventionSamples;
import org.steplens.score.DevicePreference;
import org.steplens.score.PrmModel;
import org.steplens.score.RealTokenizers;
import org.steplens.score.ScoreProgress;
import org.steplens.score.ScoreResult;
import org.steplens.score.Scorer;

/**
 * Speed on a compute-bound model: a 106 M-parameter random-weight Llama-style PRM (samples/models/bench_large_prm.py
 * generates it into a temporary folder; Mistral's real tokenizer, the math-shepherd convention) scoring ProcessBench
 * MATH solutions, StepLens (ONNX Runtime, whole path from text to probabilities) against PyTorch eager running the
 * same weights on the same token ids with the same batches. Thread settings: ONNX Runtime's default intra-op pool
 * (one thread per core); PyTorch {@code set_num_threads(cpu_count)}, OpenBLAS (OPENBLAS_NUM_THREADS = cores,
 * OPENBLAS_CORETYPE/L2_SIZE unset for that process). Needs /usr/bin/python3 with python3-torch and python3-onnx,
 * and libblas.so.3 pointing at OpenBLAS (Debian: libopenblas0-pthread).
 *
 * <p>Usage: {@code app/bench LargeModelScoreBenchmark [SOLUTIONS=8] [RUNS=2] [BATCH=4]}
 */
public final class LargeModelScoreBenchmark {
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int batch = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        int cores = Runtime.getRuntime().availableProcessors();
        Path dir = Files.createTempDirectory("steplens-large-prm");
        try {
            run(dir, n, runs, batch, cores);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.delete(f); // the generated model is 424 MB
                }
            }
            Files.delete(dir);
        }
    }

    private static void run(Path dir, int n, int runs, int batch, int cores) throws Exception {
        python(Map.of(), "gen", dir.toString());
        Files.copy(RealTokenizers.file("mistral"), dir.resolve("tokenizer.json"));
        Files.writeString(dir.resolve("prm.json"), "{\"convention\": \"math-shepherd\", \"name\": \"large\"}");

        Dataset all = DatasetLoader.load(ScoreBenchmark.DATA, LoadProgress.NONE).dataset();
        Dataset data = all.withProblems(all.problems().subList(0, n));
        System.out.printf(Locale.ROOT, "ProcessBench math, first %d solutions, batch %d, %d runs after a warm-up; "
                + "%d cores; load average %s%n", n, batch, runs, cores, Files.readString(Path.of("/proc/loadavg")).trim());
        double[] rates = new double[runs];
        try (PrmModel model = PrmModel.open(dir, DevicePreference.CPU)) {
            List<long[]> ids = ConventionSamples.encodedIds(model, data);
            new ObjectMapper().writeValue(dir.resolve("ids.json").toFile(), ids);
            for (int r = -1; r < runs; r++) {
                long start = System.nanoTime();
                ScoreResult result = new Scorer(model, null, batch).score(data, ScoreProgress.NONE);
                if (r >= 0) {
                    rates[r] = result.tokens() / ((System.nanoTime() - start) / 1e9);
                }
            }
        }
        double steplens = ScoreBenchmark.median(rates);
        System.out.printf(Locale.ROOT, "steplens tokens_per_s=%.0f runs=%s%n", steplens,
                Arrays.toString(Arrays.stream(rates).mapToLong(Math::round).toArray()));
        String torch = python(Map.of("OPENBLAS_NUM_THREADS", String.valueOf(cores)), "time", dir.toString(),
                dir.resolve("ids.json").toString(), String.valueOf(runs), String.valueOf(batch));
        double torchRate = Double.parseDouble(torch.replaceAll("(?s).*torch tokens_per_s=(\\d+).*", "$1"));
        System.out.printf(Locale.ROOT, "ratio StepLens / PyTorch eager (OpenBLAS): %.2f; load average after %s%n",
                steplens / torchRate, Files.readString(Path.of("/proc/loadavg")).trim());
    }

    private static String python(Map<String, String> env, String... args) throws Exception {
        ProcessBuilder pb = new ProcessBuilder();
        pb.command().add("/usr/bin/python3");
        pb.command().add("samples/models/bench_large_prm.py");
        pb.command().addAll(List.of(args));
        pb.environment().remove("OPENBLAS_CORETYPE");
        pb.environment().remove("OPENBLAS_L2_SIZE");
        pb.environment().putAll(env);
        Process p = pb.redirectErrorStream(true).start();
        StringBuilder out = new StringBuilder();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String s; (s = in.readLine()) != null; ) {
                if (!s.contains("Warning") && !s.contains("_C._jit")) {
                    System.out.println(s);
                }
                out.append(s).append('\n');
            }
        }
        if (p.waitFor() != 0) {
            throw new IllegalStateException("bench_large_prm.py " + args[0] + " failed");
        }
        return out.toString();
    }
}
