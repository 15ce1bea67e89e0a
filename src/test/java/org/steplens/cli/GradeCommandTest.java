package org.steplens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GradeCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = SteplensCommand.commandLine(args);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void singlePairPrintsTrueOrFalse() {
        assertEquals(0, run("grade", "--given", "0.5", "--truth", "\\frac{1}{2}"));
        assertEquals("true", out.toString().strip());
        out.getBuffer().setLength(0);
        assertEquals(0, run("grade", "--given", "2/4", "--truth", "\\frac{1}{2}"));
        assertEquals("false", out.toString().strip());
    }

    @Test
    void pairsFileGetsCorrectAddedToEachLineInOrder() throws IOException {
        Path in = dir.resolve("pairs.jsonl");
        Files.writeString(in, String.join("\n",
                "{\"id\": 1, \"given\": \"40,000\", \"ground_truth\": \"40,\\\\!000\"}",
                "",
                "{\"given\": \"2, 1\", \"ground_truth\": \"1, 2\"}",
                "{\"given\": null, \"ground_truth\": \"5\"}") + "\n", StandardCharsets.UTF_8);
        assertEquals(0, run("grade", "--pairs", in.toString()));
        List<String> lines = out.toString().lines().toList();
        assertEquals(List.of(
                "{\"id\":1,\"given\":\"40,000\",\"ground_truth\":\"40,\\\\!000\",\"correct\":true}",
                "{\"given\":\"2, 1\",\"ground_truth\":\"1, 2\",\"correct\":false}",
                "{\"given\":null,\"ground_truth\":\"5\",\"correct\":false}"), lines);
        assertEquals("", err.toString());
    }

    @Test
    void badLinesAreReportedWithFileAndLineAndTheRestIsStillGraded() throws IOException {
        Path in = dir.resolve("bad.jsonl");
        Files.writeString(in, String.join("\n",
                "{\"given\": \"1\", \"ground_truth\": \"1\"}",
                "{\"given\": \"1\"",
                "[1, 2]",
                "{\"given\": \"1\"}",
                "{\"given\": 5, \"ground_truth\": \"5\"}",
                "{\"given\": \"3\", \"ground_truth\": \"4\"}") + "\n", StandardCharsets.UTF_8);
        assertEquals(1, run("grade", "--pairs", in.toString()));
        assertEquals(2, out.toString().lines().count());
        List<String> errors = err.toString().lines().toList();
        assertEquals(4, errors.size());
        assertTrue(errors.get(0).startsWith(in + ":2: not valid JSON"), errors.get(0));
        assertEquals(in + ":3: expected a JSON object with \"given\" and \"ground_truth\"", errors.get(1));
        assertEquals(in + ":4: missing \"ground_truth\"", errors.get(2));
        assertEquals(in + ":5: \"given\" must be a string or null, not number", errors.get(3));
    }

    @Test
    void outputFileIsWrittenWholeAndNoTemporaryFileRemains() throws IOException {
        Path in = dir.resolve("pairs.jsonl");
        Files.writeString(in, "{\"given\": \"\\\\dfrac{3}{2}\", \"ground_truth\": \"1.5\"}\n", StandardCharsets.UTF_8);
        Path target = dir.resolve("graded.jsonl");
        Files.writeString(target, "old contents\n");
        assertEquals(0, run("grade", "--pairs", in.toString(), "-o", target.toString()));
        assertEquals("{\"given\":\"\\\\dfrac{3}{2}\",\"ground_truth\":\"1.5\",\"correct\":true}\n", Files.readString(target));
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count());
        }
        assertEquals("", out.toString());
    }

    @Test
    void missingFileAndMissingArgumentsFail() {
        assertEquals(1, run("grade", "--pairs", dir.resolve("nope.jsonl").toString()));
        assertEquals(dir.resolve("nope.jsonl") + ": no such file", err.toString().strip());
        err.getBuffer().setLength(0);
        assertFalse(run("grade", "--given", "1") == 0);
        assertTrue(err.toString().contains("--truth"), err.toString());
        err.getBuffer().setLength(0);
        assertFalse(run("grade") == 0);
    }
}
