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
 * ({"name", "problem", "steps"}); a null note removes it, and replay keeps the last one per candidate. No JavaFX.
 */
public final class VariantStore implements AutoCloseable {
    static final String AUTHOR = "probe";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A variant larger than this is not kept (a pasted book is not a step edit). */
    static final int MAX_CHARS = 200_000;

    private final ReviewStore store;

    private VariantStore(ReviewStore store) {
        this.store = store;
    }

    /** Opens (or creates) the variant journal beside {@code review}'s journal. Does I/O: not on the FX thread. */
    public static VariantStore beside(ReviewStore review) throws IOException {
        return new VariantStore(ReviewStore.open(siblingOf(review.path()), review.dataset()));
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
        store.submit(new ReviewEdit(Instant.now(), AUTHOR, ReviewOp.NOTE,
                ReviewTarget.solution(key.problemId(), key.solution()), value));
    }

    public Path path() {
        return store.path();
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
        store.compact();
        store.close();
    }
}
