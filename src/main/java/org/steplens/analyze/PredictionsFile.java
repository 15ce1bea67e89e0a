package org.steplens.analyze;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads first-error predictions: JSON Lines, or a JSON array, of objects with {@code "id"} (the record id, as in
 * the ProcessBench files) and {@code "prediction"} (the predicted first wrong step, 0-based, or -1) — the shape
 * ProcessBench's evaluation writes. Other fields are ignored.
 */
public final class PredictionsFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PredictionsFile() {
    }

    /**
     * @throws IOException              when the file cannot be read
     * @throws IllegalArgumentException naming file, line and reason for the first bad record
     */
    public static Map<String, Integer> read(Path file) throws IOException {
        Map<String, Integer> out = new LinkedHashMap<>();
        if (startsWithArray(file)) {
            try (JsonParser parser = JSON.getFactory().createParser(file.toFile())) {
                parser.nextToken();
                JsonToken t;
                while ((t = parser.nextToken()) != JsonToken.END_ARRAY && t != null) {
                    long line = parser.currentTokenLocation().getLineNr();
                    JsonNode node = JSON.readTree(parser);
                    add(out, node, file, line);
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalArgumentException(file + ":" + e.getLocation().getLineNr() + ": not valid JSON: "
                        + e.getOriginalMessage());
            }
            return out;
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String text;
            long line = 0;
            while ((text = in.readLine()) != null) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = JSON.readTree(text);
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new IllegalArgumentException(file + ":" + line + ": not valid JSON: " + e.getOriginalMessage());
                }
                add(out, node, file, line);
            }
        }
        return out;
    }

    private static boolean startsWithArray(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int c;
            while ((c = in.read()) >= 0) {
                if (!Character.isWhitespace(c)) {
                    return c == '[';
                }
            }
        }
        return false;
    }

    private static void add(Map<String, Integer> out, JsonNode node, Path file, long line) {
        String where = file + ":" + line + ": ";
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(where + "expected an object with \"id\" and \"prediction\"");
        }
        JsonNode id = node.get("id");
        if (id == null || !(id.isTextual() || id.isNumber())) {
            throw new IllegalArgumentException(where + "missing \"id\"");
        }
        JsonNode p = node.get("prediction");
        if (p == null || !p.canConvertToInt() || !p.isIntegralNumber() || p.asInt() < -1) {
            throw new IllegalArgumentException(where + "\"prediction\" must be an integer ≥ -1, got "
                    + (p == null ? "nothing" : p.toString()));
        }
        if (out.put(id.asText(), p.asInt()) != null) {
            throw new IllegalArgumentException(where + "second prediction for id '" + id.asText() + "'");
        }
    }
}
