package org.steplens.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.steplens.model.HumanRating;
import org.steplens.model.Problem;
import org.steplens.model.Solution;

/**
 * PRM800K phase 1 and phase 2 labels: one labelled solution per record, grouped into problems by problem text
 * (the records carry no problem id; the id is derived from the text so that it is stable across files).
 *
 * <p>The solution is the labeller's path: at each step the chosen completion (its rating is the human rating), or
 * the labeller's own {@code human_completion} (unrated). Where the labeller stopped without choosing (phase 2
 * "found_error", or a phase 1 step whose every completion is wrong) the path ends with the first completion rated
 * -1. A trailing step with no completions (a "give_up") adds no step. Completions not taken are kept in the
 * solution's extra JSON under "alternatives" (by 0-based step index), with "human_steps", "flagged_steps" and the
 * record's other fields (labeler, timestamp, finish_reason, total_time, pre_generated_*, ...).
 */
final class Prm800kReader implements FormatReader {
    static final String NAME = "PRM800K";
    private static final Set<String> KNOWN_RECORD = Set.of("question", "label");
    private static final Set<String> KNOWN_QUESTION = Set.of("problem", "ground_truth_answer", "ground_truth_solution");
    private static final Set<String> KNOWN_LABEL = Set.of("steps");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean accepts(ObjectNode first) {
        return first.path("question").isObject() && first.path("label").isObject();
    }

    @Override
    public RecordHandler open(Path file) {
        return (record, out) -> {
            ObjectNode question = Json.object(record.path("question"), "question");
            ObjectNode label = Json.object(record.path("label"), "label");
            String text = Json.string(question.path("problem"), "question.problem");
            JsonNode steps = Json.array(label.path("steps"), "label.steps");

            List<String> stepTexts = new ArrayList<>();
            List<HumanRating> ratings = new ArrayList<>();
            ObjectNode alternatives = Json.MAPPER.createObjectNode();
            ArrayNode humanSteps = Json.MAPPER.createArrayNode();
            ArrayNode flaggedSteps = Json.MAPPER.createArrayNode();
            for (int i = 0; i < steps.size(); i++) {
                String path = "label.steps[" + i + "]";
                ObjectNode step = Json.object(steps.get(i), path);
                JsonNode completions = step.path("completions");
                int count = Json.isAbsent(completions) ? 0 : Json.array(completions, path + ".completions").size();
                Integer chosen = Json.optInteger(step.path("chosen_completion"), path + ".chosen_completion");
                JsonNode human = step.path("human_completion");
                ObjectNode taken;
                String takenPath;
                if (chosen != null) {
                    if (chosen < 0 || chosen >= count) {
                        throw new BadRecordException(path + ".chosen_completion is " + chosen + ", but there are "
                                + count + " completions");
                    }
                    taken = Json.object(completions.get(chosen), path + ".completions[" + chosen + "]");
                    takenPath = path + ".completions[" + chosen + "]";
                } else if (!Json.isAbsent(human)) {
                    taken = Json.object(human, path + ".human_completion");
                    takenPath = path + ".human_completion";
                    humanSteps.add(stepTexts.size());
                } else {
                    int wrong = firstRatedWrong(completions, count, path);
                    taken = wrong < 0 ? null : (ObjectNode) completions.get(wrong);
                    takenPath = path + ".completions[" + wrong + "]";
                    chosen = wrong < 0 ? null : wrong;
                }
                int index = stepTexts.size();
                if (taken != null) {
                    stepTexts.add(Json.string(taken.path("text"), takenPath + ".text"));
                    ratings.add(rating(taken.path("rating"), takenPath + ".rating"));
                    if (taken.path("flagged").asBoolean(false)) {
                        flaggedSteps.add(index);
                    }
                }
                ArrayNode others = Json.MAPPER.createArrayNode();
                for (int c = 0; c < count; c++) {
                    if (chosen == null || c != chosen) {
                        others.add(completions.get(c));
                    }
                }
                if (!others.isEmpty()) {
                    alternatives.set(String.valueOf(index), others);
                }
            }

            ObjectNode chosenExtra = Json.MAPPER.createObjectNode();
            if (!alternatives.isEmpty()) {
                chosenExtra.set("alternatives", alternatives);
            }
            if (!humanSteps.isEmpty()) {
                chosenExtra.set("human_steps", humanSteps);
            }
            if (!flaggedSteps.isEmpty()) {
                chosenExtra.set("flagged_steps", flaggedSteps);
            }
            addAll(chosenExtra, label, KNOWN_LABEL);
            addAll(chosenExtra, question, KNOWN_QUESTION);
            Solution solution = Solution.builder()
                    .steps(stepTexts)
                    .humanRatings(ratings)
                    .extraJson(Json.extra(record, KNOWN_RECORD, chosenExtra))
                    .build();
            String key = problemId(text);
            Problem header = out.has(key) ? null : new Problem(key, text,
                    Json.optAnswer(question.path("ground_truth_answer"), "question.ground_truth_answer"),
                    Json.optString(question.path("ground_truth_solution"), "question.ground_truth_solution"),
                    null, null, "prm800k", List.of(), null);
            out.add(key, header, solution);
        };
    }

    private static int firstRatedWrong(JsonNode completions, int count, String path) throws BadRecordException {
        for (int c = 0; c < count; c++) {
            String at = path + ".completions[" + c + "]";
            HumanRating r = rating(Json.object(completions.get(c), at).path("rating"), at + ".rating");
            if (r == HumanRating.NEGATIVE) {
                return c;
            }
        }
        return -1;
    }

    private static void addAll(ObjectNode into, ObjectNode from, Set<String> except) {
        from.properties().forEach(f -> {
            if (!except.contains(f.getKey())) {
                into.set(f.getKey(), f.getValue());
            }
        });
    }

    /** -1, 0 or 1; null (unrated) when absent. */
    static HumanRating rating(JsonNode value, String path) throws BadRecordException {
        if (Json.isAbsent(value)) {
            return null;
        }
        if (value.isIntegralNumber()) {
            int r = value.intValue();
            if (r >= -1 && r <= 1 && value.canConvertToInt()) {
                return HumanRating.of(r);
            }
        }
        throw Json.wrong(value, path, "-1, 0 or 1");
    }

    /** "prm800k-" and the first 12 hex digits of the SHA-256 of the problem text. */
    static String problemId(String text) {
        return "prm800k-" + shortHash(text);
    }

    static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
