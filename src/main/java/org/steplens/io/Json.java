package org.steplens.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one JSON configuration used for reading and writing, and typed access to record fields that fails with
 * the exact reason a user sees, e.g. {@code steps[3] is 5, expected a string}.
 */
final class Json {
    /** Long steps are legal: lift Jackson's default 20 MB limit on one string (a test reads a 50 MB line). */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            // correctly rounded like Double.parseDouble, several times faster on 17-digit probabilities
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .build();

    static final ObjectMapper MAPPER = new ObjectMapper(FACTORY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** For values read one after another from one parser (arrays, pretty-printed sequences). */
    static final ObjectReader IN_STREAM = MAPPER.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private static final int SHOWN_VALUE_CHARS = 60;

    /** A token stream over UTF-8 bytes, with the same settings as {@link #MAPPER}. */
    static com.fasterxml.jackson.core.JsonParser parser(byte[] bytes, int offset, int length) throws IOException {
        return FACTORY.createParser(bytes, offset, length);
    }

    private Json() {
    }

    static BadRecordException wrong(JsonNode value, String path, String expected) {
        if (value == null || value.isMissingNode()) {
            return new BadRecordException(path + " is missing");
        }
        return new BadRecordException(path + " is " + show(value) + ", expected " + expected);
    }

    /** A value as JSON text, shortened for messages. */
    static String show(JsonNode value) {
        String text = value.toString();
        return text.length() <= SHOWN_VALUE_CHARS ? text : text.substring(0, SHOWN_VALUE_CHARS) + "…";
    }

    static ObjectNode object(JsonNode value, String path) throws BadRecordException {
        if (value instanceof ObjectNode o) {
            return o;
        }
        throw wrong(value, path, "an object");
    }

    static String string(JsonNode value, String path) throws BadRecordException {
        if (value.isTextual()) {
            return value.textValue();
        }
        throw wrong(value, path, "a string");
    }

    /** A string, or null when the field is missing or null. */
    static String optString(JsonNode value, String path) throws BadRecordException {
        return isAbsent(value) ? null : string(value, path);
    }

    /** An answer as written: a string, or a number kept as its JSON text; null when absent. */
    static String optAnswer(JsonNode value, String path) throws BadRecordException {
        if (isAbsent(value)) {
            return null;
        }
        if (value.isNumber()) {
            return value.asText();
        }
        return string(value, path);
    }

    static int integer(JsonNode value, String path) throws BadRecordException {
        if (value.isIntegralNumber() && value.canConvertToInt()) {
            return value.intValue();
        }
        throw wrong(value, path, "an integer");
    }

    static Integer optInteger(JsonNode value, String path) throws BadRecordException {
        return isAbsent(value) ? null : integer(value, path);
    }

    static double number(JsonNode value, String path) throws BadRecordException {
        if (value.isNumber()) {
            return value.doubleValue();
        }
        throw wrong(value, path, "a number");
    }

    static Double optNumber(JsonNode value, String path) throws BadRecordException {
        return isAbsent(value) ? null : number(value, path);
    }

    static boolean bool(JsonNode value, String path) throws BadRecordException {
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        throw wrong(value, path, "true or false");
    }

    static Boolean optBool(JsonNode value, String path) throws BadRecordException {
        return isAbsent(value) ? null : bool(value, path);
    }

    static JsonNode array(JsonNode value, String path) throws BadRecordException {
        if (value.isArray()) {
            return value;
        }
        throw wrong(value, path, "an array");
    }

    static List<String> strings(JsonNode value, String path) throws BadRecordException {
        JsonNode array = array(value, path);
        List<String> out = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            out.add(string(array.get(i), path + "[" + i + "]"));
        }
        return out;
    }

    /** A MATH difficulty: 3 or "Level 3"; null when absent or "Level ?" (MATH has a few unknown levels). */
    static Integer optLevel(JsonNode value, String path) throws BadRecordException {
        if (isAbsent(value)) {
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToInt()) {
            return value.intValue();
        }
        if (value.isTextual()) {
            String t = value.textValue().trim();
            if (t.startsWith("Level ")) {
                t = t.substring("Level ".length()).trim();
            }
            if (t.equals("?")) {
                return null;
            }
            try {
                return Integer.parseInt(t);
            } catch (NumberFormatException e) {
                // fall through to the message below
            }
        }
        throw wrong(value, path, "a level such as 3 or \"Level 3\"");
    }

    static boolean isAbsent(JsonNode value) {
        return value == null || value.isMissingNode() || value.isNull();
    }

    /** The fields of {@code record} not in {@code known}, as compact JSON object text; null when there are none. */
    static String extra(ObjectNode record, Set<String> known) {
        return extra(record, known, null);
    }

    /** Like {@link #extra(ObjectNode, Set)}, adding {@code more} (already chosen fields) first. */
    static String extra(ObjectNode record, Set<String> known, ObjectNode more) {
        ObjectNode out = MAPPER.createObjectNode();
        if (more != null) {
            out.setAll(more);
        }
        Iterator<Map.Entry<String, JsonNode>> fields = record.properties().iterator();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            if (!known.contains(f.getKey())) {
                out.set(f.getKey(), f.getValue());
            }
        }
        return out.isEmpty() ? null : compact(out);
    }

    static String compact(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
