package org.steplens.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/** How records are laid out in a file. */
enum Layout {
    /** One JSON value per line (JSON Lines). */
    LINES,
    /** One JSON array of records, or values spread over several lines each (pretty-printed). */
    STREAM;

    static Layout detect(Path file) throws IOException {
        int first = firstNonBlankByte(file);
        if (first == '[') {
            return STREAM;
        }
        if (first != '{') {
            return LINES;
        }
        // A first line that is not a whole value is the start of a pretty-printed record, unless the next line is
        // a whole record of its own: then the first line of a JSON Lines file was cut short.
        try (LineRecordSource lines = new LineRecordSource(SourceFile.open(file))) {
            RawRecord r = lines.next();
            if (r == null || r.isOk() || !r.error().startsWith(JsonSyntax.TRUNCATED)) {
                return LINES;
            }
            RawRecord second = lines.next();
            return second != null && second.isOk() && second.node().isObject() ? LINES : STREAM;
        }
    }

    private static int firstNonBlankByte(Path file) throws IOException {
        try (SourceFile.Opened opened = SourceFile.open(file)) {
            InputStream in = opened.content();
            int b;
            do {
                b = in.read();
            } while (b == ' ' || b == '\t' || b == '\r' || b == '\n');
            return b;
        }
    }
}
