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
 * A first line {@code {"scorer": name}} names the scores, so that {@link CachedScores} can show them again when a
 * file is re-opened (caches written before that line existed are still used for scoring, just not found at open).
 */
public final class ScoreCache {
    static final String FOLDER = ".steplens-cache";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Map<String, double[]> entries = new HashMap<>();
    private final Map<String, double[]> added = new LinkedHashMap<>();
    private String scorer;
    private boolean renamed;

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
            if (n != null && n.get("k") == null && n.hasNonNull("scorer")) {
                scorer = n.get("scorer").asText();
                return;
            }
            JsonNode p = n == null ? null : n.get("p");
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

    /** The name the cached scores are stored under in a dataset (the model's name), when the cache records it. */
    public Optional<String> scorer() {
        return Optional.ofNullable(scorer);
    }

    /** Records the model's name with the scores (written by the next {@link #save()}). */
    void nameScorer(String name) {
        if (!name.equals(scorer)) {
            scorer = name;
            renamed = true;
        }
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
        if (added.isEmpty() && !renamed) {
            return true;
        }
        try {
            AtomicWrite.write(file, stream -> {
                try (JsonGenerator g = JSON.getFactory().createGenerator(stream, JsonEncoding.UTF8)) {
                    g.setRootValueSeparator(null);
                    if (scorer != null) {
                        g.writeStartObject();
                        g.writeStringField("scorer", scorer);
                        g.writeEndObject();
                        g.writeRaw('\n');
                    }
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
            renamed = false;
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
