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
        try (LineRecordSource lines = new LineRecordSource(SourceFile.open(file))) {
            RawRecord r = lines.next();
            return r != null && !r.isOk() && r.error().startsWith(JsonSyntax.TRUNCATED) ? STREAM : LINES;
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
