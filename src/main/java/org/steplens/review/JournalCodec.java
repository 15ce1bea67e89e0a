package org.steplens.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * One journal line as JSON: {@code {"t": ISO time, "reviewer": name, "op": "rate"|"tag"|..., "key": {"problem",
 * "solution", "step"}, "value": ...}}; a step rating's value is -1, 0, 1 or "unsure". The first line of a journal
 * is a header naming the dataset: {@code {"op": "open", "format": "steplens-review", "version": 1, "dataset": {...}}}.
 */
final class JournalCodec {
    static final String FORMAT = "steplens-review";
    static final int VERSION = 1;
    static final ObjectMapper MAPPER = new ObjectMapper();

    private JournalCodec() {
    }

    /** A decoded line: an edit, or the header's dataset (when {@code edit} is null). */
    record Line(ReviewEdit edit, DatasetFingerprint dataset) {
    }

    static String header(DatasetFingerprint dataset) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("op", "open");
        o.put("format", FORMAT);
        o.put("version", VERSION);
        o.put("t", Instant.now().toString());
        ObjectNode d = o.putObject("dataset");
        d.put("name", dataset.name());
        d.put("size", dataset.size());
        d.put("hash", dataset.hash());
        return o.toString();
    }

    static String encode(ReviewEdit e) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("t", e.time().toString());
        o.put("reviewer", e.reviewer());
        o.put("op", e.op().id());
        if (e.op() != ReviewOp.DEFINE_TAG) {
            ObjectNode key = o.putObject("key");
            key.put("problem", e.target().problemId());
            key.put("solution", e.target().solution());
            if (e.target().isStep()) {
                key.put("step", e.target().step());
            }
        }
        Object v = e.value();
        if (v == null) {
            o.putNull("value");
        } else if (v instanceof StepRating r) {
            if (r.prm800kValue().isPresent()) {
                o.put("value", r.prm800kValue().get());
            } else {
                o.put("value", r.label());
            }
        } else if (v instanceof Verdict verdict) {
            o.put("value", verdict.id());
        } else if (v instanceof Boolean b) {
            o.put("value", b);
        } else {
            o.put("value", (String) v);
        }
        return o.toString();
    }

    /** Decodes a line; throws IllegalArgumentException with the reason when it is not a journal line. */
    static Line decode(String text) {
        JsonNode o;
        try {
            o = MAPPER.readTree(text);
        } catch (JsonProcessingException ex) {
            throw new IllegalArgumentException("not JSON (" + ex.getOriginalMessage() + ")");
        }
        if (o == null || !o.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        String opText = o.path("op").asText("");
        if ("open".equals(opText)) {
            JsonNode d = o.path("dataset");
            return new Line(null, new DatasetFingerprint(d.path("name").asText(""), d.path("size").asLong(-1),
                    d.path("hash").asText("")));
        }
        ReviewOp op = ReviewOp.parse(opText);
        Instant time;
        try {
            time = Instant.parse(o.path("t").asText(""));
        } catch (DateTimeParseException ex) {
            throw new IllegalArgumentException("\"t\" is not an ISO time");
        }
        String reviewer = o.path("reviewer").asText("");
        ReviewTarget target = op == ReviewOp.DEFINE_TAG ? ReviewTarget.solution("", 0) : target(o.path("key"));
        return new Line(new ReviewEdit(time, reviewer, op, target, value(op, o.path("value"))), null);
    }

    private static ReviewTarget target(JsonNode key) {
        if (!key.path("problem").isTextual() || !key.path("solution").canConvertToInt()) {
            throw new IllegalArgumentException("\"key\" needs a problem and a solution");
        }
        int step = key.has("step") ? key.path("step").asInt() : ReviewTarget.WHOLE_SOLUTION;
        return new ReviewTarget(key.path("problem").textValue(), key.path("solution").asInt(), step);
    }

    private static Object value(ReviewOp op, JsonNode v) {
        if (v.isNull() || v.isMissingNode()) {
            return null;
        }
        return switch (op) {
            case RATE -> v.isIntegralNumber() ? StepRating.ofValue(v.intValue()) : StepRating.parse(v.asText());
            case VERDICT -> Verdict.parse(v.asText());
            case ANSWER_FOLLOWS -> {
                if (!v.isBoolean()) {
                    throw new IllegalArgumentException("answer-follows takes true or false");
                }
                yield v.booleanValue();
            }
            default -> {
                if (!v.isTextual()) {
                    throw new IllegalArgumentException(op.id() + " takes a string");
                }
                yield v.textValue();
            }
        };
    }
}
