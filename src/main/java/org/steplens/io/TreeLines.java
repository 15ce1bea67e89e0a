package org.steplens.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;

/** One line parsed as a JSON tree, or the syntax error as a {@link RawRecord} (its line filled in later). */
final class TreeLines {
    private TreeLines() {
    }

    static Object parse(byte[] bytes, int from, int to) {
        try {
            return Json.MAPPER.readTree(bytes, from, to - from);
        } catch (JsonProcessingException e) {
            return RawRecord.bad(0, JsonSyntax.describe(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
