package org.steplens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steplens.io.DatasetLoader;
import org.steplens.io.LoadProgress;
import org.steplens.io.LoadResult;

class InfoAndConvertCommandTest {
    private static final Path DATA = Path.of("src", "test", "resources", "data");

    @TempDir
    Path dir;

    static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    @Test
    void processBenchCounts() {
        String[] files = {"gsm8k", "math", "olympiadbench", "omnimath"};
        String[] labels = {"400 (207 erroneous, 193 correct)", "1000 (594 erroneous, 406 correct)",
                "1000 (661 erroneous, 339 correct)", "1000 (759 erroneous, 241 correct)"};
        for (int i = 0; i < files.length; i++) {
            CommandRun r = run("info", DATA.resolve("processbench/" + files[i] + ".json").toString());
            assertEquals(0, r.exitCode());
            assertTrue(r.out().contains("  format: ProcessBench\n"), r.out());
            assertTrue(r.out().contains("  first-error labels: " + labels[i] + "\n"), r.out());
            assertTrue(r.out().contains("  load errors: none\n"), r.out());
        }
    }

    @Test
    void prmBenchAndMath500Counts() {
        CommandRun r = run("info", DATA.resolve("prmbench/prmbench.jsonl.gz").toString(),
                DATA.resolve("math500/test.jsonl").toString());
        assertEquals(0, r.exitCode());
        assertTrue(r.out().contains("  format: PRMBench\n  problems: 6216\n  solutions: 12432\n"), r.out());
        assertTrue(r.out().contains("  error-step labels: 6216 solutions (6051 with error steps, 165 without); "
                + "100 name a step past the last one\n"), r.out());
        assertTrue(r.out().contains("  format: MATH problems\n  problems: 500\n  solutions: 0\n"), r.out());
    }

    @Test
    void prm800kSampleShowsRatingsAndFirstErrors() {
        CommandRun r = run("info", DATA.resolve("prm800k/samples_prm800k.jsonl").toString());
        assertEquals(0, r.exitCode());
        String expected = """
                  format: PRM800K
                  problems: 6
                  solutions: 6
                  steps: 45
                  step scorers: none
                  solution scorers: none
                  ground-truth answers: 5 of 6 problems
                  final answers: 4 of 6 solutions
                  correctness known: 3 (3 correct, 0 incorrect)
                  human step ratings: 43 steps in 6 solutions (41 positive, 1 neutral, 1 negative, 2 unrated)
                  human first errors: 1 solutions with a step rated -1, 5 without
                    prm800k-ad5b14b23ed9 solution 1: ratings 1 ? 1 1 1 1; no step rated -1
                    prm800k-61b7e29cf3ce solution 1: ratings 1 0 1 1 1 1 -1; first error: step 7 (index 6)
                    prm800k-b3fc4e39c394 solution 1: ratings 1 1 1 1 1; no step rated -1
                    prm800k-ec7aef671dc0 solution 1: ratings 1 1 1 1 1 1 1; no step rated -1
                    prm800k-0b7036ebe342 solution 1: ratings 1 1 1 1 1 1 1 ?; no step rated -1
                    prm800k-ae4e6142a91a solution 1: ratings 1 1 1 1 1 1 1 1 1 1 1 1; no step rated -1
                  load errors: none
                """;
        assertEquals(DATA.resolve("prm800k/samples_prm800k.jsonl") + "\n" + expected, r.out());
    }

    @Test
    void lightmanStatedScoreIsReproduced() {
        CommandRun r = run("info", DATA.resolve("lightman/scored_sample_example1.json").toString(),
                DATA.resolve("lightman/scored_sample_example2.json").toString());
        assertEquals(0, r.exitCode());
        String line = "  stated prm score = product of step prm probabilities (Π(P(1)+P(0)) for three-way): "
                + "reproduced on 1 of 1 solutions, max |difference| 0\n";
        assertEquals(2, r.out().split(java.util.regex.Pattern.quote(line), -1).length - 1, r.out());
        assertTrue(r.out().contains("  three-way step probabilities (rating_probs): 1 solutions\n"));
        assertTrue(r.out().contains("  step scorers: prm\n  solution scorers: prm, orm\n"));
    }

    @Test
    void someBadRecordsStillExitZeroNothingReadableExitsOne() throws IOException {
        Path partly = dir.resolve("partly.jsonl");
        Files.writeString(partly, Files.readAllLines(DATA.resolve("math500/test.jsonl")).get(0) + "\n{\"problem\": 3\n");
        CommandRun r = run("info", partly.toString());
        assertEquals(0, r.exitCode());
        assertTrue(r.out().contains("  problems: 1\n"));
        assertTrue(r.out().contains("  load errors: 1\n    " + partly
                + ":2: truncated JSON: the record ends before it is complete\n"), r.out());

        Path missing = dir.resolve("missing.json");
        CommandRun m = run("info", missing.toString());
        assertEquals(1, m.exitCode());
        assertEquals(missing + "\n  error: " + missing + ": file not found\n", m.out());

        Path empty = dir.resolve("empty.jsonl");
        Files.writeString(empty, "");
        CommandRun e = run("info", empty.toString());
        assertEquals(1, e.exitCode());
        assertEquals(empty + "\n  load errors: 1\n    " + empty + ": the file is empty\n", e.out());
    }

    @Test
    void convertWritesNativeThatLoadsToTheSameProblems() throws IOException {
        Path out = dir.resolve("pb.jsonl");
        CommandRun r = run("convert", DATA.resolve("processbench/gsm8k.json").toString(),
                DATA.resolve("processbench/math.json").toString(), "-o", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("wrote 1400 problems, 1400 solutions (ProcessBench) to " + out + "\n", r.out());
        LoadResult original = DatasetLoader.loadAll(
                java.util.List.of(DATA.resolve("processbench/gsm8k.json"), DATA.resolve("processbench/math.json")),
                LoadProgress.NONE);
        LoadResult back = DatasetLoader.load(out, LoadProgress.NONE);
        assertEquals(original.dataset().problems(), back.dataset().problems());
        assertEquals("processbench/math", back.dataset().problems().get(1399).source());
    }

    @Test
    void convertRefusesWhenNothingIsReadable() throws IOException {
        Path empty = dir.resolve("empty.json");
        Files.writeString(empty, "   ");
        Path out = dir.resolve("out.jsonl");
        CommandRun r = run("convert", empty.toString(), "-o", out.toString());
        assertEquals(1, r.exitCode());
        assertFalse(Files.exists(out));
        assertEquals("StepLens: some records could not be read:\n  load errors: 1\n    " + empty
                + ": the file is empty\nStepLens: nothing could be read; " + out + " was not written\n", r.err());
        CommandRun bad = run("convert", DATA.resolve("math500/test.jsonl").toString(), "-o",
                dir.resolve("no/folder/out.jsonl").toString());
        assertEquals(1, bad.exitCode());
        assertEquals("StepLens: " + dir.resolve("no/folder/out.jsonl") + ": cannot write: folder "
                + dir.resolve("no/folder") + " does not exist\n", bad.err());
    }
}
