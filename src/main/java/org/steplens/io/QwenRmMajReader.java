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

/**
 * Qwen2.5-Math's rm/maj example: one problem per line with sampled responses ({@code code}), their extracted
 * answers ({@code pred}), correctness ({@code score}) and one reward-model score each ({@code pred_score}, stored as
 * "orm"). Responses are split into steps at blank lines. Fields repeated verbatim ({@code response} equal to
 * {@code code}, {@code gt_cot} equal to {@code solution}) are not stored twice.
 */
final class QwenRmMajReader implements FormatReader {
    static final String NAME = "Qwen2.5-Math rm/maj";
    private static final Set<String> KNOWN = Set.of("idx", "question", "gt", "level", "solution", "code", "pred",
            "score", "pred_score", "type", "subject");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean accepts(ObjectNode first) {
        return first.has("code") && first.has("pred") && first.has("gt");
    }

    @Override
    public RecordHandler open(Path file) {
        return (record, out) -> {
            JsonNode idx = record.path("idx");
            if (!idx.isIntegralNumber() && !idx.isTextual()) {
                throw Json.wrong(idx, "idx", "an integer or a string");
            }
            String id = idx.asText();
            String question = Json.string(record.path("question"), "question");
            List<String> responses = Json.strings(record.path("code"), "code");
            JsonNode pred = Json.array(record.path("pred"), "pred");
            JsonNode score = record.path("score");
            JsonNode predScore = record.path("pred_score");
            checkLength(pred, "pred", responses.size());
            if (!Json.isAbsent(score)) {
                checkLength(Json.array(score, "score"), "score", responses.size());
            }
            if (!Json.isAbsent(predScore)) {
                checkLength(Json.array(predScore, "pred_score"), "pred_score", responses.size());
            }
            List<Solution> solutions = new ArrayList<>(responses.size());
            for (int i = 0; i < responses.size(); i++) {
                Solution.Builder b = Solution.builder()
                        .steps(splitSteps(responses.get(i)))
                        .finalAnswer(Json.optAnswer(pred.get(i), "pred[" + i + "]"));
                if (!Json.isAbsent(score)) {
                    b.correct(Json.optBool(score.get(i), "score[" + i + "]"));
                }
                if (!Json.isAbsent(predScore)) {
                    JsonNode s = predScore.get(i);
                    String path = "pred_score[" + i + "]";
                    if (s.isArray()) {
                        s = s.path(0);
                        path += "[0]";
                    }
                    Double orm = Json.optNumber(s, path);
                    if (orm != null) {
                        b.score(ScorerNames.ORM, orm);
                    }
                }
                solutions.add(b.build());
            }
            ObjectNode kept = record.deepCopy();
            if (kept.path("response").equals(kept.path("code"))) {
                kept.remove("response");
            }
            if (kept.path("gt_cot").equals(kept.path("solution"))) {
                kept.remove("gt_cot");
            }
            String subject = Json.optString(record.path("type"), "type");
            if (subject == null) {
                subject = Json.optString(record.path("subject"), "subject");
            }
            out.add(new Problem(id, question, Json.optAnswer(record.path("gt"), "gt"),
                    Json.optString(record.path("solution"), "solution"), subject,
                    Json.optLevel(record.path("level"), "level"), "qwen2.5-math", solutions,
                    Json.extra(kept, KNOWN)));
        };
    }

    private static void checkLength(JsonNode array, String field, int expected) throws BadRecordException {
        if (array.size() != expected) {
            throw new BadRecordException(field + " has " + array.size() + " entries, code has " + expected);
        }
    }

    /** Steps are the paragraphs of a response: split at blank lines, trimmed, empty pieces dropped. */
    static List<String> splitSteps(String response) {
        List<String> steps = new ArrayList<>();
        for (String piece : response.split("\n\n")) {
            String step = piece.trim();
            if (!step.isEmpty()) {
                steps.add(step);
            }
        }
        return steps;
    }
}
