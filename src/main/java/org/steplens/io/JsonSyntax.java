package org.steplens.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;

/** Turns Jackson's parse failures into short reasons a user can act on. */
final class JsonSyntax {
    static final String TRUNCATED = "truncated JSON: the record ends before it is complete";

    private JsonSyntax() {
    }

    static String describe(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (e instanceof JsonEOFException || message.startsWith("Unexpected end-of-input")) {
            return TRUNCATED;
        }
        int cut = message.indexOf('\n');
        if (cut >= 0) {
            message = message.substring(0, cut);
        }
        cut = message.indexOf(" (start marker at");
        if (cut >= 0) {
            message = message.substring(0, cut);
        }
        JsonLocation at = e.getLocation();
        String column = at != null && at.getColumnNr() > 0 ? " at column " + at.getColumnNr() : "";
        return "invalid JSON" + column + ": " + message;
    }
}
