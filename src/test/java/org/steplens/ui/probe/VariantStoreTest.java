package org.steplens.ui.probe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steplens.io.DatasetLoader;
import org.steplens.io.LoadProgress;
import org.steplens.model.Problem;
import org.steplens.review.ReviewStore;
import org.steplens.review.SolutionKey;

/** Variants of real ProcessBench solutions kept in the journal beside the review, and how steps line up. */
class VariantStoreTest {
    @TempDir
    Path dir;

    @Test
    void variantsSurviveReopeningAndRemovalIsKept() throws Exception {
        Path data = dir.resolve("gsm8k.json");
        Files.copy(Path.of("src/test/resources/data/processbench/gsm8k.json"), data);
        Problem p = DatasetLoader.load(data, LoadProgress.NONE).dataset().problems().get(0);
        Variant hinted = new Variant("hint 19", "I think the answer is 19. " + p.text(), p.solution(0).stepTexts())
                .withStep(0, "Step with \"quotes\", a newline\nand ünïcode 2 + 2 = 5");
        SolutionKey key = new SolutionKey(p.id(), 0);
        SolutionKey other = new SolutionKey(p.id(), 1);
        try (ReviewStore review = ReviewStore.openFor(data); VariantStore store = VariantStore.beside(review)) {
            assertTrue(store.load(new ArrayList<>()).isEmpty());
        }
        assertTrue(!Files.exists(dir.resolve("gsm8k.steplens-probe.jsonl")), "no variant, no file");
        try (ReviewStore review = ReviewStore.openFor(data); VariantStore store = VariantStore.beside(review)) {
            assertEquals(dir.resolve("gsm8k.steplens-probe.jsonl"), store.path());
            store.put(key, hinted);
            store.put(other, hinted.withDeleted(1));
            store.put(other, null); // undone: removed
        }
        List<String> notices = new ArrayList<>();
        try (ReviewStore review = ReviewStore.openFor(data); VariantStore store = VariantStore.beside(review)) {
            Map<SolutionKey, Variant> loaded = store.load(notices);
            assertEquals(Map.of(key, hinted), loaded);
        }
        assertTrue(notices.isEmpty(), notices.toString());
        assertEquals(Files.size(Path.of("src/test/resources/data/processbench/gsm8k.json")), Files.size(data));
    }

    @Test
    void editedInsertedAndDeletedStepsLineUpWithTheOriginal() {
        List<String> original = List.of("a", "b", "c", "d");
        assertArrayEquals(new int[] {0, 1, 2, 3}, StepAlignment.originalOf(original, original));
        assertArrayEquals(new int[] {0, 1, 2, 3}, StepAlignment.originalOf(original, List.of("a", "B!", "c", "d")));
        assertArrayEquals(new int[] {0, -1, 1, 2, 3}, StepAlignment.originalOf(original, List.of("a", "new", "b", "c", "d")));
        assertArrayEquals(new int[] {0, 2, 3}, StepAlignment.originalOf(original, List.of("a", "c", "d")));
        assertArrayEquals(new int[] {0, 1, -1}, StepAlignment.originalOf(List.of("x", "y"), List.of("x2", "y2", "z")));
    }
}
