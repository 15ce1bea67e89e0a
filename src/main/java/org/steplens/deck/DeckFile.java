package org.steplens.deck;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.steplens.io.AtomicWrite;
import org.steplens.io.FileNames;
import org.steplens.select.PrmAggregation;

/**
 * A deck on disk: {@code NAME.steplens-deck.json} beside the data file {@code NAME.jsonl}, written with
 * {@link AtomicWrite} so a crash never leaves half a deck. A case that cannot be read is reported (file, case
 * number, reason) and left out; the others still load.
 */
public final class DeckFile {
    public static final String SUFFIX = ".steplens-deck.json";
    static final String FORMAT = "steplens-deck";
    static final int VERSION = 1;
    /** A deck is a few dozen cases; a larger file is not one of ours (size budget on untrusted input). */
    static final long MAX_BYTES = 8L * 1024 * 1024;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** What reading found: the deck and a message per case left out. */
    public record Loaded(Deck deck, List<String> problems) {
    }

    private DeckFile() {
    }

    /**
     * The deck file that belongs to {@code data}: {@code gsm8k.json} → {@code gsm8k.steplens-deck.json}, and a
     * file saved by StepLens, {@code gsm8k.steplens.jsonl}, shares the same deck.
     */
    public static Path beside(Path data) {
        Path absolute = data.toAbsolutePath();
        String stem = FileNames.stem(absolute);
        if (stem.endsWith(".steplens")) {
            stem = stem.substring(0, stem.length() - ".steplens".length());
        }
        return absolute.resolveSibling(stem + SUFFIX);
    }

    public static void write(Path file, Deck deck) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        ArrayNode cases = root.putArray("cases");
        for (DeckCase c : deck.cases()) {
            ObjectNode o = cases.addObject();
            o.put("problem", c.problemId());
            o.put("candidate", c.candidate());
            o.put("scorer", c.scorer());
            o.put("aggregation", c.aggregation().label());
            o.put("threshold", c.threshold());
            o.put("note", c.note());
        }
        byte[] bytes = MAPPER.writeValueAsBytes(root);
        AtomicWrite.write(file, out -> out.write(bytes));
    }

    /** Reads a deck; a missing file is an empty deck. Throws only when the file as a whole is unreadable. */
    public static Loaded read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return new Loaded(Deck.EMPTY, List.of());
        }
        if (Files.size(file) > MAX_BYTES) {
            throw new IOException(file + ": " + Files.size(file) + " bytes is too large for a deck (limit " + MAX_BYTES + ")");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new IOException(file + ", line " + e.getLocation().getLineNr() + ": not JSON (" + e.getOriginalMessage() + ")", e);
        }
        if (root == null || !FORMAT.equals(root.path("format").asText()) || !root.path("cases").isArray()) {
            throw new IOException(file + ": not a StepLens deck (expected \"format\": \"" + FORMAT + "\" and a \"cases\" list)");
        }
        List<DeckCase> cases = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int n = 0;
        for (JsonNode o : root.get("cases")) {
            n++;
            try {
                cases.add(parse(o));
            } catch (RuntimeException e) {
                problems.add(file + ", case " + n + ": " + e.getMessage() + "; left out");
            }
        }
        return new Loaded(new Deck(cases), problems);
    }

    private static DeckCase parse(JsonNode o) {
        if (!o.path("problem").isTextual()) {
            throw new IllegalArgumentException("no \"problem\" id");
        }
        if (!o.path("candidate").canConvertToInt()) {
            throw new IllegalArgumentException("no \"candidate\" index");
        }
        return new DeckCase(o.get("problem").asText(), o.get("candidate").asInt(), o.path("scorer").asText("prm"),
                PrmAggregation.parse(o.path("aggregation").asText("product-neutral-positive")),
                o.path("threshold").asDouble(0.5), o.path("note").asText(""));
    }
}
