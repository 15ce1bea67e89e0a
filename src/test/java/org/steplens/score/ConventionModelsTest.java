package org.steplens.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.steplens.model.Dataset;
import org.steplens.model.Problem;
import org.steplens.model.Solution;

/**
 * Each ready convention against a tiny model with the real export's inputs and outputs (built by
 * src/test/resources/score/conventions/make_models.py), on real ProcessBench solutions. The expected step
 * probabilities come from each model card's own recipe (RLHFlow: one conversation per step, position -3;
 * Skywork: pieces encoded separately), so template, marker positions, position ids and head reduction are all
 * checked end to end.
 */
class ConventionModelsTest {
    static final Path CONVENTIONS = Path.of("src/test/resources/score/conventions");

    @ParameterizedTest
    @ValueSource(strings = {"math-shepherd", "qwen2.5-math-prm", "rlhflow", "skywork"})
    void scoresMatchTheConventionsOwnRecipe(String convention) throws Exception {
        JsonNode expected = new ObjectMapper().readTree(CONVENTIONS.resolve(convention).resolve("expected.json").toFile());
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            JsonNode e = expected.get(i);
            List<String> steps = new ArrayList<>();
            e.get("steps").forEach(s -> steps.add(s.asText()));
            Solution solution = Solution.builder().steps(steps).build();
            problems.add(new Problem("p" + i, e.get("problem").asText(), null, null, null, null, null,
                    List.of(solution), null));
        }
        Dataset dataset = new Dataset("gsm8k sample", "ProcessBench", problems);
        for (int batch : new int[] {1, 3}) {
            try (PrmModel model = PrmModel.open(CONVENTIONS.resolve(convention), DevicePreference.CPU)) {
                assertEquals(convention, model.name());
                assertEquals(convention, model.spec().convention());
                ScoreResult result = new Scorer(model, null, batch).score(dataset, ScoreProgress.NONE);
                assertTrue(result.messages().isEmpty(), result.messages().toString());
                assertEquals(expected.size(), result.scored());
                for (int i = 0; i < expected.size(); i++) {
                    Solution s = result.dataset().problems().get(i).solution(0);
                    JsonNode want = expected.get(i).get("step_probabilities");
                    assertEquals(want.size(), s.stepCount());
                    double product = 1;
                    for (int k = 0; k < want.size(); k++) {
                        double got = s.stepProbability(convention, k).orElseThrow();
                        assertEquals(want.get(k).asDouble(), got, 1e-5, convention + " problem " + i + " step " + k);
                        product *= got;
                    }
                    assertEquals(product, s.score(convention).orElseThrow(), 1e-12);
                }
                // The recipe's probabilities vary from step to step: a wrong marker position would not pass by luck.
                JsonNode first = expected.get(0).get("step_probabilities");
                assertFalse(Math.abs(first.get(0).asDouble() - first.get(first.size() - 1).asDouble()) < 1e-3);
            }
        }
    }
}
