package org.steplens.io;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One top-level JSON value of a file, or the reason it could not be parsed.
 *
 * @param line  1-based line where the value starts
 * @param node  the value, or null when it is not valid JSON
 * @param error why it could not be parsed, or null
 */
record RawRecord(long line, JsonNode node, String error) {

    static RawRecord ok(long line, JsonNode node) {
        return new RawRecord(line, node, null);
    }

    static RawRecord bad(long line, String error) {
        return new RawRecord(line, null, error);
    }

    boolean isOk() {
        return node != null;
    }
}
