package org.steplens.score;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steplens.io.DatasetLoader;
import org.steplens.io.LoadProgress;
import org.steplens.model.Dataset;

/** Scores made earlier are found again when the same file is opened: real ProcessBench records, the tiny Qwen PRM. */
class CachedScoresTest {
    @TempDir
    Path tmp;
    private String userCache;

    @BeforeEach
    void isolateTheUserCache() {
        userCache = System.getProperty("steplens.cache");
        System.setProperty("steplens.cache", tmp.resolve("user-cache").toString());
    }

    @AfterEach
    void restore() {
        if (userCache == null) {
            System.clearProperty("steplens.cache");
        } else {
            System.setProperty("steplens.cache", userCache);
        }
    }

    /** The first {@code n} records of the real ProcessBench GSM8K file, written as a file of their own. */
    private Path processBench(String folder, int n) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ArrayNode all = (ArrayNode) json.readTree(ProcessBenchSample.FOLDER.resolve("gsm8k.json").toFile());
        ArrayNode some = json.createArrayNode();
        for (int i = 0; i < n; i++) {
            some.add(all.get(i));
        }
        Path file = Files.createDirectories(tmp.resolve(folder)).resolve("gsm8k.json");
        json.writeValue(file.toFile(), some);
        return file;
    }

    private static Dataset load(Path file) throws Exception {
        return DatasetLoader.load(file, LoadProgress.NONE).dataset();
    }

    @Test
    void scoresMadeEarlierComeBackWhenTheFileIsOpenedAgain() throws Exception {
        Path file = processBench("a", 4);
        Dataset scored;
        String name;
        try (PrmModel model = PrmModel.open(ScorerTest.QWEN, DevicePreference.CPU)) {
            name = model.name();
            scored = new Scorer(model, ScoreCache.forInput(file, model.hash()), 4)
                    .score(load(file), ScoreProgress.NONE).dataset();
        }
        Dataset reopened = load(file);
        assertFalse(reopened.stepScorers().contains(name), "the file itself has no model scores");
        CachedScores.Found found = CachedScores.apply(reopened, List.of(file), () -> false);
        assertEquals(Map.of(name, 4), found.scorers());
        for (int p = 0; p < 4; p++) {
            var expected = scored.problems().get(p).solution(0);
            var actual = found.dataset().problems().get(p).solution(0);
            assertArrayEquals(expected.stepProbabilities().get(name).orElseThrow(), actual.stepProbabilities().get(name).orElseThrow(), 0.0);
            assertEquals(expected.score(name).orElseThrow(), actual.score(name).orElseThrow(), 0.0);
        }

        // a file saved with these scores carries them itself: the cache adds nothing over them
        CachedScores.Found again = CachedScores.apply(found.dataset(), List.of(file), () -> false);
        assertTrue(again.isEmpty());
        assertSame(found.dataset(), again.dataset());

        // other solutions (another file in another folder) find nothing, and a cancelled lookup stops
        Path other = processBench("b", 2);
        assertTrue(CachedScores.apply(load(other), List.of(other), () -> false).isEmpty());
        assertThrows(CancellationException.class, () -> CachedScores.apply(reopened, List.of(file), () -> true));
    }

    @Test
    void aCacheThatDoesNotNameItsScorerIsLeftAlone() throws Exception {
        Path file = processBench("c", 2);
        try (PrmModel model = PrmModel.open(ScorerTest.QWEN, DevicePreference.CPU)) {
            ScoreCache cache = ScoreCache.forInput(file, model.hash());
            new Scorer(model, cache, 4).score(load(file), ScoreProgress.NONE);
            List<String> lines = Files.readAllLines(cache.file());
            assertTrue(lines.get(0).contains("\"scorer\""), lines.get(0));
            Files.write(cache.file(), lines.subList(1, lines.size()));
        }
        assertTrue(CachedScores.apply(load(file), List.of(file), () -> false).isEmpty());
    }
}
