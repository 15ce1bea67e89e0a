package org.steplens.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steplens.io.DatasetLoader;
import org.steplens.io.LoadProgress;
import org.steplens.model.Dataset;

/** {@code steplens probe} end to end: real ProcessBench records, the bundled model, native output, refused outputs. */
class ProbeCommandTest {
    private static final Path MODEL = Path.of("samples/models/tiny-prm");

    @TempDir
    Path tmp;

    /** The first five GSM8K records of the ProcessBench test data, as a ProcessBench file of their own. */
    private Path fiveRecords() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ArrayNode all = (ArrayNode) json.readTree(Path.of("src/test/resources/data/processbench/gsm8k.json").toFile());
        ArrayNode five = json.createArrayNode();
        for (int i = 0; i < 5; i++) {
            five.add(all.get(i));
        }
        Path file = tmp.resolve("five.json");
        json.writeValue(file.toFile(), five);
        return file;
    }

    @Test
    void plantedErrorsAreReportedAndWrittenInTheNativeFormat() throws Exception {
        Path input = fiveRecords();
        Path output = tmp.resolve("probed.jsonl");
        CommandRun r = CommandRun.of("probe", input.toString(), "--model", MODEL.toString(), "--perturbation",
                "planted-error", "-o", output.toString());
        assertEquals(0, r.exitCode(), r.err());
        String row = r.out().lines().filter(l -> l.startsWith("planted-error")).findFirst().orElseThrow(() -> new AssertionError(r.out()));
        assertTrue(row.matches("planted-error\\s+5\\s+0\\s+.*"), row); // all five solutions have a number to change
        Dataset probed = DatasetLoader.load(output, LoadProgress.NONE).dataset();
        assertEquals(5, probed.solutionCount());
        assertTrue(probed.problems().get(0).id().contains("planted-error"), probed.problems().get(0).id());
    }

    @Test
    void theInputIsNeverTheOutputAndABrokenModelSaysWhy() throws Exception {
        Path input = fiveRecords();
        byte[] before = Files.readAllBytes(input);
        CommandRun same = CommandRun.of("probe", input.toString(), "--model", MODEL.toString(), "--perturbation",
                "delete", "-o", input.toString());
        assertEquals(2, same.exitCode(), same.err());
        assertTrue(same.err().contains("is the input file"), same.err());
        assertArrayEquals(before, Files.readAllBytes(input));

        Path model = tmp.resolve("model");
        Files.createDirectories(model);
        for (String f : new String[] {"model.onnx", "prm.json"}) {
            Files.copy(MODEL.resolve(f), model.resolve(f));
        }
        Path output = tmp.resolve("out.jsonl");
        CommandRun broken = CommandRun.of("probe", input.toString(), "--model", model.toString(), "--perturbation",
                "delete", "-o", output.toString());
        assertEquals(1, broken.exitCode(), broken.err());
        assertTrue(broken.err().contains("tokenizer.json: missing"), broken.err());
        assertTrue(Files.notExists(output), "nothing written for a model that cannot be used");
    }
}
