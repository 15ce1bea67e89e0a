package org.steplens.score;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.steplens.io.AtomicWrite;

/**
 * Step probabilities computed earlier, keyed by model hash and solution text, so re-opening a file is instant.
 * One JSONL file per model ({@code {"k": key, "p": [..]}} per line) in {@code .steplens-cache/} beside the input,
 * or in the user's cache folder when the input's folder is read-only. A damaged line is ignored (and recomputed).
 */
public final class ScoreCache {
    static final String FOLDER = ".steplens-cache";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Map<String, double[]> entries = new HashMap<>();
    private final Map<String, double[]> added = new LinkedHashMap<>();

    private ScoreCache(Path file) {
        this.file = file;
    }

    /** The cache for scores of {@code model} on solutions from {@code input}. */
    public static ScoreCache forInput(Path input, String modelHash) {
        Path parent = input.toAbsolutePath().getParent();
        Path besideInput = parent == null ? null : parent.resolve(FOLDER);
        boolean writable = besideInput != null && (Files.isDirectory(besideInput) ? Files.isWritable(besideInput)
                : Files.isWritable(parent));
        Path folder = writable ? besideInput : UserCache.folder().resolve("scores");
        return load(folder.resolve("scores-" + modelHash + ".jsonl"));
    }

    /** The cache kept in one file (created on first save). */
    public static ScoreCache load(Path file) {
        ScoreCache cache = new ScoreCache(file);
        if (Files.isRegularFile(file)) {
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (String line; (line = in.readLine()) != null; ) {
                    cache.readLine(line);
                }
            } catch (IOException e) {
                // An unreadable cache is an empty cache: everything is recomputed.
            }
        }
        return cache;
    }

    private void readLine(String line) {
        try {
            JsonNode n = JSON.readTree(line);
            JsonNode p = n.get("p");
            if (n.get("k") == null || p == null || !p.isArray()) {
                return;
            }
            double[] values = new double[p.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = p.get(i).isNumber() ? p.get(i).asDouble() : Double.NaN;
            }
            entries.put(n.get("k").asText(), values);
        } catch (IOException e) {
            // skip a damaged line
        }
    }

    public Path file() {
        return file;
    }

    public int size() {
        return entries.size();
    }

    Optional<double[]> get(String key) {
        double[] v = entries.get(key);
        return v == null ? Optional.empty() : Optional.of(v.clone());
    }

    void put(String key, double[] probabilities) {
        entries.put(key, probabilities.clone());
        added.put(key, probabilities.clone());
    }

    /**
     * Writes new entries: the whole cache to a temporary file, renamed over the old one. A cache that cannot be
     * written is not an error; scoring simply happens again next time.
     *
     * @return whether the cache file is now up to date
     */
    public boolean save() {
        if (added.isEmpty()) {
            return true;
        }
        try {
            AtomicWrite.write(file, stream -> {
                try (JsonGenerator g = JSON.getFactory().createGenerator(stream, JsonEncoding.UTF8)) {
                    g.setRootValueSeparator(null);
                    for (Map.Entry<String, double[]> e : entries.entrySet()) {
                        g.writeStartObject();
                        g.writeStringField("k", e.getKey());
                        g.writeArrayFieldStart("p");
                        for (double v : e.getValue()) {
                            g.writeNumber(v);
                        }
                        g.writeEndArray();
                        g.writeEndObject();
                        g.writeRaw('\n');
                    }
                }
            });
            added.clear();
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
