package org.steplens.score;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.steplens.model.Dataset;
import org.steplens.model.Problem;
import org.steplens.model.Solution;

/**
 * The bundled demonstration PRM (samples/models/tiny-prm): DJL encodes exactly as the training script did, ONNX
 * Runtime gives PyTorch's probabilities, and scores do not depend on the batch size or the run.
 */
class BundledModelTest {
    static final Path MODEL = Path.of("samples/models/tiny-prm");
    static final Path REFERENCE = Path.of("src/test/resources/score/tiny_prm_reference.json");

    static PrmModel model;

    @BeforeAll
    static void open() throws Exception {
        model = PrmModel.open(MODEL, DevicePreference.AUTO);
    }

    @AfterAll
    static void close() {
        model.close();
    }

    @Test
    void isSmallEnoughToBundle() throws Exception {
        long total = 0;
        for (String f : List.of("model.onnx", "tokenizer.json", "prm.json")) {
            total += Files.size(MODEL.resolve(f));
        }
        assertTrue(total < 20_000_000, total + " bytes");
        assertEquals("steplens-tiny-prm", model.name());
    }

    @Test
    void tokenIdsEqualThoseTheTrainingScriptRecorded() throws Exception {
        JsonNode reference = new ObjectMapper().readTree(REFERENCE.toFile());
        assertEquals(4, reference.size());
        for (JsonNode r : reference) {
            long[] expected = ids(r.get("ids"));
            assertArrayEquals(expected, model.tokenIds(r.get("text").asText()));
            // The Java template renders the same text the script trained on.
            EncodedSolution encoded = model.encode(r.get("problem").asText(), strings(r.get("steps")));
            assertArrayEquals(expected, encoded.ids());
        }
    }

    @Test
    void probabilitiesEqualPyTorchs() throws Exception {
        JsonNode reference = new ObjectMapper().readTree(REFERENCE.toFile());
        List<Problem> problems = new ArrayList<>();
        for (JsonNode r : reference) {
            problems.add(new Problem("p" + problems.size(), r.get("problem").asText(), null, null, null, null, null,
                    List.of(Solution.builder().steps(strings(r.get("steps"))).build()), null));
        }
        Dataset scored = new Scorer(model, null, 4).score(new Dataset("ref", "test", problems), ScoreProgress.NONE)
                .dataset();
        for (int i = 0; i < reference.size(); i++) {
            JsonNode want = reference.get(i).get("step_probabilities");
            Solution s = scored.problems().get(i).solution(0);
            assertEquals(want.size(), s.stepCount());
            for (int k = 0; k < want.size(); k++) {
                assertEquals(want.get(k).asDouble(), s.stepProbability(model.name(), k).orElseThrow(), 1e-5,
                        "record " + i + " step " + k);
            }
        }
    }

    @Test
    void deterministicAcrossRunsAndBatchSizes() throws Exception {
        Dataset data = ProcessBenchSample.load("math", 40);
        Dataset one = new Scorer(model, null, 1).score(data, ScoreProgress.NONE).dataset();
        Dataset seven = new Scorer(model, null, 7).score(data, ScoreProgress.NONE).dataset();
        Dataset all = new Scorer(model, null, 40).score(data, ScoreProgress.NONE).dataset();
        Dataset allAgain = new Scorer(model, null, 40).score(data, ScoreProgress.NONE).dataset();
        assertEquals(all, allAgain, "same batch size, same numbers");
        double worst = 0;
        for (int p = 0; p < data.problemCount(); p++) {
            Solution a = one.problems().get(p).solution(0);
            Solution b = seven.problems().get(p).solution(0);
            Solution c = all.problems().get(p).solution(0);
            for (int k = 0; k < a.stepCount(); k++) {
                double x = a.stepProbability(model.name(), k).orElseThrow();
                worst = Math.max(worst, Math.abs(x - b.stepProbability(model.name(), k).orElseThrow()));
                worst = Math.max(worst, Math.abs(x - c.stepProbability(model.name(), k).orElseThrow()));
            }
        }
        assertTrue(worst <= 1e-5, "largest difference between batch sizes " + worst);
    }

    private static long[] ids(JsonNode array) {
        long[] ids = new long[array.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = array.get(i).asLong();
        }
        return ids;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
