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
import org.steplens.model.Dataset;

/**
 * {@code steplens score FILE --model DIR --spark local[2]} (embedded Spark, in this JVM; the UI is off through
 * the surefire argLine) against the single-process command on the ProcessBench MATH sample.
 */
class SparkScoreCommandTest {
    private static final String MODEL = "samples/models/tiny-prm";

    @Test
    void sparkOutputIsByteForByteTheSingleProcessOutputAndASecondRunSkipsEverything(@TempDir Path dir)
            throws IOException {
        Path input = Files.copy(Path.of("samples/processbench/math.json"), dir.resolve("math.json"));
        Path single = dir.resolve("single.jsonl");
        Path merged = dir.resolve("spark.jsonl");
        CommandRun one = CommandRun.of("score", input.toString(), "--model", MODEL, "--no-cache", "-o", single.toString());
        assertEquals(0, one.exitCode(), one.err());

        CommandRun first = CommandRun.of("score", input.toString(), "--model", MODEL, "-o", merged.toString(),
                "--spark", "local[2]", "--partitions", "3");
        assertEquals(0, first.exitCode(), first.err());
        assertEquals(-1, Files.mismatch(single, merged), "same bytes as the single-process score");
        assertEquals(3, first.err().lines().filter(l -> l.startsWith("spark: partition ")).count(), first.err());
        Dataset scored = DatasetLoader.load(merged, LoadProgress.NONE).dataset();
        assertTrue(scored.stepScorers().contains("steplens-tiny-prm"), "the merged file holds the model's scores");
        assertTrue(Files.isRegularFile(dir.resolve("spark.jsonl.parts/manifest.json")));

        CommandRun second = CommandRun.of("score", input.toString(), "--model", MODEL, "-o", merged.toString(),
                "--spark", "local[2]", "--partitions", "3");
        assertEquals(0, second.exitCode(), second.err());
        assertTrue(second.err().contains("3 partitions, 3 already scored"), second.err());
        assertFalse(second.err().contains("spark: partition "), "nothing scored again: " + second.err());
        assertTrue(second.err().contains("scored 0 solutions"), second.err());
        assertEquals(-1, Files.mismatch(single, merged));
    }

    @Test
    void sparkNeedsAnOutputFile(@TempDir Path dir) throws IOException {
        Path input = Files.copy(Path.of("samples/processbench/math.json"), dir.resolve("math.json"));
        CommandRun r = CommandRun.of("score", input.toString(), "--model", MODEL, "--spark", "local[2]");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--spark needs -o"), r.err());
    }
}
