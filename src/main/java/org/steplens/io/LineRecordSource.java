package org.steplens.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * JSON Lines: one value per line, parsed from the raw UTF-8 bytes of that line (no String per line). A broken
 * line is reported and reading goes on with the next one. Blank lines are skipped; CRLF endings are accepted.
 */
final class LineRecordSource implements RecordSource {
    private final SourceFile.Opened file;
    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private byte[] line = new byte[1 << 12];
    private int lineLength;
    private long lineNumber;
    private boolean endOfFile;

    LineRecordSource(SourceFile.Opened file) {
        this.file = file;
        this.in = file.content();
    }

    @Override
    public RawRecord next() throws IOException {
        while (readLine()) {
            int start = 0;
            int end = lineLength;
            while (start < end && isBlank(line[start])) {
                start++;
            }
            while (end > start && isBlank(line[end - 1])) {
                end--;
            }
            if (start == end) {
                continue;
            }
            try {
                return RawRecord.ok(lineNumber, Json.MAPPER.readTree(line, start, end - start));
            } catch (JsonProcessingException e) {
                return RawRecord.bad(lineNumber, JsonSyntax.describe(e));
            }
        }
        return null;
    }

    /** Reads the next line into {@link #line}, without its line ending; false at the end of the file. */
    private boolean readLine() throws IOException {
        if (endOfFile) {
            return false;
        }
        lineLength = 0;
        boolean any = false;
        while (true) {
            if (position >= limit) {
                limit = in.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    endOfFile = true;
                    limit = 0;
                    if (!any) {
                        return false;
                    }
                    break;
                }
            }
            any = true;
            int newline = indexOfNewline(position, limit);
            int end = newline < 0 ? limit : newline;
            append(position, end - position);
            if (newline >= 0) {
                position = newline + 1;
                break;
            }
            position = limit;
        }
        lineNumber++;
        if (lineLength > 0 && line[lineLength - 1] == '\r') {
            lineLength--;
        }
        return true;
    }

    private int indexOfNewline(int from, int to) {
        for (int i = from; i < to; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void append(int from, int length) {
        if (lineLength + length > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + length));
        }
        System.arraycopy(buffer, from, line, lineLength, length);
        lineLength += length;
    }

    private static boolean isBlank(byte b) {
        return b == ' ' || b == '\t' || b == '\r';
    }

    @Override
    public long bytesRead() {
        return file.bytesRead();
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
