package org.steplens.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.steplens.io.cache.BlockText;

/** Step text copied from the raw bytes equals what the JSON parser decodes, wherever the escapes fall. */
class RawJsonStringTest {
    /** The JSON string literal's text through RawJsonString (null when it says "not plain"). */
    private static String raw(String literal) throws IOException {
        byte[] line = ("  [\"x\", " + literal + "]").getBytes(StandardCharsets.UTF_8);
        int from = 2; // the line starts after two bytes of something else, as lines do within a block
        try (JsonParser p = Json.parser(line, from, line.length - from)) {
            p.nextToken();
            p.nextToken();
            assertEquals(JsonToken.VALUE_STRING, p.nextToken());
            BlockText out = new BlockText(16);
            out.appendByte((byte) '>');
            if (!RawJsonString.appendTo(p, line, from, line.length, out)) {
                assertEquals(1, out.length(), "nothing appended when not handled");
                return null;
            }
            byte[] bytes = new byte[out.length() - 1];
            out.read(1, bytes, 0, bytes.length);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static String decoded(String literal) throws IOException {
        return Json.MAPPER.readValue(literal, String.class);
    }

    @Test
    void escapesAtEveryPositionOfAnEightByteWordDecodeAsTheParserDoes() throws IOException {
        String[] escapes = {"\\\\", "\\\"", "\\/", "\\n", "\\t", "\\r", "\\b", "\\f"};
        for (String escape : escapes) {
            for (int before = 0; before < 20; before++) {
                String literal = "\"" + "a".repeat(before) + escape + "\\\\frac{1}{2} $x$" + "b".repeat(before % 9)
                        + "\"";
                assertEquals(decoded(literal), raw(literal), literal);
            }
        }
        assertEquals("", raw("\"\""));
    }

    @Test
    void anythingButPlainAsciiIsLeftToTheParser() throws IOException {
        for (int before = 0; before < 12; before++) {
            String pad = "p".repeat(before);
            assertEquals(null, raw("\"" + pad + "\\u00e9\""), "a \\u escape");
            assertEquals(null, raw("\"" + pad + "Ω ≤ x\""), "UTF-8 bytes");
            assertEquals(null, raw("\"" + pad + "\\q\""), "an invalid escape: the parser reports it");
        }
    }

    @Test
    void plainRunsStopAtTheFirstSpecialByte() {
        byte[] b = "abcdefghijklmnop\"rest".getBytes(StandardCharsets.US_ASCII);
        for (int from = 0; from <= 16; from++) {
            assertEquals(16, ByteScan.plainRunEnd(b, from, b.length));
            assertEquals(16, ByteScan.indexOf(b, from, b.length, (byte) '"'));
        }
        assertEquals(b.length, ByteScan.plainRunEnd(b, 17, b.length));
        assertEquals(-1, ByteScan.indexOf(b, 17, b.length, (byte) '"'));
        byte[] tab = "abcdefghij\tk".getBytes(StandardCharsets.US_ASCII);
        assertEquals(10, ByteScan.plainRunEnd(tab, 0, tab.length));
        assertTrue(RawJsonString.plainEnd(tab, 0, tab.length) < 0);
        assertFalse(RawJsonString.plainEnd("abc".getBytes(StandardCharsets.US_ASCII), 0, 3) >= 0, "no closing quote");
    }
}
