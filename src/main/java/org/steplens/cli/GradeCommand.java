package org.steplens.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.List;
import org.steplens.io.AtomicWrite;
import org.steplens.io.OutputTarget;
import org.steplens.grade.Grader;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code steplens grade --given A --truth B} prints true or false; {@code steplens grade --pairs IN.jsonl}
 * reads lines {@code {"given": ..., "ground_truth": ...}} and writes each with {@code "correct"} added.
 */
@Command(name = "grade", mixinStandardHelpOptions = true,
        description = "Decide whether answers match their ground truth, as the PRM800K grader does.")
public final class GradeCommand implements Callable<Integer> {
    static final int EXIT_BAD_INPUT = 1;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Mode mode;

    static final class Mode {
        @ArgGroup(exclusive = false)
        Single single;

        @Option(names = "--pairs", paramLabel = "IN.jsonl", required = true,
                description = "JSON lines with \"given\" and \"ground_truth\"; each is written back with \"correct\".")
        Path pairs;
    }

    static final class Single {
        @Option(names = "--given", required = true, paramLabel = "A", description = "The answer to grade.")
        String given;

        @Option(names = "--truth", required = true, paramLabel = "B", description = "The ground-truth answer.")
        String truth;
    }

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.jsonl",
            description = "Where --pairs writes its result (default: standard output).")
    Path output;

    @Option(names = "--force", description = "allow the output to be the input file")
    boolean force;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "5",
            description = "Time bound per comparison; a comparison that runs out counts as not equal (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Option(names = "--exact-decimals", description = "Decimals as exact numbers (0.1+0.2 equals 0.3) instead of "
            + "the reference's binary floats: judges the mathematics rather than reproducing PRM800K's decisions.")
    boolean exactDecimals;

    @Spec
    CommandSpec spec;

    private final ObjectMapper json = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @Override
    public Integer call() throws IOException {
        if (!(timeoutSeconds > 0)) {
            spec.commandLine().getErr().println("steplens grade: --timeout must be positive");
            return 2;
        }
        Grader grader = timeoutSeconds == 5 ? Grader.prm800k()
                : Grader.prm800k(Duration.ofNanos((long) (timeoutSeconds * 1e9)));
        if (exactDecimals) {
            grader = grader.withExactDecimals();
        }
        PrintWriter out = spec.commandLine().getOut();
        long warningsBefore = grader.budgetWarnings();
        int exit;
        if (mode.single != null) {
            out.println(grader.grade(mode.single.given, mode.single.truth));
            out.flush();
            exit = 0;
        } else {
            try {
                exit = gradePairs(grader, mode.pairs, out);
            } catch (java.nio.charset.CharacterCodingException e) {
                throw new CommandFailure(mode.pairs + ": not valid UTF-8 text; nothing was written");
            }
        }
        reportBudgetWarnings(grader, grader.budgetWarnings() - warningsBefore, spec.commandLine().getErr());
        return exit;
    }

    /** Says how many comparisons were over the grading budget (each counted as not equal). */
    static void reportBudgetWarnings(Grader grader, long count, PrintWriter err) {
        if (count > 0) {
            err.println("warning: " + count + (count == 1 ? " comparison" : " comparisons")
                    + " over the grading budget (size or time), counted as not equal; last: "
                    + grader.lastBudgetWarning());
            err.flush();
        }
    }

    private int gradePairs(Grader grader, Path in, PrintWriter stdout) throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(in)) {
            err.println(in + ": no such file");
            err.flush();
            return EXIT_BAD_INPUT;
        }
        if (output == null) {
            int bad = gradeLines(grader, in, stdout, err);
            stdout.flush();
            return bad == 0 ? 0 : EXIT_BAD_INPUT;
        }
        OutputTarget target = OutputTarget.of(output);
        target.checkNotInput(List.of(in), force);
        int bad;
        long written;
        try (AtomicWrite.Pending pending = target.open()) {
            CountingWriter w = new CountingWriter(new BufferedWriter(new OutputStreamWriter(pending.stream(),
                    StandardCharsets.UTF_8)));
            bad = gradeLines(grader, in, w, err);
            w.flush();
            written = w.lines;
            if (written == 0) {
                // an empty result never replaces an earlier file
                throw new CommandFailure("no line of " + in + " could be graded; " + target + " was not written");
            }
            pending.commit();
        }
        return bad == 0 ? 0 : EXIT_BAD_INPUT;
    }

    /** Counts the lines written, so that an empty result can be refused. */
    private static final class CountingWriter extends java.io.FilterWriter {
        long lines;

        CountingWriter(Writer out) {
            super(out);
        }

        @Override
        public void write(String str, int off, int len) throws IOException {
            for (int i = off; i < off + len; i++) {
                if (str.charAt(i) == '\n') {
                    lines++;
                }
            }
            super.write(str, off, len);
        }
    }

    /** Grades every line of {@code in} into {@code out}; reports bad lines as FILE:LINE: reason; returns their count. */
    private int gradeLines(Grader grader, Path in, Writer out, PrintWriter err) throws IOException {
        int bad = 0;
        try (BufferedReader reader = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
            String line;
            int lineNo = 0;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    ObjectNode record = readPair(line);
                    record.put("correct", grader.grade(textOrNull(record, "given"), textOrNull(record, "ground_truth")));
                    out.write(json.writeValueAsString(record));
                    out.write("\n");
                } catch (BadLine e) {
                    bad++;
                    err.println(in + ":" + lineNo + ": " + e.getMessage());
                } catch (RuntimeException e) {
                    // the grader never throws; anything else about one line must not abort the file
                    bad++;
                    err.println(in + ":" + lineNo + ": could not be graded (" + e + ")");
                }
            }
        } finally {
            err.flush();
        }
        return bad;
    }

    /** A line that cannot be graded; the message says why. */
    private static final class BadLine extends Exception {
        private static final long serialVersionUID = 1L;

        BadLine(String message) {
            super(message);
        }
    }

    private ObjectNode readPair(String line) throws BadLine {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JsonProcessingException e) {
            throw new BadLine("not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (!(node instanceof ObjectNode record)) {
            throw new BadLine("expected a JSON object with \"given\" and \"ground_truth\"");
        }
        for (String field : new String[] {"given", "ground_truth"}) {
            JsonNode v = record.get(field);
            if (v == null) {
                throw new BadLine("missing \"" + field + "\"");
            }
            if (!v.isTextual() && !v.isNull()) {
                throw new BadLine("\"" + field + "\" must be a string or null, not " + v.getNodeType().toString().toLowerCase(Locale.ROOT));
            }
        }
        return record;
    }

    private static String textOrNull(ObjectNode record, String field) {
        JsonNode v = record.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
