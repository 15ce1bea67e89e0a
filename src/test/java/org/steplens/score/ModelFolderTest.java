package org.steplens.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken model folders: each gives one clear message, and the next good folder still opens. */
class ModelFolderTest {
    /** Tiny word-level models for folder, CLI and UI plumbing; the conventions are tested in ConventionModelsTest. */
    static final Path PLUMBING = Path.of("src/test/resources/score/plumbing");

    @TempDir
    Path tmp;

    Path folder;

    Path copyOf(String convention) throws IOException {
        folder = tmp.resolve("my-prm");
        Files.createDirectories(folder);
        try (Stream<Path> files = Files.list(PLUMBING.resolve(convention))) {
            for (Path f : files.toList()) {
                Files.copy(f, folder.resolve(f.getFileName()));
            }
        }
        return folder;
    }

    String failure(Path dir) {
        return assertThrows(ModelFolderException.class, () -> PrmModel.open(dir, DevicePreference.AUTO)).getMessage();
    }

    @AfterEach
    void theAppKeepsWorking() throws Exception {
        // After any failure, a good folder still opens and scores in the same process.
        try (PrmModel model = PrmModel.open(PLUMBING.resolve("qwen2.5-math-prm"),
                DevicePreference.AUTO)) {
            assertEquals(2, model.encode("1+1?", java.util.List.of("2", "so 2")).readPositions().length);
        }
    }

    @Test
    void missingTokenizer() throws Exception {
        Path dir = copyOf("qwen2.5-math-prm");
        Files.delete(dir.resolve("tokenizer.json"));
        assertEquals(dir.resolve("tokenizer.json") + ": missing (the model folder needs the model's Hugging Face "
                + "tokenizer.json)", failure(dir));
    }

    @Test
    void unreadableTokenizer() throws Exception {
        Path dir = copyOf("qwen2.5-math-prm");
        Files.writeString(dir.resolve("tokenizer.json"), "{\"model\": {\"type\": \"NoSuchModel\"}}");
        String message = failure(dir);
        assertEquals(dir.resolve("tokenizer.json") + ": not a tokenizer the Hugging Face tokenizers library can read: ",
                message.substring(0, message.indexOf("read: ") + 6));
    }

    @Test
    void missingModel() throws Exception {
        Path dir = copyOf("qwen2.5-math-prm");
        Files.delete(dir.resolve("model.onnx"));
        assertEquals(dir.resolve("model.onnx") + ": missing (export the model to ONNX, e.g. with optimum-cli)",
                failure(dir));
    }

    @Test
    void corruptModel() throws Exception {
        Path dir = copyOf("qwen2.5-math-prm");
        byte[] bytes = Files.readAllBytes(dir.resolve("model.onnx"));
        Files.write(dir.resolve("model.onnx"), java.util.Arrays.copyOf(bytes, bytes.length / 3));
        String message = failure(dir);
        String prefix = dir.resolve("model.onnx") + ": ONNX Runtime cannot load it: ";
        assertEquals(prefix, message.substring(0, Math.min(message.length(), prefix.length())), message);
        assertFalse(message.contains("\n"));
    }

    @Test
    void wrongInputNames() throws Exception {
        Path dir = copyOf("math-shepherd");
        Files.writeString(dir.resolve("prm.json"),
                "{\"convention\": \"math-shepherd\", \"inputs\": {\"input_ids\": \"ids\"}}");
        assertEquals(dir.resolve("model.onnx") + ": has no input named \"ids\" (the spec's input_ids); the model's "
                + "inputs are [attention_mask, input_ids, position_ids], set \"inputs\" in prm.json to match",
                failure(dir));
    }

    @Test
    void modelInputTheSpecDoesNotProvide() throws Exception {
        Path dir = copyOf("math-shepherd");
        Files.writeString(dir.resolve("prm.json"),
                "{\"convention\": \"math-shepherd\", \"inputs\": {\"position_ids\": null}}");
        assertEquals(dir.resolve("model.onnx") + ": needs input \"position_ids\", which the spec does not map "
                + "(StepLens provides input_ids, attention_mask, position_ids and token_type_ids; set \"inputs\" in "
                + "prm.json)",
                failure(dir));
    }

    @Test
    void wrongOutputName() throws Exception {
        Path dir = copyOf("qwen2.5-math-prm");
        Files.writeString(dir.resolve("prm.json"), "{\"convention\": \"qwen2.5-math-prm\", \"output\": \"scores\", "
                + "\"inputs\": {\"position_ids\": null}}");
        assertEquals(dir.resolve("model.onnx") + ": has no output named \"scores\"; its outputs are [logits], "
                + "set \"output\" in prm.json", failure(dir));
    }

    @Test
    void markerTheTokenizerLacks() throws Exception {
        Path dir = copyOf("qwen2.5-math-prm");
        Files.writeString(dir.resolve("prm.json"), "{\"convention\": \"qwen2.5-math-prm\", \"marker\": \"<extra_1>\", "
                + "\"inputs\": {\"position_ids\": null}}");
        assertEquals(dir.resolve("tokenizer.json") + ": the spec's marker \"<extra_1>\" is not a token of this "
                + "tokenizer (it splits into 3 pieces: \"<\", \"extra_1\", \">\")", failure(dir));
    }

    @Test
    void markerThatIsAnUnknownWord() throws Exception {
        Path dir = copyOf("qwen2.5-math-prm");
        Files.writeString(dir.resolve("prm.json"), "{\"convention\": \"qwen2.5-math-prm\", \"marker\": \"zzzz\", "
                + "\"inputs\": {\"position_ids\": null}}");
        assertEquals(dir.resolve("tokenizer.json") + ": the spec's marker \"zzzz\" is not in this tokenizer's "
                + "vocabulary (it encodes as the unknown token [UNK])", failure(dir));
    }

    @Test
    void missingSpec() throws Exception {
        Path dir = copyOf("qwen2.5-math-prm");
        Files.delete(dir.resolve("prm.json"));
        assertEquals(dir.resolve("prm.json") + ": missing (the model folder needs prm.json naming its convention, "
                + "e.g. {\"convention\": \"qwen2.5-math-prm\"})", failure(dir));
    }

    @Test
    void specThatIsNotJson() throws Exception {
        Path dir = copyOf("qwen2.5-math-prm");
        Files.writeString(dir.resolve("prm.json"), "{\n  \"convention\": qwen\n}");
        String message = failure(dir);
        assertEquals(dir.resolve("prm.json") + ":2: not valid JSON: ", message.substring(0, message.indexOf("JSON: ") + 6));
    }

    @Test
    void unknownConvention() throws Exception {
        Path dir = copyOf("qwen2.5-math-prm");
        Files.writeString(dir.resolve("prm.json"), "{\"convention\": \"qwen3\"}");
        assertEquals(dir.resolve("prm.json") + ": unknown convention \"qwen3\" (known: math-shepherd, "
                + "qwen2.5-math-prm, rlhflow, rlhflow-llama3, skywork, trl-token-classification, or custom)", failure(dir));
    }

    @Test
    void notAFolder() {
        Path missing = tmp.resolve("nowhere");
        assertEquals(missing + ": not a folder (a model folder holds model.onnx, tokenizer.json and prm.json)",
                failure(missing));
    }

    @Test
    void nameDefaultsToTheFolderAndTheSpecCanSetIt() throws Exception {
        Path dir = copyOf("qwen2.5-math-prm");
        try (PrmModel model = PrmModel.open(dir, DevicePreference.CPU)) {
            assertEquals("my-prm", model.name());
        }
        Files.writeString(dir.resolve("prm.json"), "{\"convention\": \"qwen2.5-math-prm\", \"name\": \"Qwen tiny\", "
                + "\"inputs\": {\"position_ids\": null}}");
        try (PrmModel model = PrmModel.open(dir, DevicePreference.CPU)) {
            assertEquals("Qwen tiny", model.name());
        }
    }
}
