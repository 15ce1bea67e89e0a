package org.steplens.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.base.ParserBase;
import org.steplens.io.cache.BlockText;

/**
 * The bytes of the JSON string the parser stands on, read from the line itself so the parser never decodes it: a
 * repeated value is recognised by its bytes, and a step's text is copied as UTF-8 instead of being decoded to
 * chars and encoded again. Only the plain cases are handled here (ASCII with the one-letter escapes); anything
 * else (a \\u escape, a byte of 0x80 or more, a control character) answers "not handled" and the caller asks the
 * parser, which decodes, checks and reports errors as always.
 */
final class RawJsonString {
    private RawJsonString() {
    }

    /**
     * Where the content of the current string token starts in {@code line} (just after its opening quote), or -1
     * when the parser's offset does not point there.
     */
    static int contentStart(JsonParser p, byte[] line, int lineStart, int lineEnd) {
        if (!(p instanceof ParserBase base)) {
            return -1;
        }
        long at = lineStart + base.getTokenCharacterOffset();
        return at > lineStart && at <= lineEnd && line[(int) at - 1] == '"' ? (int) at : -1;
    }

    /** The index of the closing quote of the string whose content starts at {@code from}; -1 when not plain. */
    static int plainEnd(byte[] line, int from, int lineEnd) {
        int i = from;
        while ((i = ByteScan.plainRunEnd(line, i, lineEnd)) < lineEnd) {
            byte c = line[i];
            if (c == '"') {
                return i;
            }
            if (c != '\\' || i + 1 >= lineEnd || unescaped(line[i + 1]) < 0) {
                return -1;
            }
            i += 2;
        }
        return -1;
    }

    /**
     * Appends the current string token's text to {@code out} as UTF-8; false (nothing appended) when it is not a
     * plain string, for the caller to decode it through the parser.
     */
    static boolean appendTo(JsonParser p, byte[] line, int lineStart, int lineEnd, BlockText out) {
        int from = contentStart(p, line, lineStart, lineEnd);
        int end = from < 0 ? -1 : plainEnd(line, from, lineEnd);
        if (end < 0) {
            return false;
        }
        int run = from;
        int escape;
        while ((escape = ByteScan.indexOf(line, run, end, (byte) '\\')) >= 0) {
            out.appendUtf8(line, run, escape);
            out.appendByte((byte) unescaped(line[escape + 1]));
            run = escape + 2;
        }
        out.appendUtf8(line, run, end);
        return true;
    }

    /** The byte a one-letter escape stands for; -1 for \\u (or anything else). */
    private static int unescaped(byte c) {
        return switch (c) {
            case '"', '\\', '/' -> c;
            case 'n' -> '\n';
            case 't' -> '\t';
            case 'r' -> '\r';
            case 'b' -> '\b';
            case 'f' -> '\f';
            default -> -1;
        };
    }
}
