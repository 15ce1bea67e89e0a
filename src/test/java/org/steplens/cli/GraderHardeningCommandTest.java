package org.steplens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 18's grader reproductions through the command line: answers that made the grader run out of memory,
 * hang or throw are "not equal" with a counted warning, in {@code grade} and when grading at load in
 * {@code info}; and the reference's Python semantics hold from the command line too.
 */
class GraderHardeningCommandTest {
    /** Python's {@code r'\begin{pmatrix}1\\2\endpmatrix}' * 32}: unclosed nested matrices. */
    static final String NESTED_MATRICES = "\\begin{pmatrix}1\\\\2\\endpmatrix}".repeat(32);

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cl = SteplensCommand.commandLine(args);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private void assertNotEqualWithWarning(String given, String truth) {
        assertEquals(0, run("grade", "--given", given, "--truth", truth));
        assertEquals("false", out.toString().strip());
        assertTrue(err.toString().startsWith("warning: 1 comparison over the grading budget"), err.toString());
    }

    @Test
    void nestedUnclosedMatricesAreOverBudgetNotOutOfMemory() {
        assertNotEqualWithWarning(NESTED_MATRICES, "2");
    }

    @Test
    void hugeDecimalExponentIsOverBudgetNotAHang() {
        assertNotEqualWithWarning("0.5", "1e99999999");
    }

    @Test
    void exponentBeyondTheIntRangeIsOverBudgetNotAnException() {
        assertNotEqualWithWarning("1e99999999999", "2x");
    }

    @Test
    void pairsFileIsGradedWholeWithTheWarningsCounted() throws IOException {
        ObjectMapper json = new ObjectMapper();
        StringBuilder lines = new StringBuilder();
        String[][] pairs = {{NESTED_MATRICES, "2"}, {"0.5", "1e99999999"}, {"1e99999999999", "2x"}, {"0.5", "\\frac12"}};
        for (String[] p : pairs) {
            ObjectNode line = json.createObjectNode().put("given", p[0]).put("ground_truth", p[1]);
            lines.append(json.writeValueAsString(line)).append('\n');
        }
        Path in = dir.resolve("pairs.jsonl");
        Files.writeString(in, lines, StandardCharsets.UTF_8);
        assertEquals(0, run("grade", "--pairs", in.toString()));
        List<Boolean> correct = out.toString().lines().map(l -> l.endsWith("\"correct\":true}")).toList();
        assertEquals(List.of(false, false, false, true), correct);
        assertTrue(err.toString().startsWith("warning: 3 comparisons over the grading budget"), err.toString());
    }

    @Test
    void pythonSemanticsFromTheCommandLine() {
        String[][] equal = {{"\uFF15", "5"}, {"\u0665", "5"}, {"\u0967\u0968", "12"}, {"", ""}, {" ", ""},
            {"\\text{}", ""}, {"{}", ""}};
        for (String[] p : equal) {
            assertEquals(0, run("grade", "--given", p[0], "--truth", p[1]));
            assertEquals("true", out.toString().strip(), p[0] + " vs " + p[1]);
        }
        String[][] different = {{"0.1+0.2", "0.3"}, {"\\sqrt", "\\sqrt{}"}, {"0.3333333333333333", "\\frac{1}{3}"}};
        for (String[] p : different) {
            assertEquals(0, run("grade", "--given", p[0], "--truth", p[1]));
            assertEquals("false", out.toString().strip(), p[0] + " vs " + p[1]);
            assertEquals("", err.toString());
        }
    }

    /**
     * A real Lightman scored sample (2 KB) whose answer is one of the inputs and whose correctness is not
     * stated, so that it is graded at load: the file loads whole and {@code info} counts the warning.
     */
    @Test
    void infoLoadsALightmanFileWhoseAnswerIsOverBudget() throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode record;
        try (InputStream in = getClass().getResourceAsStream("/data/lightman/scored_sample_example2.json")) {
            record = (ObjectNode) json.readTree(in);
        }
        String[] answers = {NESTED_MATRICES, "1e99999999", "1e99999999999"};
        for (String answer : answers) {
            record.put("answer", answer);
            record.remove("is_correct");
            Path file = dir.resolve("lightman.jsonl");
            Files.writeString(file, json.writeValueAsString(record) + "\n", StandardCharsets.UTF_8);
            assertTrue(Files.size(file) < 4_000, "a small file");
            CommandRun r = CommandRun.of("info", file.toString());
            assertEquals(0, r.exitCode(), r.out() + r.err());
            assertTrue(r.out().contains("load errors: none"), r.out());
            assertTrue(r.out().contains("grading warnings: 1 (answers over the grading budget"), r.out());
            assertTrue(r.out().contains("correctness known: 1 (0 correct, 1 incorrect)"), r.out());
        }
    }
}
