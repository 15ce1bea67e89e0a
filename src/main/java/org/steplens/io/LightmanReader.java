package org.steplens.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.steplens.model.Problem;
import org.steplens.model.ScorerNames;
import org.steplens.model.Solution;
import org.steplens.model.ThreeWayProbability;

/**
 * The scored samples of "Let's Verify Step by Step": one sample per line, many lines per problem, grouped by
 * {@code unique_id} in file order. Step probability "prm" = P(1) + P(0) (neutral counts as correct, as in the
 * released scores); the three-way probabilities are kept; solution score "prm" is the stated {@code prm_score}
 * exactly and "orm" the {@code orm_score}.
 */
final class LightmanReader implements FormatReader {
    static final String NAME = "Lightman scored samples";
    private static final Set<String> KNOWN = Set.of("problem", "answer", "is_correct", "subject", "level",
            "unique_id", "steps", "rating_probs", "orm_score", "prm_score", "ground_truth_answer");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean accepts(ObjectNode first) {
        return first.has("rating_probs")
                || (first.has("steps") && first.has("unique_id") && (first.has("prm_score") || first.has("orm_score")));
    }

    @Override
    public LineParser lines(RecordHandler handler, AnswerCompletion answers) {
        return new LightmanLines(handler, answers);
    }

    @Override
    public RecordHandler open(Path file) {
        return (record, out) -> {
            String id = Json.string(record.path("unique_id"), "unique_id");
            List<String> steps = Json.strings(record.path("steps"), "steps");
            Solution.Builder b = Solution.builder()
                    .steps(steps)
                    .finalAnswer(Json.optAnswer(record.path("answer"), "answer"))
                    .correct(Json.optBool(record.path("is_correct"), "is_correct"))
                    .extraJson(Json.extra(record, KNOWN));
            readRatingProbs(record.path("rating_probs"), steps.size(), b);
            Double prm = Json.optNumber(record.path("prm_score"), "prm_score");
            if (prm != null) {
                b.score(ScorerNames.PRM, prm);
            }
            Double orm = Json.optNumber(record.path("orm_score"), "orm_score");
            if (orm != null) {
                b.score(ScorerNames.ORM, orm);
            }
            Problem header = out.has(id) ? null : new Problem(id, Json.string(record.path("problem"), "problem"),
                    Json.optAnswer(record.path("ground_truth_answer"), "ground_truth_answer"), null,
                    Json.optString(record.path("subject"), "subject"), Json.optLevel(record.path("level"), "level"),
                    "lightman", List.of(), null);
            out.add(id, header, b.build());
        };
    }

    private static void readRatingProbs(JsonNode value, int stepCount, Solution.Builder b) throws BadRecordException {
        if (Json.isAbsent(value)) {
            return;
        }
        JsonNode probs = Json.array(value, "rating_probs");
        if (probs.size() != stepCount) {
            throw new BadRecordException("rating_probs has " + probs.size() + " entries, steps has " + stepCount);
        }
        List<ThreeWayProbability> threeWay = new ArrayList<>(stepCount);
        double[] prm = new double[stepCount];
        for (int i = 0; i < stepCount; i++) {
            String path = "rating_probs[" + i + "]";
            ObjectNode p = Json.object(probs.get(i), path);
            double positive = Json.number(p.path("1"), path + "[\"1\"]");
            double neutral = Json.number(p.path("0"), path + "[\"0\"]");
            double negative = Json.number(p.path("-1"), path + "[\"-1\"]");
            threeWay.add(new ThreeWayProbability(positive, neutral, negative));
            prm[i] = positive + neutral;
        }
        b.threeWay(threeWay).stepProbabilities(ScorerNames.PRM, prm);
    }
}
