package org.steplens.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steplens.cli.CommandRun;
import org.steplens.model.Dataset;
import org.steplens.model.Problem;
import org.steplens.model.Solution;

/** Issue 18: broken models, oversized input, untrusted cache entries and a cache kept batch by batch. */
class ScoringHardeningTest {
    static final Path BROKEN = Path.of("src/test/resources/score/broken");
    static final Path QWEN = ScorerTest.QWEN;

    @TempDir
    Path tmp;

    @Test
    void nanAndInfinityAreRefusedNamingTheModelAndASolution() throws Exception {
        Dataset data = ProcessBenchSample.load("gsm8k", 6);
        for (String kind : new String[] {"nan", "inf"}) {
            try (PrmModel model = PrmModel.open(BROKEN.resolve(kind), DevicePreference.CPU)) {
                ScoringException e = assertThrows(ScoringException.class,
                        () -> new Scorer(model).score(data, ScoreProgress.NONE));
                assertTrue(e.getMessage().startsWith("model " + kind + "-model ("), e.getMessage());
                assertTrue(e.getMessage().contains(kind.equals("nan") ? "produced NaN" : "produced Infinity"), e.getMessage());
                assertTrue(e.getMessage().contains("problem gsm8k-"), e.getMessage());
            }
        }
        Path input = Files.copy(ProcessBenchSample.FOLDER.resolve("gsm8k.json"), tmp.resolve("g.json"));
        Path out = tmp.resolve("out.jsonl");
        CommandRun r = CommandRun.of("score", input.toString(), "--model", BROKEN.resolve("nan").toString(),
                "-o", out.toString(), "--no-cache");
        assertEquals(1, r.exitCode());
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void anOutputOfTheWrongShapeAtRunTimeIsNamed() throws Exception {
        try (PrmModel model = PrmModel.open(BROKEN.resolve("wrong-shape"), DevicePreference.CPU)) {
            // a failing batch is retried one solution at a time, and each failure is named with the reason
            ScoreResult r = new Scorer(model).score(ProcessBenchSample.load("gsm8k", 2), ScoreProgress.NONE);
            assertEquals(0, r.scored());
            assertEquals(2, r.skipped());
            assertTrue(r.messages().stream().allMatch(m -> m.contains("the model failed on it")
                    && m.contains("does not have one row per input token")), r.messages().toString());
        }
    }

    @Test
    void aTokenizerWithoutItsUnknownTokenIsRefusedWhenOpened() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("no-unk"));
        for (String f : new String[] {"model.onnx", "prm.json"}) {
            Files.copy(BROKEN.resolve("nan").resolve(f), folder.resolve(f));
        }
        ObjectMapper json = new ObjectMapper();
        ObjectNode tokenizer = (ObjectNode) json.readTree(BROKEN.resolve("nan/tokenizer.json").toFile());
        ((ObjectNode) tokenizer.get("model").get("vocab")).remove("[UNK]");
        var added = json.createArrayNode();
        tokenizer.get("added_tokens").forEach(t -> {
            if (!t.get("content").asText().equals("[UNK]")) {
                added.add(t);
            }
        });
        tokenizer.set("added_tokens", added);
        Files.writeString(folder.resolve("tokenizer.json"), tokenizer.toString());
        ModelFolderException e = assertThrows(ModelFolderException.class, () -> PrmModel.open(folder, DevicePreference.CPU));
        assertEquals(folder.resolve("tokenizer.json") + ": cannot encode a word outside its vocabulary (WordLevel "
                + "error: Missing [UNK] token from the vocabulary); its unknown token must be in the vocabulary",
                e.getMessage());
    }

    @Test
    void batchSizeIsBounded() throws Exception {
        try (PrmModel model = PrmModel.open(QWEN, DevicePreference.CPU)) {
            assertThrows(IllegalArgumentException.class, () -> new Scorer(model, null, Scorer.MAX_BATCH_SIZE + 1));
            assertThrows(IllegalArgumentException.class, () -> new Scorer(model, null, 0));
        }
        Path folder = Files.createDirectories(tmp.resolve("huge-batch"));
        for (String f : new String[] {"model.onnx", "tokenizer.json"}) {
            Files.copy(QWEN.resolve(f), folder.resolve(f));
        }
        Files.writeString(folder.resolve("prm.json"), "{\"convention\": \"qwen2.5-math-prm\", \"batch_size\": 1000000000000}");
        assertThrows(ModelFolderException.class, () -> PrmModel.open(folder, DevicePreference.CPU));
    }

    @Test
    void aHugeStepIsReportedWithoutBeingTokenised() throws Exception {
        Dataset data = ProcessBenchSample.load("gsm8k", 2);
        Problem p = data.problems().get(0);
        Solution huge = p.solution(0).toBuilder().steps(List.of("Let x = 1.", "1 ".repeat(2_500_000))).build();
        Dataset withHuge = data.withProblems(List.of(p.withSolutions(List.of(huge)), data.problems().get(1)));
        try (PrmModel model = PrmModel.open(QWEN, DevicePreference.CPU)) {
            ScoreResult r = new Scorer(model).score(withHuge, ScoreProgress.NONE);
            assertEquals(1, r.skipped());
            assertEquals(1, r.scored());
            assertTrue(r.messages().get(0).matches("problem gsm8k-0, solution gsm8k-0: \\d+ characters, far more than the "
                    + "model's limit of \\d+ tokens; not scored"), r.messages().toString());
        }
    }

    @Test
    void cacheEntriesAreValidatedOnReadAndBadOnesScoredAgain() throws Exception {
        Dataset data = ProcessBenchSample.load("gsm8k", 4);
        Path file = tmp.resolve("cache.jsonl");
        try (PrmModel model = PrmModel.open(QWEN, DevicePreference.CPU)) {
            new Scorer(model, ScoreCache.load(file), 4).score(data, ScoreProgress.NONE);
            // entry lines only (the cache also names its scorer on a line of its own)
            List<String> lines = Files.readAllLines(file).stream().filter(l -> l.contains("\"k\"")).toList();
            assertEquals(4, lines.size());
            ObjectMapper json = new ObjectMapper();
            List<String> tampered = new ArrayList<>();
            String[] bad = {"\"x\"", "-3.0", "5.0", null};
            for (int i = 0; i < 4; i++) {
                ObjectNode n = (ObjectNode) json.readTree(lines.get(i));
                var p = n.withArray("p");
                if (bad[i] != null) {
                    p.set(0, json.readTree(bad[i]));
                } else {
                    p.add(0.5); // one probability too many for the solution's steps
                }
                tampered.add(n.toString());
            }
            Files.write(file, tampered);
            ScoreResult again = new Scorer(model, ScoreCache.load(file), 4).score(data, ScoreProgress.NONE);
            assertEquals(4, again.scored());
            assertEquals(0, again.fromCache());
            assertTrue(again.messages().get(0).startsWith("score cache " + file + ": 4 bad entries ignored and scored "
                    + "again (line 1: probability \"x\" is not a number from 0 to 1; line 2: probability -3.0"),
                    again.messages().toString());
            for (Problem pr : again.dataset().problems()) {
                double score = pr.solution(0).score(model.name()).orElseThrow();
                assertTrue(score >= 0 && score <= 1, "score " + score);
            }
            ScoreCache reread = ScoreCache.load(file);
            assertTrue(reread.warning().isEmpty(), "rewritten without the bad lines: " + reread.warning());
            assertEquals(4, reread.size());
        }
    }

    @Test
    void theCacheIsAppendedBatchByBatchAndSurvivesACutLine() throws Exception {
        Dataset data = ProcessBenchSample.load("gsm8k", 5);
        Path file = tmp.resolve("cache.jsonl");
        List<Long> linesSeen = new ArrayList<>();
        try (PrmModel model = PrmModel.open(QWEN, DevicePreference.CPU)) {
            new Scorer(model, ScoreCache.load(file), 1).score(data, (done, total) -> {
                try {
                    linesSeen.add(Files.exists(file)
                            ? Files.readAllLines(file).stream().filter(l -> l.contains("\"k\"")).count() : 0L);
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertEquals(List.of(0L, 1L, 2L, 3L, 4L, 5L), linesSeen, "each batch is on disk before the next starts");

            // a kill in the middle of a line: that line is lost, the next run appends on a fresh line
            String text = Files.readString(file);
            Files.writeString(file, text.substring(0, text.length() - 10));
            ScoreResult again = new Scorer(model, ScoreCache.load(file), 2).score(data, ScoreProgress.NONE);
            assertEquals(1, again.scored());
            assertEquals(4, again.fromCache());
            assertEquals(5, ScoreCache.load(file).size());
        }
    }
}
