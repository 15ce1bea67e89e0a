package org.steplens.score;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The small JSON file in a model folder ({@value #FILE_NAME}) that says how to talk to the model. It may name a
 * ready convention ({@code "convention": "qwen2.5-math-prm"}) and override any of its fields:
 *
 * <pre>{@code
 * {
 *   "name": "my-prm",                       // scorer name in the dataset; default: the folder name
 *   "convention": "math-shepherd" | "qwen2.5-math-prm" | "rlhflow" | "rlhflow-llama3" | "skywork"
 *                 | "trl-token-classification",
 *   "template": {"system": "...", "prefix": "{problem} ", "first_step": "...", "step": "{step}{marker}",
 *                "separator": "\n", "suffix": ""},
 *   "marker": " ки",                        // one token of the tokenizer, placed by {marker}
 *   "tokenization": {"pieces": false,       // true: prefix and each step encoded alone, the marker's ids appended
 *                    "add_special_tokens": false, // let the tokenizer add its own (e.g. <s>) to the text / prefix
 *                    "strip_steps": false,  // strip each step's surrounding whitespace (as Python's str.strip)
 *                    "split_steps_on_marker": false}, // pieces: each line of a step (split on the marker) alone
 *   "marker_offset": 0,                     // read the output this many tokens after the marker (-1: before)
 *   "head": {"type": "lm", "positive": "+", "negative": "-", "positive_id": 648, "negative_id": 387}
 *         | {"type": "two_class", "class_index": 1} | {"type": "value", "activation": "sigmoid" | "none"},
 *   "inputs": {"input_ids": "input_ids", "attention_mask": "attention_mask", "position_ids": "position_ids",
 *              "token_type_ids": "token_type_ids"}, // each fed when the model has an input of that name
 *   "output": "logits",
 *   "max_tokens": 4096,                     // longer solutions are reported, never truncated
 *   "batch_size": 8,
 *   "pad_id": 0
 * }
 * }</pre>
 *
 * @param name          the scorer name under which scores are stored
 * @param convention    the convention it started from, or "custom"
 * @param template      the prompt layout
 * @param marker        the marker text
 * @param markerOffset  where to read the output relative to the marker token
 * @param head          the output reduction
 * @param inputIds      model input name for token ids
 * @param attentionMask model input name for the attention mask (fed when the model has it), or null for never
 * @param positionIds   model input name for position ids (fed when the model has it), or null for never
 * @param tokenTypeIds  model input name for token type ids, all 0 (fed when the model has it), or null for never
 * @param output        the output to read
 * @param maxTokens     the longest sequence the model is asked to read
 * @param batchSize     solutions per forward pass
 * @param padId         token id used for padding
 * @param tokenization  how the prompt becomes token ids
 */
public record PrmSpec(String name, String convention, Template template, String marker, int markerOffset, Head head,
                      String inputIds, String attentionMask, String positionIds, String tokenTypeIds, String output,
                      int maxTokens, int batchSize, long padId, Tokenization tokenization) {

    /**
     * How the rendered prompt becomes token ids.
     *
     * @param pieces             false: the whole rendered text is encoded once and each marker found in it; true: the
     *                           prefix is encoded alone, then each step alone followed by the marker's own ids (as the
     *                           Skywork and TRL code build their inputs), read at the marker's last id
     * @param addSpecialTokens   let the tokenizer's post-processor add its tokens (e.g. Llama-2's {@code <s>}) to the
     *                           whole text, or to the prefix when encoding pieces
     * @param stripSteps         strip whitespace around each step first, as Python's {@code str.strip()} does
     * @param splitStepsOnMarker with pieces: a step containing the marker is split on it, each part encoded alone and
     *                           followed by the marker (Skywork scores every line); the step is read at its last part
     */
    public record Tokenization(boolean pieces, boolean addSpecialTokens, boolean stripSteps, boolean splitStepsOnMarker) {
    }

    public static final String FILE_NAME = "prm.json";
    /** The ready conventions, in the order they are listed to users. */
    public static final List<String> CONVENTIONS = List.of("math-shepherd", "qwen2.5-math-prm", "rlhflow",
            "rlhflow-llama3", "skywork", "trl-token-classification");

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads {@code dir/prm.json}; the scorer name defaults to the folder's name. */
    public static PrmSpec read(Path dir) throws ModelFolderException {
        Path file = dir.resolve(FILE_NAME);
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new ModelFolderException(file + ": missing (the model folder needs " + FILE_NAME
                    + " naming its convention, e.g. {\"convention\": \"qwen2.5-math-prm\"})");
        } catch (IOException e) {
            throw new ModelFolderException(file + ": cannot read: " + e.getMessage());
        }
        Path folderName = dir.toAbsolutePath().normalize().getFileName();
        return parse(text, file.toString(), folderName == null ? "prm" : folderName.toString());
    }

    /** Parses spec text; {@code source} names the file in messages. */
    public static PrmSpec parse(String text, String source, String defaultName) throws ModelFolderException {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ModelFolderException(source + ":" + e.getLocation().getLineNr() + ": not valid JSON: "
                    + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new ModelFolderException(source + ": expected a JSON object");
        }
        ObjectNode merged = JSON.createObjectNode();
        String convention = root.path("convention").asText("custom");
        if (!convention.equals("custom")) {
            if (!CONVENTIONS.contains(convention)) {
                throw new ModelFolderException(source + ": unknown convention \"" + convention + "\" (known: "
                        + String.join(", ", CONVENTIONS) + ", or custom)");
            }
            merged.setAll(preset(convention));
        }
        overlay(merged, (ObjectNode) root);
        return fromJson(merged, source, defaultName, convention);
    }

    private static ObjectNode preset(String convention) {
        String resource = "conventions/" + convention + ".json";
        try (InputStream in = PrmSpec.class.getResourceAsStream(resource)) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("missing bundled resource " + resource, e);
        }
    }

    /** Copies fields of {@code top} over {@code base}; the nested objects template, head and inputs merge too. */
    private static void overlay(ObjectNode base, ObjectNode top) {
        Iterator<Map.Entry<String, JsonNode>> fields = top.properties().iterator();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            JsonNode existing = base.get(f.getKey());
            boolean nested = List.of("template", "inputs", "tokenization").contains(f.getKey())
                    || f.getKey().equals("head") && existing != null
                    && existing.path("type").equals(f.getValue().path("type"));
            if (nested && existing instanceof ObjectNode e && f.getValue() instanceof ObjectNode v) {
                ObjectNode copy = e.deepCopy();
                copy.setAll(v);
                base.set(f.getKey(), copy);
            } else {
                base.set(f.getKey(), f.getValue());
            }
        }
    }

    private static PrmSpec fromJson(ObjectNode n, String source, String defaultName, String convention)
            throws ModelFolderException {
        JsonNode t = n.path("template");
        String step = text(t, "step", null);
        String prefix = text(t, "prefix", "{problem}");
        if (step == null || !t.isObject()) {
            throw new ModelFolderException(source + ": \"template\" needs at least a \"step\" field, e.g. \"{step}{marker}\"");
        }
        String firstStep = text(t, "first_step", step);
        for (String s : List.of(step, firstStep)) {
            if (count(s, "{marker}") != 1) {
                throw new ModelFolderException(source + ": template step \"" + s + "\" must contain {marker} exactly once");
            }
        }
        Template template = new Template(text(t, "system", ""), prefix, firstStep, step, text(t, "separator", ""),
                text(t, "suffix", ""));
        String marker = text(n, "marker", null);
        if (marker == null || marker.isEmpty()) {
            throw new ModelFolderException(source + ": \"marker\" is missing (the token placed after each step)");
        }
        Head head = head(n.path("head"), source);
        JsonNode inputs = n.path("inputs");
        String inputIds = text(inputs, "input_ids", "input_ids");
        // Every standard input an export may have is fed when the model has it; null in the spec means never.
        String mask = inputs.has("attention_mask") ? text(inputs, "attention_mask", null) : "attention_mask";
        String positions = inputs.has("position_ids") ? text(inputs, "position_ids", null) : "position_ids";
        String tokenTypes = inputs.has("token_type_ids") ? text(inputs, "token_type_ids", null) : "token_type_ids";
        JsonNode e = n.path("tokenization");
        Tokenization tokenization = new Tokenization(e.path("pieces").asBoolean(false),
                e.path("add_special_tokens").asBoolean(false), e.path("strip_steps").asBoolean(false), e.path("split_steps_on_marker").asBoolean(false));
        int maxTokens = n.path("max_tokens").asInt(4096);
        int batch = n.path("batch_size").asInt(8);
        if (maxTokens < 2 || batch < 1 || batch > Scorer.MAX_BATCH_SIZE) {
            throw new ModelFolderException(source + ": max_tokens must be at least 2 and batch_size from 1 to "
                    + Scorer.MAX_BATCH_SIZE);
        }
        if (tokenization.pieces() && (!step.equals("{step}{marker}") || !firstStep.equals(step)
                || !template.separator().isEmpty() || template.prefix().contains("{marker}")
                || template.suffix().contains("{marker}"))) {
            throw new ModelFolderException(source + ": with \"pieces\" each step is encoded as it is and followed by "
                    + "the marker, so the template's step must be \"{step}{marker}\", with no first_step, separator or "
                    + "marker elsewhere");
        }
        return new PrmSpec(text(n, "name", defaultName), convention, template, marker, n.path("marker_offset").asInt(0),
                head, inputIds, mask, positions, tokenTypes, text(n, "output", "logits"), maxTokens, batch,
                n.path("pad_id").asLong(0), tokenization);
    }

    private static Head head(JsonNode h, String source) throws ModelFolderException {
        String type = h.path("type").asText("");
        return switch (type) {
            case "lm" -> new Head(Head.Kind.LM, text(h, "positive", "+"), text(h, "negative", "-"),
                    h.path("positive_id").asLong(-1), h.path("negative_id").asLong(-1), 0, false);
            case "two_class" -> new Head(Head.Kind.TWO_CLASS, null, null, -1, -1, h.path("class_index").asInt(1), false);
            case "value" -> {
                String activation = h.path("activation").asText("sigmoid");
                if (!activation.equals("sigmoid") && !activation.equals("none")) {
                    throw new ModelFolderException(source + ": head activation \"" + activation
                            + "\" is not one of sigmoid, none");
                }
                yield new Head(Head.Kind.VALUE, null, null, -1, -1, 0, activation.equals("sigmoid"));
            }
            default -> throw new ModelFolderException(source + ": head type \"" + type
                    + "\" is not one of lm, two_class, value");
        };
    }

    private static String text(JsonNode node, String field, String fallback) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? fallback : v.asText();
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
