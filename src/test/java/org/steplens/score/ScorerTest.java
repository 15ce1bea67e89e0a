package org.steplens.score;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steplens.model.Dataset;
import org.steplens.model.Problem;
import org.steplens.model.Solution;

/** The scoring engine on the tiny Qwen-convention model and real ProcessBench solutions. */
class ScorerTest {
    static final Path QWEN = ModelFolderTest.PLUMBING.resolve("qwen2.5-math-prm");

    @TempDir
    Path tmp;

    Path withMaxTokens(int maxTokens) throws IOException {
        Path dir = tmp.resolve("short-prm");
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(QWEN)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        Files.writeString(dir.resolve("prm.json"), "{\"convention\": \"qwen2.5-math-prm\", \"pad_id\": 1, "
                + "\"max_tokens\": " + maxTokens + ", \"inputs\": {\"position_ids\": null}}");
        return dir;
    }

    @Test
    void aSolutionTheModelFailsOnIsReportedAndTheRestOfItsBatchIsScored() throws Exception {
        Path dir = withMaxTokens(4096);
        // The tokenizer knows a word whose id is past the model's embedding: ONNX Runtime fails on any batch with it.
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode tokenizer =
                (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(dir.resolve("tokenizer.json").toFile());
        tokenizer.with("model").with("vocab").put("zebra", 1_000_000);
        json.writeValue(dir.resolve("tokenizer.json").toFile(), tokenizer);
        Dataset data = ProcessBenchSample.load("gsm8k", 3);
        List<Problem> problems = new ArrayList<>(data.problems());
        Problem bad = problems.get(1);
        List<String> steps = new ArrayList<>(bad.solution(0).stepTexts());
        steps.set(0, steps.get(0) + " zebra");
        problems.set(1, bad.withSolutions(List.of(Solution.builder().steps(steps).build())));
        try (PrmModel model = PrmModel.open(dir, DevicePreference.CPU)) {
            ScoreResult r = new Scorer(model, null, 3).score(data.withProblems(problems), ScoreProgress.NONE);
            assertEquals(2, r.scored(), r.messages().toString());
            assertEquals(1, r.messages().size(), r.messages().toString());
            assertTrue(r.messages().get(0).startsWith("problem " + bad.id() + ", solution 1: the model failed on it ("),
                    r.messages().get(0));
            assertTrue(r.messages().get(0).endsWith("; not scored"), r.messages().get(0));
            assertTrue(r.dataset().problems().get(1).solution(0).score("short-prm").isEmpty());
            assertTrue(r.dataset().problems().get(0).solution(0).score("short-prm").isPresent());
            assertTrue(r.dataset().problems().get(2).solution(0).score("short-prm").isPresent());
        }
    }

    @Test
    void solutionsLongerThanTheModelLimitGetAMessageNotTruncation() throws Exception {
        Dataset data = ProcessBenchSample.load("gsm8k", 12);
        try (PrmModel model = PrmModel.open(withMaxTokens(300), DevicePreference.CPU)) {
            ScoreResult r = new Scorer(model, null, 4).score(data, ScoreProgress.NONE);
            assertEquals(12, r.scored() + r.skipped());
            assertEquals(3, r.scored(), r.messages().toString());
            assertEquals(r.skipped(), r.messages().size());
            for (String m : r.messages()) {
                assertTrue(m.matches("problem gsm8k-\\d+, solution gsm8k-\\d+: \\d+ tokens, more than the model's "
                        + "limit of 300; not scored"), m);
            }
            for (Problem p : r.dataset().problems()) {
                Solution s = p.solution(0);
                boolean reported = r.messages().stream().anyMatch(m -> m.startsWith("problem " + p.id() + ","));
                assertEquals(reported, s.score("short-prm").isEmpty());
                for (int k = 0; k < s.stepCount(); k++) {
                    // Every step of a scored solution has a probability; a skipped one has none (NaN), not a guess.
                    assertEquals(reported, s.stepProbability("short-prm", k).isEmpty());
                }
            }
        }
    }

    @Test
    void cancellingStopsBetweenBatches() throws Exception {
        Dataset data = ProcessBenchSample.load("gsm8k", 8);
        AtomicLong reports = new AtomicLong();
        ScoreProgress cancelAfterFirstBatch = new ScoreProgress() {
            @Override
            public void onProgress(long done, long total) {
                reports.incrementAndGet();
            }

            @Override
            public boolean isCancelled() {
                return reports.get() >= 2;
            }
        };
        try (PrmModel model = PrmModel.open(QWEN, DevicePreference.CPU)) {
            ScoreCache cache = ScoreCache.load(tmp.resolve("cache.jsonl"));
            assertThrows(CancellationException.class, () -> new Scorer(model, cache, 1).score(data, cancelAfterFirstBatch));
            assertEquals(2, reports.get());
            // The batch finished before the cancel is kept.
            assertEquals(1, ScoreCache.load(tmp.resolve("cache.jsonl")).size());
            // The model is still usable after a cancelled run.
            assertEquals(8, new Scorer(model, null, 8).score(data, ScoreProgress.NONE).scored());
        }
    }

    @Test
    void progressCountsEverySolution() throws Exception {
        Dataset data = ProcessBenchSample.load("gsm8k", 10);
        List<long[]> seen = new ArrayList<>();
        try (PrmModel model = PrmModel.open(QWEN, DevicePreference.CPU)) {
            new Scorer(model, null, 4).score(data, (done, total) -> seen.add(new long[] {done, total}));
        }
        assertArrayEquals(new long[] {10, 10}, seen.get(seen.size() - 1));
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i)[0] >= seen.get(i - 1)[0]);
        }
    }

    @Test
    void solutionWithoutStepsIsReported() throws Exception {
        Problem p = new Problem("empty", "What is 2+2?", null, null, null, null, null,
                List.of(Solution.builder().build(), Solution.builder().steps(List.of("2+2=4.")).build()), null);
        try (PrmModel model = PrmModel.open(QWEN, DevicePreference.CPU)) {
            ScoreResult r = new Scorer(model).score(new Dataset("d", "test", List.of(p)), ScoreProgress.NONE);
            assertEquals(List.of("problem empty, solution 1: has no steps; not scored"), r.messages());
            assertEquals(1, r.scored());
            assertTrue(r.dataset().problems().get(0).solution(1).score("qwen2.5-math-prm").isPresent());
        }
    }

    @Test
    void scoresAreCachedBesideTheInputKeyedByModelAndText() throws Exception {
        Dataset data = ProcessBenchSample.load("gsm8k", 6);
        Path input = tmp.resolve("solutions.jsonl");
        Files.writeString(input, "");
        try (PrmModel model = PrmModel.open(QWEN, DevicePreference.CPU)) {
            ScoreCache cache = ScoreCache.forInput(input, model.hash());
            assertEquals(tmp.resolve(".steplens-cache").resolve("scores-" + model.hash() + ".jsonl"), cache.file());
            ScoreResult first = new Scorer(model, cache, 4).score(data, ScoreProgress.NONE);
            assertEquals(6, first.scored());
            assertTrue(Files.isRegularFile(cache.file()));

            ScoreResult again = new Scorer(model, ScoreCache.forInput(input, model.hash()), 4)
                    .score(data, ScoreProgress.NONE);
            assertEquals(0, again.scored());
            assertEquals(6, again.fromCache());
            assertEquals(first.dataset(), again.dataset());

            // A changed step is a different solution: scored afresh, the rest still come from the cache.
            Problem p0 = data.problems().get(0);
            Solution changed = p0.solution(0).toBuilder().steps(List.of("A different first step.")).build();
            List<Problem> problems = new ArrayList<>(data.problems());
            problems.set(0, p0.withSolutions(List.of(changed)));
            ScoreResult third = new Scorer(model, ScoreCache.forInput(input, model.hash()), 4)
                    .score(data.withProblems(problems), ScoreProgress.NONE);
            assertEquals(1, third.scored());
            assertEquals(5, third.fromCache());
        }
    }

    @Test
    void aDamagedCacheLineIsRecomputed() throws Exception {
        Dataset data = ProcessBenchSample.load("gsm8k", 3);
        Path file = tmp.resolve("cache.jsonl");
        try (PrmModel model = PrmModel.open(QWEN, DevicePreference.CPU)) {
            ScoreResult first = new Scorer(model, ScoreCache.load(file), 4).score(data, ScoreProgress.NONE);
            List<String> lines = Files.readAllLines(file);
            assertEquals(4, lines.size(), "the scorer's name, then one line per solution");
            lines.set(1, lines.get(1).substring(0, 20));
            Files.write(file, lines);
            ScoreResult again = new Scorer(model, ScoreCache.load(file), 4).score(data, ScoreProgress.NONE);
            assertEquals(1, again.scored());
            assertEquals(2, again.fromCache());
            assertEquals(first.dataset(), again.dataset());
            assertEquals(4, Files.readAllLines(file).size());
        }
    }

    @Test
    void theInputDatasetIsUnchangedAndOtherScorersAreKept() throws Exception {
        Dataset data = ProcessBenchSample.load("gsm8k", 2);
        Problem p = data.problems().get(0);
        Solution withPrm = p.solution(0).withScore("prm", 0.25);
        Dataset input = data.withProblems(List.of(p.withSolutions(List.of(withPrm)), data.problems().get(1)));
        try (PrmModel model = PrmModel.open(QWEN, DevicePreference.CPU)) {
            Dataset out = new Scorer(model).score(input, ScoreProgress.NONE).dataset();
            Solution s = out.problems().get(0).solution(0);
            assertEquals(0.25, s.score("prm").orElseThrow());
            assertTrue(s.score("qwen2.5-math-prm").isPresent());
            assertFalse(input.problems().get(0).solution(0).score("qwen2.5-math-prm").isPresent());
            assertEquals(List.of("qwen2.5-math-prm"), List.copyOf(out.stepScorers()));
        }
    }
}
