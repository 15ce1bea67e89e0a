package org.steplens.select;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.steplens.model.Dataset;
import org.steplens.model.Problem;
import org.steplens.model.ScorerNames;
import org.steplens.model.Solution;
import org.steplens.model.ThreeWayProbability;

/**
 * Reads the real test files straight from their raw JSON, following the loader's conventions (scorer "prm" = step
 * P(+1)+P(0), three-way kept; "orm" = orm_score / pred_score[i][0]; correct = is_correct / score[i]).
 */
public final class RealData {
    static final ObjectMapper JSON = new ObjectMapper();

    private RealData() {
    }

    public static JsonNode json(String resource) {
        try (InputStream in = RealData.class.getResourceAsStream("/data/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<JsonNode> jsonLines(String resource) {
        try (InputStream in = RealData.class.getResourceAsStream("/data/" + resource)) {
            List<JsonNode> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    out.add(JSON.readTree(line));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One Lightman scored sample as a solution. */
    public static Solution lightmanSolution(JsonNode r) {
        List<String> steps = new ArrayList<>();
        r.get("steps").forEach(s -> steps.add(s.asText()));
        List<ThreeWayProbability> threeWay = new ArrayList<>();
        double[] p = new double[steps.size()];
        int i = 0;
        for (JsonNode probs : r.get("rating_probs")) {
            ThreeWayProbability t = new ThreeWayProbability(probs.get("1").asDouble(), probs.get("0").asDouble(),
                    probs.get("-1").asDouble());
            threeWay.add(t);
            p[i++] = t.positive() + t.neutral();
        }
        return Solution.builder().steps(steps).threeWay(threeWay).stepProbabilities(ScorerNames.PRM, p)
                .score(ScorerNames.PRM, r.get("prm_score").asDouble()).score(ScorerNames.ORM, r.get("orm_score").asDouble())
                .finalAnswer(r.get("answer").asText()).correct(r.get("is_correct").asBoolean()).build();
    }

    /** The two real Lightman records, each its own problem. */
    public static Dataset lightman() {
        List<Problem> problems = new ArrayList<>();
        for (String f : List.of("lightman/scored_sample_example1.json", "lightman/scored_sample_example2.json")) {
            JsonNode r = json(f);
            problems.add(new Problem(r.get("unique_id").asText(), r.get("problem").asText(),
                    r.get("ground_truth_answer").asText(), null, r.get("subject").asText(), r.get("level").asInt(),
                    "lightman", List.of(lightmanSolution(r)), null));
        }
        return new Dataset("lightman", "Lightman scored samples", problems);
    }

    /** Qwen2.5-Math's rm/maj example: 100 problems × 8 samples. */
    public static Dataset qwen() {
        List<Problem> problems = new ArrayList<>();
        for (JsonNode r : jsonLines("qwen25math/math_cot_100.jsonl")) {
            List<Solution> sols = new ArrayList<>();
            for (int i = 0; i < r.get("code").size(); i++) {
                sols.add(Solution.builder().steps(List.of(r.get("code").get(i).asText()))
                        .finalAnswer(r.get("pred").get(i).asText()).correct(r.get("score").get(i).asBoolean())
                        .score(ScorerNames.ORM, r.get("pred_score").get(i).get(0).asDouble()).build());
            }
            problems.add(new Problem("qwen-" + r.get("idx").asText(), r.get("question").asText(), r.get("gt").asText(),
                    null, null, null, "qwen25math", sols, null));
        }
        return new Dataset("math_cot_100", "Qwen2.5-Math rm/maj example", problems);
    }
}
