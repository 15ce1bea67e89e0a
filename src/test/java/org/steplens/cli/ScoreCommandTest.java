package org.steplens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steplens.io.DatasetLoader;
import org.steplens.io.LoadProgress;
import org.steplens.model.Dataset;
import org.steplens.model.Solution;

/** {@code steplens score} end to end: a real ProcessBench file, a tiny model folder, native output. */
class ScoreCommandTest {
    static final Path MODEL = Path.of("src/test/resources/score/plumbing/qwen2.5-math-prm");

    @TempDir
    Path tmp;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** Runs a command; its output is appended to {@link #out} and {@link #err}. */
    int run(String... args) {
        CommandRun r = CommandRun.of(args);
        out.writeBytes(r.out().getBytes(StandardCharsets.UTF_8));
        err.writeBytes(r.err().getBytes(StandardCharsets.UTF_8));
        return r.exitCode();
    }

    Path gsm8k() throws Exception {
        Path file = tmp.resolve("gsm8k.json");
        Files.copy(Path.of("src/test/resources/data/processbench/gsm8k.json"), file);
        return file;
    }

    @Test
    void scoresEverySolutionIntoTheNativeFormatAndCachesThem() throws Exception {
        Path input = gsm8k();
        Path output = tmp.resolve("scored.jsonl");
        assertEquals(0, run("score", input.toString(), "--model", MODEL.toString(), "--device", "cpu",
                "-o", output.toString()), err.toString());
        String log = err.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("model qwen2.5-math-prm (qwen2.5-math-prm, hash "), log);
        assertTrue(log.contains(") on CPU\n"), log);
        assertTrue(log.contains("scored 400 solutions, 0 from the cache, 0 not scored; "), log);
        Dataset scored = DatasetLoader.load(output, LoadProgress.NONE).dataset();
        assertEquals(400, scored.solutionCount());
        for (var p : scored.problems()) {
            for (Solution s : p.solutions()) {
                assertTrue(s.score("qwen2.5-math-prm").isPresent());
                for (int k = 0; k < s.stepCount(); k++) {
                    double v = s.stepProbability("qwen2.5-math-prm", k).orElseThrow();
                    assertTrue(v > 0 && v < 1);
                }
            }
        }
        err.reset();
        assertEquals(0, run("score", input.toString(), "--model", MODEL.toString(), "-o", output.toString()));
        assertTrue(err.toString().contains("scored 0 solutions, 400 from the cache, 0 not scored"), err.toString());
        assertTrue(err.toString().contains("on CPU (CUDA unavailable: "), err.toString());
    }

    @Test
    void withoutOutputPrintsOneLinePerSolution() throws Exception {
        Path input = tmp.resolve("two.json");
        String all = Files.readString(Path.of("src/test/resources/data/processbench/gsm8k.json"));
        var records = new com.fasterxml.jackson.databind.ObjectMapper().readTree(all);
        Files.writeString(input, "[" + records.get(0) + "," + records.get(1) + "]");
        assertEquals(0, run("score", input.toString(), "--model", MODEL.toString(), "--no-cache"), err.toString());
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(2, lines.length);
        assertTrue(lines[0].startsWith("{\"problem\":\"gsm8k-0\",\"solution\":0,"), lines[0]);
        assertEquals(records.get(0).get("steps").size(),
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(lines[0]).get("steps").size());
        assertTrue(Files.notExists(tmp.resolve(".steplens-cache")));
    }

    @Test
    void brokenModelFolderIsOneMessage() throws Exception {
        Path input = gsm8k();
        Path broken = tmp.resolve("broken");
        Files.createDirectories(broken);
        Files.copy(MODEL.resolve("prm.json"), broken.resolve("prm.json"));
        Files.copy(MODEL.resolve("model.onnx"), broken.resolve("model.onnx"));
        assertEquals(1, run("score", input.toString(), "--model", broken.toString()));
        assertEquals("StepLens: " + broken.resolve("tokenizer.json") + ": missing (the model folder needs the model's "
                + "Hugging Face tokenizer.json)\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void cudaWhenUnavailableFailsWithTheReason() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(ai.onnxruntime.OrtEnvironment.getAvailableProviders()
                .contains(ai.onnxruntime.OrtProvider.CUDA));
        assertEquals(1, run("score", gsm8k().toString(), "--model", MODEL.toString(), "--device", "cuda"));
        assertEquals("StepLens: CUDA unavailable: this StepLens build has the CPU-only ONNX Runtime (build with "
                + "-Pgpu for CUDA)\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void unknownDevice() throws Exception {
        assertEquals(2, run("score", gsm8k().toString(), "--model", MODEL.toString(), "--device", "tpu"));
        assertEquals("StepLens: device must be auto, cpu or cuda, got \"tpu\"\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void runsInAPlainJvmWithTheDefaultThreadStack() throws Exception {
        // ONNX Runtime's start-up overflows a 1 MB stack (SIGSEGV) unless StepLens starts it on its own thread.
        Path input = gsm8k();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xss1m", "-cp", System.getProperty("java.class.path"),
                "org.steplens.Main", "score", input.toString(), "--model", MODEL.toString(), "--no-cache")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("log.txt").toFile()).start();
        int rc = p.waitFor();
        String log = Files.readString(tmp.resolve("log.txt"));
        assertEquals(0, rc, log);
        assertTrue(log.contains("scored 400 solutions"), log);
    }
}
