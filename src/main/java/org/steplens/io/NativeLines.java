package org.steplens.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.steplens.model.Problem;

/**
 * One problem as one native line and back, in memory: the exact line {@link NativeJsonlWriter} writes for it, so
 * problems can travel as text (e.g. to Spark executors) and be written out again byte for byte.
 */
public final class NativeLines {
    private NativeLines() {
    }

    /** The native line for {@code problem}, without the line end. */
    public static String toLine(Problem problem) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out)) {
            NativeJsonlWriter.writeProblem(g, problem);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /**
     * Reads one native line.
     *
     * @throws IOException naming the reason when the line is not a native problem record
     */
    public static Problem parse(String line) throws IOException {
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IOException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (node == null || !node.isObject()) {
            throw new IOException("not a JSON object");
        }
        ProblemCollector collector = new ProblemCollector();
        try {
            new NativeJsonlReader().open(null).read(Json.object(node, "the record"), collector);
        } catch (BadRecordException e) {
            throw new IOException(e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
        List<Problem> problems = collector.finish();
        if (problems.size() != 1) {
            throw new IOException("expected one problem, found " + problems.size());
        }
        return problems.get(0);
    }
}
