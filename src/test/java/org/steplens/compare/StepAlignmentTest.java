package org.steplens.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.steplens.io.DatasetLoader;
import org.steplens.io.LoadProgress;
import org.steplens.model.Dataset;

/** Alignment on real ProcessBench solutions. */
class StepAlignmentTest {

    private static Dataset math() throws IOException {
        return DatasetLoader.load(Path.of("src/test/resources/data/processbench/math.json"), LoadProgress.NONE).dataset();
    }

    @Test
    void insertedRemovedAndEditedStepsAlignAsExpected() throws IOException {
        List<String> original = null;
        for (var p : math().problems()) {
            if (p.solution(0).stepCount() >= 8) {
                original = p.solution(0).stepTexts();
                break;
            }
        }
        List<String> changed = new ArrayList<>(original);
        changed.set(5, changed.get(5).replaceFirst("\\d", "7") + " So we continue.");   // edited step 5
        changed.remove(3);                                                                // removed step 3
        changed.add(1, "Let me first restate what is being asked of us in plain words."); // inserted before step 1
        List<StepAlignment.Row> rows = StepAlignment.align(original, changed);

        List<StepAlignment.Row> expected = new ArrayList<>();
        expected.add(new StepAlignment.Row(0, 0, 1));
        expected.add(new StepAlignment.Row(-1, 1, 0));
        expected.add(new StepAlignment.Row(1, 2, 1));
        expected.add(new StepAlignment.Row(2, 3, 1));
        expected.add(new StepAlignment.Row(3, -1, 0));
        expected.add(new StepAlignment.Row(4, 4, 1));
        for (int i = 5; i < original.size(); i++) {
            expected.add(new StepAlignment.Row(i, i, 1));
        }
        assertEquals(expected.size(), rows.size(), rows.toString());
        for (int r = 0; r < rows.size(); r++) {
            assertEquals(expected.get(r).left(), rows.get(r).left(), "row " + r + ": " + rows);
            assertEquals(expected.get(r).right(), rows.get(r).right(), "row " + r + ": " + rows);
        }
        StepAlignment.Row edited = rows.get(6);
        assertTrue(edited.similarity() < 1 && edited.similarity() >= StepAlignment.DEFAULT_FLOOR, edited.toString());
        assertEquals(1, StepAlignment.firstDivergence(rows), "the inserted step is the first divergence");
    }

    @Test
    void unrelatedSolutionsClaimNoFalsePairs() throws IOException {
        Dataset ds = math();
        List<String> a = ds.problems().get(0).solution(0).stepTexts();
        List<String> b = ds.problems().get(17).solution(0).stepTexts();
        List<StepAlignment.Row> rows = StepAlignment.align(a, b);
        long pairs = rows.stream().filter(StepAlignment.Row::isPair).count();
        assertTrue(pairs <= 1, "unrelated solutions paired " + pairs + " steps: " + rows);
        assertEquals(a.size() + b.size() - 2 * pairs, rows.size());
    }

    @Test
    void sameSolutionAlignsStepForStepWithNoDivergence() throws IOException {
        List<String> a = math().problems().get(3).solution(0).stepTexts();
        List<StepAlignment.Row> rows = StepAlignment.align(a, a);
        assertEquals(a.size(), rows.size());
        assertEquals(-1, StepAlignment.firstDivergence(rows));
        assertEquals(1.0, StepAlignment.meanSimilarity(rows));
    }

    @Test
    void wordDiffMarksTheChangedNumber() {
        List<WordDiff.Segment> d = WordDiff.diff("So 3 + 4 = 7 apples.", "So 3 + 4 = 8 apples.");
        assertEquals(List.of(new WordDiff.Segment(WordDiff.Kind.SAME, "So 3 + 4 = "),
                new WordDiff.Segment(WordDiff.Kind.ADDED, "8 "), new WordDiff.Segment(WordDiff.Kind.REMOVED, "7 "),
                new WordDiff.Segment(WordDiff.Kind.SAME, "apples.")), d);
    }
}
