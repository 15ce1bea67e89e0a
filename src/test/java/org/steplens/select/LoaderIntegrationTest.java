package org.steplens.select;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.steplens.io.DatasetLoader;
import org.steplens.io.LoadProgress;
import org.steplens.io.LoadResult;
import org.steplens.model.Dataset;
import org.steplens.model.NamedScores;
import org.steplens.model.ScorerNames;
import org.steplens.model.Solution;

/** The selection engine on datasets as the real loader reads them. */
class LoaderIntegrationTest {
    private static final Path DATA = Path.of("src/test/resources/data");

    private static Dataset load(String... files) throws Exception {
        List<Path> paths = java.util.Arrays.stream(files).map(DATA::resolve).toList();
        LoadResult r = DatasetLoader.loadAll(paths, LoadProgress.NONE);
        assertTrue(r.errors().isEmpty(), r.errors().toString());
        return r.dataset();
    }

    @Test
    void defaultAggregationOfLoadedLightmanRecordsEqualsTheirStatedPrmScore() throws Exception {
        Dataset d = load("lightman/scored_sample_example1.json", "lightman/scored_sample_example2.json");
        assertEquals(2, d.problemCount());
        for (var p : d.problems()) {
            Solution s = p.solution(0);
            double stated = s.score(ScorerNames.PRM).orElseThrow();
            Solution stepsOnly = s.toBuilder().scores(NamedScores.EMPTY).build();
            assertEquals(stated, PrmAggregation.DEFAULT.score(stepsOnly, ScorerNames.PRM).orElseThrow(), 1e-12, p.id());
            assertTrue(s.hasThreeWay());
        }
    }

    @Test
    void loadedQwenDataGivesTheSamePicksAsTheRawFields() throws Exception {
        Dataset loaded = load("qwen25math/math_cot_100.jsonl");
        Dataset raw = RealData.qwen();
        assertEquals(raw.problemCount(), loaded.problemCount());
        SelectionSettings settings = SelectionSettings.defaults().withMethods(List.of(SelectionMethod.MAJORITY,
                SelectionMethod.ORM, SelectionMethod.ORACLE, SelectionMethod.ORM_WEIGHTED_MAJORITY));
        for (int i = 0; i < raw.problemCount(); i++) {
            assertEquals(Selections.pick(raw.problems().get(i), settings).picks(),
                    Selections.pick(loaded.problems().get(i), settings).picks(), "problem " + i);
        }
    }
}
