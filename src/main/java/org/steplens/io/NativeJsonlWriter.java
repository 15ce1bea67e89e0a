package org.steplens.io;

import static org.steplens.io.NativeFormat.*;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.zip.GZIPOutputStream;
import org.steplens.model.Dataset;
import org.steplens.model.HumanRating;
import org.steplens.model.NamedScores;
import org.steplens.model.Problem;
import org.steplens.model.Solution;
import org.steplens.model.ThreeWayProbability;

/**
 * Writes the StepLens native format ({@link NativeFormat}) without loss. Output goes to a temporary file next to
 * the target, renamed over it only when complete, so an interrupted write never leaves a half file behind.
 * A target ending in ".gz" is gzip-compressed.
 *
 * <pre>
 * try (NativeJsonlWriter w = NativeJsonlWriter.open(out)) {
 *     for (Problem p : problems) w.write(p);
 *     w.commit();
 * }
 * </pre>
 */
public final class NativeJsonlWriter implements Closeable {
    private final AtomicWrite.Pending pending;
    private final JsonGenerator generator;
    private boolean finished;

    private NativeJsonlWriter(AtomicWrite.Pending pending, JsonGenerator generator) {
        this.pending = pending;
        this.generator = generator;
    }

    /** Writes every problem of {@code dataset} to {@code out}, replacing it atomically. */
    public static void write(Dataset dataset, Path out) throws IOException {
        write(dataset, OutputTarget.of(out));
    }

    /** Writes every problem of {@code dataset} to {@code out} (a file replaced atomically, a device, or stdout). */
    public static void write(Dataset dataset, OutputTarget out) throws IOException {
        try (NativeJsonlWriter w = open(out)) {
            for (Problem p : dataset.problems()) {
                w.write(p);
            }
            w.commit();
        }
    }

    /** Starts writing to a temporary file beside {@code out}; {@code out} is untouched until {@link #commit()}. */
    public static NativeJsonlWriter open(Path out) throws IOException {
        return open(OutputTarget.of(out));
    }

    /** Starts writing {@code out}; a file is untouched until {@link #commit()}. */
    public static NativeJsonlWriter open(OutputTarget out) throws IOException {
        AtomicWrite.Pending pending = out.open();
        try {
            OutputStream stream = new BufferedOutputStream(pending.stream(), 1 << 16);
            if (out.gzip()) {
                stream = new GZIPOutputStream(stream, 1 << 16);
            }
            JsonGenerator generator = Json.MAPPER.getFactory().createGenerator(stream, JsonEncoding.UTF8);
            generator.setRootValueSeparator(null); // lines end with '\n' only, no space before the next one
            return new NativeJsonlWriter(pending, generator);
        } catch (IOException | RuntimeException e) {
            pending.close();
            throw e;
        }
    }

    /** Appends one problem as one line. */
    public void write(Problem problem) throws IOException {
        if (finished) {
            throw new IllegalStateException("writer already committed or closed");
        }
        writeProblem(generator, problem);
        generator.writeRaw('\n');
    }

    /** Finishes the file and moves it into place. */
    public void commit() throws IOException {
        if (finished) {
            throw new IllegalStateException("writer already committed or closed");
        }
        generator.close();
        finished = true;
        pending.commit();
    }

    /** Abandons the temporary file unless {@link #commit()} succeeded. */
    @Override
    public void close() throws IOException {
        if (!finished) {
            finished = true;
            try {
                generator.close();
            } finally {
                pending.close();
            }
        }
    }

    static void writeProblem(JsonGenerator g, Problem p) throws IOException {
        g.writeStartObject();
        g.writeStringField(FORMAT, MARKER);
        g.writeStringField(ID, p.id());
        g.writeStringField(TEXT, p.text());
        writeOptional(g, GROUND_TRUTH_ANSWER, p.groundTruthAnswer());
        writeOptional(g, GROUND_TRUTH_SOLUTION, p.groundTruthSolution());
        writeOptional(g, SUBJECT, p.subject());
        if (p.level() != null) {
            g.writeNumberField(LEVEL, p.level());
        }
        writeOptional(g, SOURCE, p.source());
        writeExtra(g, p.extraJson());
        g.writeArrayFieldStart(SOLUTIONS);
        for (Solution s : p.solutions()) {
            writeSolution(g, s);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeSolution(JsonGenerator g, Solution s) throws IOException {
        g.writeStartObject();
        writeOptional(g, ID, s.id().orElse(null));
        g.writeArrayFieldStart(STEPS);
        for (String step : s.stepTexts()) {
            g.writeString(step);
        }
        g.writeEndArray();
        writeOptional(g, FINAL_ANSWER, s.finalAnswer().orElse(null));
        Optional<Boolean> correct = s.correct();
        if (correct.isPresent()) {
            g.writeBooleanField(CORRECT, correct.get());
        }
        writeOptional(g, GENERATOR, s.generator().orElse(null));
        NamedScores scores = s.scores();
        if (!scores.isEmpty()) {
            g.writeObjectFieldStart(SCORES);
            for (Map.Entry<String, Double> e : scores.asMap().entrySet()) {
                g.writeFieldName(e.getKey());
                writeNumber(g, e.getValue());
            }
            g.writeEndObject();
        }
        if (!s.stepProbabilities().isEmpty()) {
            g.writeObjectFieldStart(STEP_PROBABILITIES);
            for (Map.Entry<String, double[]> e : s.stepProbabilities().asMap().entrySet()) {
                g.writeArrayFieldStart(e.getKey());
                for (double v : e.getValue()) {
                    writeNumber(g, v);
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        if (s.hasThreeWay()) {
            g.writeArrayFieldStart(THREE_WAY);
            for (int i = 0; i < s.stepCount(); i++) {
                ThreeWayProbability t = s.threeWay(i).orElseThrow();
                g.writeStartArray();
                writeNumber(g, t.positive());
                writeNumber(g, t.neutral());
                writeNumber(g, t.negative());
                g.writeEndArray();
            }
            g.writeEndArray();
        }
        if (s.hasHumanRatings()) {
            g.writeArrayFieldStart(HUMAN_RATINGS);
            for (int i = 0; i < s.stepCount(); i++) {
                Optional<HumanRating> r = s.humanRating(i);
                if (r.isPresent()) {
                    g.writeNumber(r.get().value());
                } else {
                    g.writeNull();
                }
            }
            g.writeEndArray();
        }
        OptionalInt firstError = s.firstErrorLabel();
        if (firstError.isPresent()) {
            g.writeNumberField(FIRST_ERROR_LABEL, firstError.getAsInt());
        }
        Optional<int[]> errorSteps = s.errorStepLabels();
        if (errorSteps.isPresent()) {
            g.writeFieldName(ERROR_STEP_LABELS);
            int[] labels = errorSteps.get();
            g.writeArray(labels, 0, labels.length);
        }
        writeExtra(g, s.extraJson().orElse(null));
        g.writeEndObject();
    }

    private static void writeOptional(JsonGenerator g, String field, String value) throws IOException {
        if (value != null) {
            g.writeStringField(field, value);
        }
    }

    static void writeNumber(JsonGenerator g, double v) throws IOException {
        if (Double.isNaN(v)) {
            g.writeString(NAN);
        } else if (Double.isInfinite(v)) {
            g.writeString(v > 0 ? POSITIVE_INFINITY : NEGATIVE_INFINITY);
        } else {
            g.writeNumber(v);
        }
    }

    /** As an embedded object when that reads back to the very same text; otherwise as a string. */
    private static void writeExtra(JsonGenerator g, String extraJson) throws IOException {
        if (extraJson == null) {
            return;
        }
        g.writeFieldName(EXTRA);
        if (isCanonicalObject(extraJson)) {
            g.writeRawValue(extraJson);
        } else {
            g.writeString(extraJson);
        }
    }

    private static boolean isCanonicalObject(String text) {
        if (text.isEmpty() || text.charAt(0) != '{') {
            return false;
        }
        try {
            JsonNode tree = Json.MAPPER.readTree(text);
            return tree.isObject() && Json.compact(tree).equals(text);
        } catch (JsonProcessingException e) {
            return false;
        }
    }
}
