package org.steplens.ui.probe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.steplens.review.ReviewEdit;
import org.steplens.review.ReviewOp;
import org.steplens.review.ReviewStore;
import org.steplens.review.ReviewTarget;
import org.steplens.review.SolutionKey;

/**
 * Probe variants on disk, kept with the review: a sibling journal of the review journal
 * ({@code NAME.steplens-review.jsonl} → {@code NAME.steplens-probe.jsonl}) written by the same append-only, fsync'd
 * {@link ReviewStore}, so variants survive a crash exactly as ratings do and the data file is never touched. Each
 * variant is a whole-solution note by the pseudo-reviewer {@value #AUTHOR} whose value is the variant as JSON
 * ({"name", "problem", "steps"}); a null note removes it, and replay keeps the last one per candidate. The file is
 * only created by the first variant (opening a dataset leaves nothing behind), on this store's own writer thread so
 * that the caller (the FX thread) never waits for the disk. No JavaFX.
 */
public final class VariantStore implements AutoCloseable {
    static final String AUTHOR = "probe";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A variant larger than this is not kept (a pasted book is not a step edit). */
    static final int MAX_CHARS = 200_000;

    private final Path path;
    private final org.steplens.review.DatasetFingerprint dataset;
    private final java.util.concurrent.ExecutorService writer = java.util.concurrent.Executors.newSingleThreadExecutor(
            r -> {
                Thread t = new Thread(r, "steplens-probe-variants");
                t.setDaemon(true);
                return t;
            });
    /** Null until the journal exists (read at opening, or created by the first variant); used on the writer. */
    private ReviewStore store;
    private volatile IOException lastWriteError;

    private VariantStore(Path path, org.steplens.review.DatasetFingerprint dataset, ReviewStore store) {
        this.path = path;
        this.dataset = dataset;
        this.store = store;
    }

    /** The variant journal beside {@code review}'s journal, read when it exists. Does I/O: not on the FX thread. */
    public static VariantStore beside(ReviewStore review) throws IOException {
        Path path = siblingOf(review.path());
        return new VariantStore(path, review.dataset(),
                java.nio.file.Files.exists(path) ? ReviewStore.open(path, review.dataset()) : null);
    }

    static Path siblingOf(Path reviewJournal) {
        String name = reviewJournal.getFileName().toString();
        String base = name.endsWith(".steplens-review.jsonl")
                ? name.substring(0, name.length() - ".steplens-review.jsonl".length()) : name;
        return reviewJournal.resolveSibling(base + ".steplens-probe.jsonl");
    }

    /** Every kept variant by candidate; unreadable values are skipped and named in {@code notices}. */
    public Map<SolutionKey, Variant> load(List<String> notices) {
        Map<SolutionKey, Variant> out = new LinkedHashMap<>();
        if (store == null) {
            return out;
        }
        store.state().reviewsBy(AUTHOR).forEach((key, review) -> review.note(ReviewTarget.WHOLE_SOLUTION)
                .ifPresent(json -> {
                    try {
                        out.put(key, decode(json));
                    } catch (IOException | RuntimeException e) {
                        notices.add(store.path().getFileName() + ": variant of " + key + " unreadable ("
                                + e.getMessage() + "); skipped");
                    }
                }));
        notices.addAll(store.notices());
        return out;
    }

    /** Keeps {@code variant} for {@code key} (null removes it); written in the background. */
    public void put(SolutionKey key, Variant variant) {
        String value = variant == null ? null : encode(variant);
        if (value != null && value.length() > MAX_CHARS) {
            throw new IllegalArgumentException("variant too large to keep (" + value.length() + " characters)");
        }
        ReviewEdit edit = new ReviewEdit(Instant.now(), AUTHOR, ReviewOp.NOTE,
                ReviewTarget.solution(key.problemId(), key.solution()), value);
        writer.execute(() -> {
            try {
                if (store == null) {
                    store = ReviewStore.open(path, dataset);
                }
                store.apply(edit);
            } catch (IOException e) {
                lastWriteError = e;
                org.slf4j.LoggerFactory.getLogger(VariantStore.class).warn("could not keep a probe variant in {}",
                        path, e);
            }
        });
    }

    /** The last failure to write a variant, or null. */
    public IOException lastWriteError() {
        return lastWriteError;
    }

    public Path path() {
        return path;
    }

    static String encode(Variant v) {
        ObjectNode o = JSON.createObjectNode();
        o.put("name", v.name());
        o.put("problem", v.problemText());
        v.steps().forEach(o.putArray("steps")::add);
        return o.toString();
    }

    static Variant decode(String json) throws IOException {
        JsonNode o = JSON.readTree(json);
        List<String> steps = new ArrayList<>();
        o.path("steps").forEach(s -> steps.add(s.asText()));
        if (!o.path("problem").isTextual() || steps.isEmpty()) {
            throw new IOException("needs \"problem\" and at least one step");
        }
        return new Variant(o.path("name").asText("variant"), o.path("problem").asText(), steps);
    }

    /** Writes what is pending and closes the journal (compacted to one line per variant). */
    @Override
    public void close() throws IOException {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new IOException("probe variants not written within 10 s: " + path);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing " + path, e);
        }
        if (store != null) {
            store.compact();
            store.close();
        }
        if (lastWriteError != null) {
            throw lastWriteError;
        }
    }
}
