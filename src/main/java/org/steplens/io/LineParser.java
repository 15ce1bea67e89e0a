package org.steplens.io;

import org.steplens.io.cache.BlockText;

/**
 * Turns the lines of a JSON Lines file into problems in two halves: {@link #parse} runs on any worker thread, in
 * any order; {@link #apply} runs on the loading thread, in file order, and is the only half that sees the
 * {@link ProblemCollector}.
 */
interface LineParser {
    /**
     * Parses one line (the bytes {@code [from, to)}, trimmed, not blank). Returns what {@link #apply} needs, or a
     * {@link RawRecord} with the reason when the line is not valid JSON. Step text may go into {@code text}.
     */
    Object parse(byte[] bytes, int from, int to, BlockText text);

    /** Adds what {@link #parse} returned to {@code out}. */
    void apply(Object parsed, ProblemCollector out) throws BadRecordException;

    /** The general parser: a JSON tree per line, handed to the format's record handler. */
    static LineParser tree(FormatReader.RecordHandler handler) {
        return new LineParser() {
            @Override
            public Object parse(byte[] bytes, int from, int to, BlockText text) {
                return TreeLines.parse(bytes, from, to);
            }

            @Override
            public void apply(Object parsed, ProblemCollector out) throws BadRecordException {
                handler.read(Json.object((com.fasterxml.jackson.databind.JsonNode) parsed, "the record"), out);
            }
        };
    }
}
