package org.steplens.io;

import static org.steplens.io.NativeFormat.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.steplens.model.HumanRating;
import org.steplens.model.NamedScores;
import org.steplens.model.Problem;
import org.steplens.model.Solution;
import org.steplens.model.StepProbabilities;
import org.steplens.model.ThreeWayProbability;

/** Reads what {@link NativeJsonlWriter} writes; see {@link NativeFormat}. */
final class NativeJsonlReader implements FormatReader {

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean accepts(ObjectNode first) {
        return first.path(FORMAT).asText("").startsWith("steplens/");
    }

    @Override
    public RecordHandler open(Path file) {
        return (record, out) -> {
            String marker = Json.string(record.path(FORMAT), FORMAT);
            if (!marker.equals(MARKER)) {
                throw new BadRecordException(FORMAT + " is \"" + marker + "\", expected \"" + MARKER + "\"");
            }
            JsonNode solutionsNode = Json.array(record.path(SOLUTIONS), SOLUTIONS);
            List<Solution> solutions = new ArrayList<>(solutionsNode.size());
            for (int i = 0; i < solutionsNode.size(); i++) {
                String path = SOLUTIONS + "[" + i + "]";
                solutions.add(solution(Json.object(solutionsNode.get(i), path), path + "."));
            }
            out.add(new Problem(Json.string(record.path(ID), ID), Json.string(record.path(TEXT), TEXT),
                    Json.optString(record.path(GROUND_TRUTH_ANSWER), GROUND_TRUTH_ANSWER),
                    Json.optString(record.path(GROUND_TRUTH_SOLUTION), GROUND_TRUTH_SOLUTION),
                    Json.optString(record.path(SUBJECT), SUBJECT),
                    Json.optInteger(record.path(LEVEL), LEVEL),
                    Json.optString(record.path(SOURCE), SOURCE),
                    solutions, extra(record.path(EXTRA), EXTRA)));
        };
    }

    private static Solution solution(ObjectNode s, String at) throws BadRecordException {
        List<String> steps = Json.strings(s.path(STEPS), at + STEPS);
        Solution.Builder b = Solution.builder()
                .id(Json.optString(s.path(ID), at + ID))
                .steps(steps)
                .finalAnswer(Json.optString(s.path(FINAL_ANSWER), at + FINAL_ANSWER))
                .correct(Json.optBool(s.path(CORRECT), at + CORRECT))
                .generator(Json.optString(s.path(GENERATOR), at + GENERATOR))
                .firstErrorLabel(Json.optInteger(s.path(FIRST_ERROR_LABEL), at + FIRST_ERROR_LABEL))
                .extraJson(extra(s.path(EXTRA), at + EXTRA));
        if (!Json.isAbsent(s.path(SCORES))) {
            Map<String, Double> scores = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> it = Json.object(s.path(SCORES), at + SCORES).properties().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                scores.put(e.getKey(), number(e.getValue(), at + SCORES + "." + e.getKey()));
            }
            b.scores(NamedScores.of(scores));
        }
        if (!Json.isAbsent(s.path(STEP_PROBABILITIES))) {
            Map<String, double[]> byScorer = new LinkedHashMap<>();
            String path = at + STEP_PROBABILITIES;
            Iterator<Map.Entry<String, JsonNode>> it = Json.object(s.path(STEP_PROBABILITIES), path).properties().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                byScorer.put(e.getKey(), numbers(e.getValue(), path + "." + e.getKey()));
            }
            b.stepProbabilities(StepProbabilities.of(byScorer));
        }
        if (!Json.isAbsent(s.path(THREE_WAY))) {
            String path = at + THREE_WAY;
            JsonNode rows = Json.array(s.path(THREE_WAY), path);
            if (rows.size() != steps.size()) {
                throw new BadRecordException(path + " has " + rows.size() + " entries, steps has " + steps.size());
            }
            List<ThreeWayProbability> threeWay = new ArrayList<>(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                double[] p = numbers(rows.get(i), path + "[" + i + "]");
                if (p.length != 3) {
                    throw new BadRecordException(path + "[" + i + "] has " + p.length + " numbers, expected 3");
                }
                threeWay.add(new ThreeWayProbability(p[0], p[1], p[2]));
            }
            b.threeWay(threeWay);
        }
        if (!Json.isAbsent(s.path(HUMAN_RATINGS))) {
            String path = at + HUMAN_RATINGS;
            JsonNode rows = Json.array(s.path(HUMAN_RATINGS), path);
            if (rows.size() != steps.size()) {
                throw new BadRecordException(path + " has " + rows.size() + " entries, steps has " + steps.size());
            }
            List<HumanRating> ratings = new ArrayList<>(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                ratings.add(Prm800kReader.rating(rows.get(i), path + "[" + i + "]"));
            }
            b.humanRatings(ratings);
        }
        if (!Json.isAbsent(s.path(ERROR_STEP_LABELS))) {
            String path = at + ERROR_STEP_LABELS;
            JsonNode rows = Json.array(s.path(ERROR_STEP_LABELS), path);
            int[] labels = new int[rows.size()];
            for (int i = 0; i < labels.length; i++) {
                labels[i] = Json.integer(rows.get(i), path + "[" + i + "]");
            }
            b.errorStepLabels(labels);
        }
        return b.build();
    }

    private static double[] numbers(JsonNode value, String path) throws BadRecordException {
        JsonNode array = Json.array(value, path);
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = number(array.get(i), path + "[" + i + "]");
        }
        return out;
    }

    /** A JSON number, or one of the strings "NaN", "Infinity", "-Infinity". */
    private static double number(JsonNode value, String path) throws BadRecordException {
        if (value.isNumber()) {
            return value.doubleValue();
        }
        if (value.isTextual()) {
            switch (value.textValue()) {
                case NAN:
                    return Double.NaN;
                case POSITIVE_INFINITY:
                    return Double.POSITIVE_INFINITY;
                case NEGATIVE_INFINITY:
                    return Double.NEGATIVE_INFINITY;
                default:
                    break;
            }
        }
        throw Json.wrong(value, path, "a number or \"NaN\"");
    }

    private static String extra(JsonNode value, String path) throws BadRecordException {
        if (Json.isAbsent(value)) {
            return null;
        }
        if (value.isObject()) {
            return Json.compact(value);
        }
        return Json.string(value, path);
    }
}
