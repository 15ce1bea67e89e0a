package org.steplens.score;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.steplens.model.Dataset;
import org.steplens.model.Problem;
import org.steplens.model.Solution;

/**
 * Each convention end to end: a random-weight model of the real vocabulary size exported as optimum does, with the
 * real tokenizer, scores ProcessBench solutions (up to 2,000 tokens, some with padded steps) exactly as PyTorch
 * running the authors' inference code does (expected.json, from make_models.py), to 1e-4, batched and alone.
 */
class ConventionModelsTest {
    @TempDir
    static Path tmp;

    static List<String> conventions() {
        return ConventionSamples.CONVENTIONS;
    }

    @ParameterizedTest
    @MethodSource("conventions")
    void scoresEqualTheAuthorsCodeInPyTorch(String convention) throws Exception {
        JsonNode expected = new ObjectMapper().readTree(RealTokenizers.MODELS.resolve(convention)
                .resolve("expected.json").toFile());
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            JsonNode e = expected.get(i);
            List<String> steps = new ArrayList<>();
            e.get("steps").forEach(s -> steps.add(s.asText()));
            problems.add(new Problem(e.get("id").asText(), e.get("problem").asText(), null, null, null, null, null,
                    List.of(Solution.builder().steps(steps).build()), null));
        }
        Dataset dataset = new Dataset("ProcessBench sample", "ProcessBench", problems);
        try (PrmModel model = PrmModel.open(RealTokenizers.modelFolder(convention, tmp), DevicePreference.CPU)) {
            for (int i = 0; i < expected.size(); i++) {
                Problem p = problems.get(i);
                EncodedSolution encoded = model.encode(p.text(), p.solution(0).stepTexts());
                assertArrayEquals(longs(expected.get(i).get("ids")), encoded.ids(), convention + " ids " + p.id());
                assertArrayEquals(ints(expected.get(i).get("reads")), encoded.readPositions(), convention + " reads");
            }
            for (int batch : new int[] {1, 4}) {
                ScoreResult result = new Scorer(model, null, batch).score(dataset, ScoreProgress.NONE);
                assertTrue(result.messages().isEmpty(), result.messages().toString());
                assertEquals(expected.size(), result.scored());
                for (int i = 0; i < expected.size(); i++) {
                    Solution s = result.dataset().problems().get(i).solution(0);
                    JsonNode want = expected.get(i).get("step_probabilities");
                    assertEquals(want.size(), s.stepCount());
                    for (int k = 0; k < want.size(); k++) {
                        assertEquals(want.get(k).asDouble(), s.stepProbability(convention, k).orElseThrow(), 1e-4,
                                convention + " " + problems.get(i).id() + " step " + k + " batch " + batch);
                    }
                }
            }
        }
    }

    private static long[] longs(JsonNode array) {
        long[] out = new long[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asLong();
        }
        return out;
    }

    private static int[] ints(JsonNode array) {
        int[] out = new int[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asInt();
        }
        return out;
    }
}
