package org.steplens.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;

/** One supported file format: recognises its records by their keys and turns each into problems. */
interface FormatReader {
    /** The display name, e.g. "ProcessBench". */
    String name();

    /** Whether the first record of a file has this format's shape. */
    boolean accepts(ObjectNode first);

    /** A reader for one file; it may keep state between records (e.g. to group samples by problem). */
    RecordHandler open(Path file);

    /** How JSON Lines of this format are parsed on worker threads; by default a JSON tree per line. */
    default LineParser lines(RecordHandler handler, AnswerCompletion answers) {
        return LineParser.tree(handler);
    }

    /** Turns records of one file into problems. */
    interface RecordHandler {
        void read(ObjectNode record, ProblemCollector out) throws BadRecordException;
    }
}
