package org.steplens.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steplens.model.Dataset;
import org.steplens.model.Solution;
import org.steplens.SampleFiles;

/** The bundled samples load without a single error, round-trip, and keep what samples/README.md promises. */
class SamplesTest {
    private static final Path SAMPLES = Path.of("samples");

    @TempDir
    Path dir;

    @Test
    void everySampleLoadsCleanlyAndRoundTrips() throws IOException {
        List<Path> files = SampleFiles.all();
        assertTrue(files.size() >= 12, "samples found: " + files);
        for (Path f : files) {
            Dataset d = TestData.loadClean(f);
            assertTrue(d.problemCount() > 0, f.toString());
            Path out = dir.resolve("round.jsonl");
            NativeJsonlWriter.write(d, out);
            assertEquals(d.problems(), TestData.loadClean(out).problems(), f.toString());
        }
    }

    @Test
    void processBenchSliceKeepsEachSubsetsMix() throws IOException {
        String[] subsets = {"gsm8k", "math", "olympiadbench", "omnimath"};
        int[] erroneous = {21, 24, 26, 30};
        for (int i = 0; i < subsets.length; i++) {
            Dataset d = TestData.loadClean(SAMPLES.resolve("processbench/" + subsets[i] + ".json"));
            assertEquals(40, d.problemCount());
            long errors = d.problems().stream()
                    .filter(p -> p.solution(0).firstErrorLabel().getAsInt() != Solution.NO_ERROR).count();
            assertEquals(erroneous[i], errors, subsets[i]);
        }
    }

    @Test
    void prmBenchSliceHasAHundredRecordsOfEveryClassification() throws IOException {
        Dataset d = TestData.loadClean(SAMPLES.resolve("prmbench/prmbench_100.jsonl"));
        assertEquals(100, d.problemCount());
        assertEquals(9, d.problems().stream().map(p -> p.id().substring(p.id().indexOf('/') + 1)).distinct().count());
    }
}
