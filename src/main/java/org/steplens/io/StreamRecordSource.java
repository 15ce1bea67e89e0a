package org.steplens.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * A JSON array of records (ProcessBench) or a sequence of pretty-printed values, read with one streaming parser:
 * only the current record is in memory. After a syntax error the rest of the file cannot be resynchronised, so
 * that error is the last record.
 */
final class StreamRecordSource implements RecordSource {
    private final SourceFile.Opened file;
    private final JsonParser parser;
    private boolean started;
    private boolean inArray;
    private boolean done;

    StreamRecordSource(SourceFile.Opened file) throws IOException {
        this.file = file;
        this.parser = Json.MAPPER.getFactory().createParser(file.content());
    }

    @Override
    public RawRecord next() throws IOException {
        if (done) {
            return null;
        }
        long line = parser.currentLocation().getLineNr();
        try {
            JsonToken token = parser.nextToken();
            if (!started) {
                started = true;
                if (token == JsonToken.START_ARRAY) {
                    inArray = true;
                    token = parser.nextToken();
                }
            }
            if (token == null || (inArray && token == JsonToken.END_ARRAY)) {
                done = true;
                return null;
            }
            line = parser.currentTokenLocation().getLineNr();
            JsonNode node = Json.IN_STREAM.readTree(parser);
            return RawRecord.ok(line, node);
        } catch (JsonProcessingException e) {
            done = true;
            JsonLocation at = e.getLocation();
            long errorLine = at != null && at.getLineNr() > 0 ? at.getLineNr() : line;
            return RawRecord.bad(errorLine, JsonSyntax.describe(e) + "; the rest of the file could not be read");
        }
    }

    @Override
    public long bytesRead() {
        return file.bytesRead();
    }

    @Override
    public void close() throws IOException {
        parser.close();
        file.close();
    }
}
