package org.steplens.score;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.steplens.io.AtomicWrite;

/**
 * Step probabilities computed earlier, keyed by model hash and solution text, so re-opening a file is instant.
 * One JSONL file per model ({@code {"k": key, "p": [..]}} per line) in {@code .steplens-cache/} beside the input,
 * or in the user's cache folder when the input's folder is read-only. A line {@code {"scorer": name}} names the
 * scores (the last one counts), so that {@link CachedScores} can show them again when a file is re-opened.
 *
 * <p>Nothing read from it is trusted: an entry whose probabilities are not finite numbers from 0 to 1 is discarded
 * with a warning (and scored again). New entries are appended and flushed batch by batch ({@link #flush()}), so a
 * run that is killed keeps what it finished; a half-written last line is just a damaged line. The file is rewritten
 * (atomically) only to drop damaged lines.
 */
public final class ScoreCache {
    static final String FOLDER = ".steplens-cache";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Damaged lines named one by one in the warning. */
    private static final int NAMED_BAD_LINES = 3;

    /** Null for a cache kept only in memory ({@link #inMemory}). */
    private final Path file;
    private final Map<String, double[]> entries = new HashMap<>();
    /** In a cache kept in memory: entries {@link #put} since it was made (what a Spark task sends back). */
    private final Map<String, double[]> added = new HashMap<>();
    private final List<String> badLines = new ArrayList<>();
    private int badLineCount;
    private int lineCount;
    private OutputStream appender;
    private boolean writeFailed;
    private String scorer;
    private boolean scorerWritten = true;

    private ScoreCache(Path file) {
        this.file = file;
    }

    /** The cache for scores of {@code model} on solutions from {@code input}. */
    public static ScoreCache forInput(Path input, String modelHash) {
        Path parent = input.toAbsolutePath().getParent();
        Path besideInput = parent == null ? null : parent.resolve(FOLDER);
        boolean writable = besideInput != null && (Files.isDirectory(besideInput) ? Files.isWritable(besideInput)
                : Files.isWritable(parent));
        return inFolder(writable ? besideInput : UserCache.folder().resolve("scores"), modelHash);
    }

    /** The cache for scores of {@code model} kept in {@code folder} (e.g. a Spark job's work folder). */
    public static ScoreCache inFolder(Path folder, String modelHash) {
        return load(folder.resolve("scores-" + modelHash + ".jsonl"));
    }

    /**
     * A cache that holds {@code known} and writes nothing: a Spark task scores only what it lacks, and sends
     * back {@link #added()}.
     */
    public static ScoreCache inMemory(Map<String, double[]> known) {
        ScoreCache cache = new ScoreCache(null);
        known.forEach((k, v) -> cache.entries.put(k, v.clone()));
        return cache;
    }

    /**
     * The key of a solution's scores: the solution's problem and step texts (the model hash names the file).
     * Everything that reuses scores across runs keys them with this.
     */
    public static String key(String problemText, List<String> stepTexts) {
        return ModelHash.ofSolution(problemText, stepTexts);
    }

    /** The cache kept in one file (created on first {@link #put}). */
    public static ScoreCache load(Path file) {
        ScoreCache cache = new ScoreCache(file);
        if (Files.isRegularFile(file)) {
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (String line; (line = in.readLine()) != null; ) {
                    cache.lineCount++;
                    cache.readLine(line);
                }
            } catch (IOException e) {
                // An unreadable cache is an empty cache: everything is recomputed.
                cache.bad(cache.lineCount, "cannot be read (" + e.getClass().getSimpleName() + ")");
            }
        }
        return cache;
    }

    private void readLine(String line) {
        if (line.isBlank()) {
            return;
        }
        try {
            JsonNode n = JSON.readTree(line);
            if (n != null && n.get("k") == null && n.hasNonNull("scorer")) {
                scorer = n.get("scorer").asText();
                return;
            }
            JsonNode k = n == null ? null : n.get("k");
            JsonNode p = n == null ? null : n.get("p");
            if (k == null || !k.isTextual() || p == null || !p.isArray() || p.isEmpty()) {
                bad(lineCount, "not {\"k\": key, \"p\": [probabilities]}");
                return;
            }
            double[] values = new double[p.size()];
            for (int i = 0; i < values.length; i++) {
                JsonNode v = p.get(i);
                values[i] = v.isNumber() ? v.asDouble() : Double.NaN;
                if (!(values[i] >= 0 && values[i] <= 1)) {
                    bad(lineCount, "probability " + (v.isNumber() ? v.asText() : v.toString()) + " is not a number from 0 to 1");
                    return;
                }
            }
            entries.put(k.asText(), values);
        } catch (IOException e) {
            bad(lineCount, "damaged (not one JSON object)");
        }
    }

    private void bad(int line, String reason) {
        badLineCount++;
        if (badLines.size() < NAMED_BAD_LINES) {
            badLines.add(line > 0 ? "line " + line + ": " + reason : reason);
        }
    }

    /** The cache file, or null for a cache kept in memory. */
    public Path file() {
        return file;
    }

    public int size() {
        return entries.size();
    }

    /** What was wrong with the file when it was read: empty when nothing was. */
    public Optional<String> warning() {
        if (badLineCount == 0) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "score cache %s: %d bad entr%s ignored and scored again (%s%s)",
                file, badLineCount, badLineCount == 1 ? "y" : "ies", String.join("; ", badLines),
                badLineCount > badLines.size() ? "; ..." : ""));
    }

    /** The name the cached scores are stored under in a dataset (the model's name), when the cache records it. */
    public Optional<String> scorer() {
        return Optional.ofNullable(scorer);
    }

    /** Records the model's name with the scores (appended with the next entry, or by {@link #save()}). */
    void nameScorer(String name) {
        if (!name.equals(scorer)) {
            scorer = name;
            scorerWritten = false;
        }
    }

    /** The cached step probabilities of a solution, whatever its step count (see {@link #get(String, int)}). */
    Optional<double[]> get(String key) {
        double[] v = entries.get(key);
        return v == null ? Optional.empty() : Optional.of(v.clone());
    }

    /**
     * The cached step probabilities of a solution with {@code steps} steps; empty when there are none, or when
     * the entry has another number of steps (a stale or edited entry, discarded and counted as bad).
     */
    public Optional<double[]> get(String key, int steps) {
        double[] v = entries.get(key);
        if (v == null) {
            return Optional.empty();
        }
        if (v.length != steps) {
            entries.remove(key);
            bad(0, "an entry has " + v.length + " probabilities for a solution of " + steps + " steps");
            return Optional.empty();
        }
        return Optional.of(v.clone());
    }

    /** Remembers a solution's probabilities; written to the file at the next {@link #flush()}. */
    public void put(String key, double[] probabilities) {
        entries.put(key, probabilities.clone());
        if (file == null) {
            added.put(key, probabilities.clone());
            return;
        }
        if (writeFailed) {
            return;
        }
        try {
            ensureAppender();
            appender.write(line(key, probabilities));
        } catch (IOException e) {
            writeFailed = true; // a cache that cannot be written is not an error: scoring happens again next time
        }
    }

    /** For a cache kept in memory ({@link #inMemory}): the entries {@link #put} since it was made (copies). */
    public Map<String, double[]> added() {
        Map<String, double[]> copy = new HashMap<>();
        added.forEach((k, v) -> copy.put(k, v.clone()));
        return copy;
    }

    /** Pushes appended entries to the file, so that they survive a crash or a kill. */
    public void flush() {
        if (appender != null && !writeFailed) {
            try {
                appender.flush();
            } catch (IOException e) {
                writeFailed = true;
            }
        }
    }

    /**
     * Finishes writing: flushes and closes the file, and rewrites it without the damaged lines found when it was
     * read.
     *
     * @return whether the cache file is now up to date
     */
    public boolean save() {
        if (file == null) {
            return true;
        }
        if (!scorerWritten && !writeFailed) {
            try {
                ensureAppender();
            } catch (IOException e) {
                writeFailed = true;
            }
        }
        flush();
        if (appender != null) {
            try {
                appender.close();
            } catch (IOException e) {
                writeFailed = true;
            }
            appender = null;
        }
        if (badLineCount > 0 && !writeFailed && !entries.isEmpty()) {
            try {
                rewrite();
                badLineCount = 0;
                badLines.clear();
            } catch (IOException e) {
                return false;
            }
        }
        return !writeFailed;
    }

    /** Opens the file for appending (once), writing the scorer's name first when it is new. */
    private void ensureAppender() throws IOException {
        if (appender == null) {
            appender = openAppender();
        }
        if (!scorerWritten && scorer != null) {
            appender.write(scorerLine(scorer));
            scorerWritten = true;
        }
    }

    private OutputStream openAppender() throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        AtomicWrite.removeStaleTemporaries(file.toAbsolutePath().getParent());
        OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        if (endsWithoutNewline()) {
            out.write('\n'); // a line cut short by a kill must not swallow the next entry
        }
        return new java.io.BufferedOutputStream(out, 1 << 16);
    }

    private boolean endsWithoutNewline() throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            if (raf.length() == 0) {
                return false;
            }
            raf.seek(raf.length() - 1);
            return raf.read() != '\n';
        }
    }

    private void rewrite() throws IOException {
        AtomicWrite.write(file, stream -> {
            if (scorer != null) {
                stream.write(scorerLine(scorer));
            }
            for (Map.Entry<String, double[]> e : entries.entrySet()) {
                stream.write(line(e.getKey(), e.getValue()));
            }
        });
    }

    private static byte[] scorerLine(String name) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (JsonGenerator g = JSON.getFactory().createGenerator(bytes, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("scorer", name);
            g.writeEndObject();
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }

    private static byte[] line(String key, double[] probabilities) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(64 + 24 * probabilities.length);
        try (JsonGenerator g = JSON.getFactory().createGenerator(bytes, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("k", key);
            g.writeArrayFieldStart("p");
            for (double v : probabilities) {
                g.writeNumber(v);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }
}
