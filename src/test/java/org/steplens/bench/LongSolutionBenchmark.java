package org.steplens.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.steplens.model.Dataset;
import org.steplens.model.Problem;
import org.steplens.model.Solution;
import org.steplens.score.ConventionSamples;
import org.steplens.score.DevicePreference;
import org.steplens.score.PrmModel;
import org.steplens.score.RealTokenizers;
import org.steplens.score.ScoreProgress;
import org.steplens.score.ScoreResult;
import org.steplens.score.Scorer;

/**
 * The longest ProcessBench MATH solution (about 2,000 tokens with each real tokenizer), a preset batch of copies of
 * it, under every convention with its test model (src/test/resources/score/conventions: real vocabulary sizes):
 * time, and the process's peak resident memory while scoring (Linux VmHWM, reset before each convention) against
 * the model file's size. Before the graph edit, an LM head returned [batch, tokens, vocabulary] floats to Java:
 * 4 × 2,048 × 128,256 × 4 bytes = 4.2 GB for RLHFlow's Llama-3 vocabulary.
 *
 * <p>Usage: {@code app/bench LongSolutionBenchmark}
 */
public final class LongSolutionBenchmark {
    public static void main(String[] args) throws Exception {
        ConventionSamples.Sample longest = ConventionSamples.subset("math").stream()
                .max(Comparator.comparingInt(ConventionSamples::chars)).orElseThrow();
        Path tmp = Files.createTempDirectory("steplens-long");
        for (String convention : ConventionSamples.CONVENTIONS) {
            Path folder = RealTokenizers.modelFolder(convention, tmp);
            try (PrmModel model = PrmModel.open(folder, DevicePreference.CPU)) {
                int batch = model.spec().batchSize();
                List<Problem> problems = new ArrayList<>();
                for (int i = 0; i < batch; i++) {
                    problems.add(new Problem("long-" + i, longest.problem(), null, null, null, null, null,
                            List.of(Solution.builder().steps(longest.steps()).build()), null));
                }
                Dataset data = new Dataset("longest MATH solution", "ProcessBench", problems);
                System.gc();
                long before = Memory.resetPeak();
                long start = System.nanoTime();
                ScoreResult r = new Scorer(model, null, batch).score(data, ScoreProgress.NONE);
                double seconds = (System.nanoTime() - start) / 1e9;
                long peak = Memory.peak();
                System.out.printf(Locale.ROOT, "%-26s batch %d × %d tokens: scored %d, %s; %.2f s; model file %.1f MB;"
                                + " resident before %.0f MB, peak while scoring %.0f MB (+%.0f MB)%n", convention,
                        batch, r.tokens() / Math.max(1, r.scored()), r.scored(), r.messages().isEmpty() ? "no messages"
                                : r.messages().toString(), seconds, Files.size(folder.resolve("model.onnx")) / 1e6,
                        before / 1e6, peak / 1e6, (peak - before) / 1e6);
            }
        }
    }

    /** Resident memory of this process from /proc (Linux). */
    static final class Memory {
        static long resetPeak() throws java.io.IOException {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5"); // resets VmHWM to the current VmRSS
            return field("VmRSS:");
        }

        static long peak() throws java.io.IOException {
            return field("VmHWM:");
        }

        private static long field(String name) throws java.io.IOException {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(name)) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
            return -1;
        }
    }
}
