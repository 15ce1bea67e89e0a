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

    /**
     * Parses the line that starts at {@code from}, whose end is not known yet ({@code limit}: where the block of
     * lines ends). Returns what {@link #parse} returns, or null for a blank line, and puts the index of the line's
     * '\n' (or {@code limit} when there is none) into {@code lineEnd[0]}. This default finds the end first; a
     * parser that reads the line's bytes itself can find it on the way and save a pass over the block.
     */
    default Object parseLine(byte[] bytes, int from, int limit, BlockText text, int[] lineEnd) {
        int newline = ByteScan.indexOf(bytes, from, limit, (byte) '\n');
        int end = newline < 0 ? limit : newline;
        lineEnd[0] = end;
        int first = from;
        int last = end;
        while (first < last && isBlank(bytes[first])) {
            first++;
        }
        while (last > first && isBlank(bytes[last - 1])) {
            last--;
        }
        return first < last ? parse(bytes, first, last, text) : null;
    }

    private static boolean isBlank(byte b) {
        return b == ' ' || b == '\t' || b == '\r';
    }

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
