package org.steplens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirstErrorCommandTest {
    static final String PB = BonCommandTest.DATA + "/processbench/";

    /** "No error" for every record of the four real subsets. */
    private static Path allCorrect(Path dir) throws Exception {
        ObjectMapper json = new ObjectMapper();
        StringBuilder sb = new StringBuilder();
        for (String subset : List.of("gsm8k", "math", "olympiadbench", "omnimath")) {
            for (JsonNode r : json.readTree(Path.of(PB + subset + ".json").toFile())) {
                sb.append("{\"id\":\"").append(r.get("id").asText()).append("\",\"prediction\":-1}\n");
            }
        }
        Path file = dir.resolve("pred.jsonl");
        Files.writeString(file, sb);
        return file;
    }

    @Test
    void predictingNoErrorEverywhereOnRealProcessBench(@TempDir Path dir) throws Exception {
        Path pred = allCorrect(dir);
        CommandRun run = CommandRun.of("first-error", PB + "gsm8k.json", PB + "math.json", PB + "olympiadbench.json",
                PB + "omnimath.json", "--predictions", pred.toString(), "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("subset,erroneous,correct,acc_erroneous,acc_correct,f1",
                "gsm8k,207,193,0.0,1.0,0.0", "math,594,406,0.0,1.0,0.0", "olympiadbench,661,339,0.0,1.0,0.0",
                "omnimath,759,241,0.0,1.0,0.0", "average,,,,,0.0"), run.out().lines().toList());

        CommandRun table = CommandRun.of("first-error", PB + "gsm8k.json", "--predictions", pred.toString());
        assertEquals(1, table.exitCode(), "predictions for records not in the file are an error");
        assertTrue(table.err().startsWith("steplens first-error: prediction for unknown record 'math-"), table.err());
    }

    @Test
    void tableAndJsonForOneSubset(@TempDir Path dir) throws Exception {
        Path pred = dir.resolve("p.json");
        ObjectMapper json = new ObjectMapper();
        StringBuilder sb = new StringBuilder("[");
        for (JsonNode r : json.readTree(Path.of(PB + "gsm8k.json").toFile())) {
            sb.append(sb.length() > 1 ? "," : "").append("{\"id\":\"").append(r.get("id").asText())
                    .append("\",\"prediction\":").append(r.get("label").asInt()).append('}');
        }
        Files.writeString(pred, sb.append(']'));
        CommandRun run = CommandRun.of("first-error", PB + "gsm8k.json", "--predictions", pred.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("gsm8k\\s+207\\s+193\\s+100\\.0\\s+100\\.0\\s+100\\.0")), run.out());
        CommandRun j = CommandRun.of("first-error", PB + "gsm8k.json", "--predictions", pred.toString(), "--format", "json");
        JsonNode root = json.readTree(j.out());
        assertEquals(1.0, root.get("averageF1").asDouble());
        assertEquals(207, root.get("subsets").get(0).get("erroneous").asInt());
    }

    @Test
    void withoutStepScoresOrWithABadThresholdItSaysWhy() {
        CommandRun run = CommandRun.of("first-error", PB + "gsm8k.json");
        assertEquals(1, run.exitCode());
        assertEquals("steplens first-error: no solution has both a human first-error label and step probabilities "
                + "under 'prm'; step scorers: []", run.err().strip());
        assertEquals("--threshold must be a number from 0 to 1 or 'auto', got '1.5'",
                org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                        () -> FirstErrorCommand.parseThreshold("1.5")).getMessage());
    }
}
