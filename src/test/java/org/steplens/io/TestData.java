package org.steplens.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.steplens.model.Dataset;

/** The real data copied into src/test/resources/data (see its README for provenance). */
final class TestData {
    static final Path ROOT = Path.of("src", "test", "resources", "data");
    /** Progress that asks every load to stop. */
    static final LoadProgress CANCELLED = new LoadProgress() {
        @Override
        public void onProgress(long bytesRead, long totalBytes) {
        }

        @Override
        public boolean isCancelled() {
            return true;
        }
    };

    private TestData() {
    }

    static Path file(String relative) {
        return ROOT.resolve(relative);
    }

    static List<Path> processBench() {
        return List.of(file("processbench/gsm8k.json"), file("processbench/math.json"),
                file("processbench/olympiadbench.json"), file("processbench/omnimath.json"));
    }

    /** Every real data file a reader should accept. */
    static List<Path> allReadable() {
        return List.of(file("processbench/gsm8k.json"), file("processbench/math.json"),
                file("processbench/olympiadbench.json"), file("processbench/omnimath.json"),
                file("prmbench/prmbench.jsonl.gz"), file("math500/test.jsonl"),
                file("prm800k/samples_prm800k.jsonl"), file("prm800k/prm800k-phase1-test-example.json"),
                file("prm800k/prm800k-phase1-train-example.json"), file("prm800k/prm800k-phase2-test-example.json"),
                file("lightman/scored_sample_example1.json"), file("lightman/scored_sample_example2.json"),
                file("mathshepherd/samples_math-shepherd.jsonl"), file("qwen25math/math_cot_100.jsonl"));
    }

    /** Loads a file that must load without errors. */
    static Dataset loadClean(Path file) throws IOException {
        LoadResult r = DatasetLoader.load(file, LoadProgress.NONE);
        assertEquals(List.of(), r.errors(), "load errors in " + file);
        return r.dataset();
    }
}
