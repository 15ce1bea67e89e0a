package org.steplens.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steplens.model.Problem;

/** Problems reach the UI while the rest of the file is still loading; several files load as one dataset. */
class ProgressiveLoadTest {
    @TempDir
    Path dir;

    private static String sample(String id, int n) {
        return "{\"problem\":\"Problem " + id + "\",\"unique_id\":\"" + id + "\",\"steps\":[\"step " + n
                + " " + "w".repeat(300) + "\"],\"rating_probs\":[{\"1\":0.5,\"0\":0.25,\"-1\":0.25}],"
                + "\"prm_score\":0.75,\"orm_score\":0.5}";
    }

    @Test
    void groupedSamplesAreAnnouncedProblemByProblemBeforeTheEnd() throws IOException {
        Path f = dir.resolve("samples.jsonl");
        try (BufferedWriter w = Files.newBufferedWriter(f)) {
            for (String id : List.of("a", "b", "c", "d")) {
                for (int n = 0; n < 3000; n++) {
                    w.write(sample(id, n));
                    w.write('\n');
                }
            }
        }
        long size = Files.size(f);
        List<String> announced = new ArrayList<>();
        List<Long> announcedAt = new ArrayList<>();
        long[] lastBytes = {0};
        LoadResult r = DatasetLoader.load(f, new LoadProgress() {
            @Override
            public void onProgress(long bytesRead, long totalBytes) {
                lastBytes[0] = bytesRead;
            }

            @Override
            public void onProblems(List<Problem> completed) {
                for (Problem p : completed) {
                    announced.add(p.id());
                    announcedAt.add(lastBytes[0]);
                    assertEquals(3000, p.solutionCount(), "a problem is announced complete");
                }
            }
        });
        assertEquals(List.of("a", "b", "c", "d"), announced);
        assertTrue(announcedAt.get(0) < size / 2, "the first problem arrives while most of the file is unread");
        assertEquals(4, r.dataset().problemCount());
    }

    @Test
    void aProblemWhoseSamplesComeBackLaterIsStillOneProblem() throws IOException {
        Path f = dir.resolve("split.jsonl");
        Files.writeString(f, sample("a", 1) + "\n" + sample("b", 1) + "\n" + sample("a", 2) + "\n");
        LoadResult r = DatasetLoader.load(f, LoadProgress.NONE);
        assertEquals(List.of("a", "b"), r.dataset().problems().stream().map(Problem::id).toList());
        assertEquals(2, r.dataset().problems().get(0).solutionCount());
        assertTrue(r.dataset().problems().get(0).solution(1).stepText(0).startsWith("step 2 "));
    }

    @Test
    void loadAllKeepsReadableFilesAndReportsTheOthers() throws IOException {
        Path unknown = dir.resolve("unknown.json");
        Files.writeString(unknown, "{\"x\": 1}");
        LoadResult r = DatasetLoader.loadAll(List.of(TestData.file("lightman/scored_sample_example1.json"), unknown,
                TestData.file("math500/test.jsonl")), LoadProgress.NONE);
        assertEquals(501, r.dataset().problemCount());
        assertEquals("Lightman scored samples, MATH problems", r.format());
        assertEquals(1, r.errors().size());
        assertTrue(r.errors().get(0).message().startsWith(unknown + ": not a known format: the first record has the keys [x]"));
        assertEquals("scored_sample_example1.json + unknown.json + test.jsonl", r.dataset().name());
    }
}
