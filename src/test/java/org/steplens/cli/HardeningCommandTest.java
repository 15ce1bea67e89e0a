package org.steplens.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18's command-line defects, each reproduced on real data: output paths, errors, exit codes, bon's unknowns. */
class HardeningCommandTest {
    static final Path DATA = Path.of("src", "test", "resources", "data");
    static final Path MODEL = Path.of("src/test/resources/score/plumbing/qwen2.5-math-prm");

    @TempDir
    Path dir;

    Path copy(String resource, String name) throws Exception {
        return Files.copy(DATA.resolve(resource), dir.resolve(name));
    }

    static void assertOneLineError(CommandRun r) {
        assertFalse(r.err().contains("\tat "), "no stack trace:\n" + r.err());
        assertFalse(r.err().contains("Exception:"), r.err());
    }

    @Test
    void convertRefusesToOverwriteItsInputAlsoThroughALinkUnlessForced() throws Exception {
        Path in = copy("prm800k/samples_prm800k.jsonl", "in.jsonl");
        byte[] before = Files.readAllBytes(in);
        CommandRun same = CommandRun.of("convert", in.toString(), "-o", in.toString());
        assertEquals(1, same.exitCode());
        assertTrue(same.err().contains("is also an input; refusing to overwrite it"), same.err());
        Path link = Files.createSymbolicLink(dir.resolve("link.jsonl"), in.getFileName());
        assertEquals(1, CommandRun.of("convert", in.toString(), "-o", link.toString()).exitCode());
        assertArrayEquals(before, Files.readAllBytes(in));

        assertEquals(0, CommandRun.of("convert", in.toString(), "-o", in.toString(), "--force").exitCode());
        assertTrue(Files.readString(in).startsWith("{\"format\":\"steplens/1\""), "now native");
    }

    @Test
    void convertWritesToStandardOutputWithDash() throws Exception {
        Path in = copy("prm800k/samples_prm800k.jsonl", "in.jsonl");
        CommandRun r = CommandRun.of("convert", in.toString(), "-o", "-");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(6, r.out().lines().count());
        assertTrue(r.out().startsWith("{\"format\":\"steplens/1\""), r.out());
        assertTrue(r.err().contains("wrote 6 problems, 6 solutions (PRM800K) to standard output"), r.err());
        assertFalse(Files.exists(Path.of("-")));
    }

    @Test
    void nothingReadNeverReplacesAnEarlierOutput() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.jsonl"), "");
        Path out = Files.writeString(dir.resolve("out.jsonl"), "precious\n");
        CommandRun convert = CommandRun.of("convert", empty.toString(), "-o", out.toString());
        assertEquals(1, convert.exitCode());
        CommandRun score = CommandRun.of("score", empty.toString(), "--model", MODEL.toString(), "-o", out.toString());
        assertEquals(1, score.exitCode());
        assertTrue(score.err().contains("no solutions could be read from " + empty + "; " + out + " was not written"),
                score.err());
        Path garbage = Files.writeString(dir.resolve("garbage.jsonl"), "not json\n{\"also\": \"not a record\"}\n");
        assertEquals(1, CommandRun.of("score", garbage.toString(), "--model", MODEL.toString(), "-o", out.toString())
                .exitCode());
        assertEquals("precious\n", Files.readString(out));
        try (var files = Files.list(dir)) {
            assertEquals(3, files.count(), "no temporary files left");
        }
    }

    @Test
    void scoreRefusesToReplaceItsProcessBenchSourceAndFailsOnUnreadableInput() throws Exception {
        Path source = copy("processbench/gsm8k.json", "g.json");
        byte[] before = Files.readAllBytes(source);
        CommandRun r = CommandRun.of("score", source.toString(), "--model", MODEL.toString(), "-o", source.toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("is also an input"), r.err());
        assertArrayEquals(before, Files.readAllBytes(source));
        CommandRun missing = CommandRun.of("score", dir.resolve("nope.json").toString(), "--model", MODEL.toString());
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("nope.json: file not found"), missing.err());
        assertEquals(1, CommandRun.of("score", dir.toString(), "--model", MODEL.toString()).exitCode());
    }

    @Test
    void batchSizeHasAnUpperBound() {
        CommandRun r = CommandRun.of("score", DATA.resolve("processbench/gsm8k.json").toString(), "--model",
                MODEL.toString(), "--batch-size", "1000000000000");
        assertEquals(2, r.exitCode(), "not a number picocli accepts as int: a usage error");
        CommandRun big = CommandRun.of("score", DATA.resolve("processbench/gsm8k.json").toString(), "--model",
                MODEL.toString(), "--batch-size", "100000");
        assertEquals(2, big.exitCode());
        assertTrue(big.err().contains("--batch-size must be from 1 to 4096, got 100000"), big.err());
    }

    @Test
    void gradePairsNeverWritesAnEmptyResultAndReportsBadInputInOneLine() throws Exception {
        Path out = Files.writeString(dir.resolve("graded.jsonl"), "precious\n");
        Path bad = Files.writeString(dir.resolve("bad.jsonl"), "{\"given\": 1}\nnot json\n");
        CommandRun r = CommandRun.of("grade", "--pairs", bad.toString(), "-o", out.toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("no line of " + bad + " could be graded; " + out + " was not written"), r.err());
        assertEquals("precious\n", Files.readString(out));

        Path latin1 = dir.resolve("latin1.jsonl");
        Files.write(latin1, "{\"given\": \"caf\u00e9\", \"ground_truth\": \"x\"}\n".getBytes(StandardCharsets.ISO_8859_1));
        CommandRun utf8 = CommandRun.of("grade", "--pairs", latin1.toString(), "-o", out.toString());
        assertEquals(1, utf8.exitCode());
        assertEquals("steplens grade: " + latin1 + ": not valid UTF-8 text; nothing was written\n", utf8.err());
        assertEquals("precious\n", Files.readString(out));

        Path good = Files.writeString(dir.resolve("good.jsonl"), "{\"given\": \"1/2\", \"ground_truth\": \"0.5\"}\n");
        CommandRun folder = CommandRun.of("grade", "--pairs", good.toString(), "-o", dir.toString());
        assertEquals(1, folder.exitCode());
        assertEquals("steplens grade: " + dir + ": cannot write: it is a folder\n", folder.err());
        assertEquals(1, CommandRun.of("grade", "--pairs", good.toString(), "-o", good.toString()).exitCode());
        assertEquals(0, CommandRun.of("grade", "--pairs", good.toString(), "-o", out.toString()).exitCode());
        assertEquals(true, new ObjectMapper().readTree(Files.readString(out)).get("correct").asBoolean());
    }

    @Test
    void aMistypedCommandIsAUsageErrorWithASuggestionAndHelpWorks() throws Exception {
        Path file = copy("prm800k/samples_prm800k.jsonl", "in.jsonl");
        assertTrue(SteplensCommand.isUnknownWord("inof"));
        assertFalse(SteplensCommand.isUnknownWord(file.toString()));
        assertFalse(SteplensCommand.isUnknownWord("data.jsonl"), "a file name is for the GUI to report");
        CommandRun r = CommandRun.of("inof", file.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("'inof' is neither a command nor an existing file (did you mean 'info'?)"), r.err());
        CommandRun help = CommandRun.of("help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("Exit codes: 0 done, 1 failed"), help.out());
        // a command models only itself (a faster start); help and --help still list every command
        for (CommandRun listing : new CommandRun[] {help, CommandRun.of("--help")}) {
            for (String name : new String[] {"info", "convert", "grade", "bon", "first-error", "score", "review",
                    "compare", "probe"}) {
                assertTrue(listing.out().contains("\n  " + name + " "), name + " missing from:\n" + listing.out());
            }
        }
        assertEquals(0, CommandRun.of("help", "score").exitCode());
        assertEquals(2, CommandRun.of("info", "--no-such-option", file.toString()).exitCode());
        assertEquals(2, CommandRun.of("score").exitCode());
    }

    @Test
    void aFullDiskIsOneLineForEveryCommandThatWrites() throws Exception {
        Path full = Path.of("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(full) && !Files.isRegularFile(full));
        Path in = copy("prm800k/samples_prm800k.jsonl", "in.jsonl");
        Path pairs = Files.writeString(dir.resolve("pairs.jsonl"), "{\"given\": \"1/2\", \"ground_truth\": \"0.5\"}\n");
        for (CommandRun r : new CommandRun[] {CommandRun.of("convert", in.toString(), "-o", full.toString()),
                CommandRun.of("grade", "--pairs", pairs.toString(), "-o", full.toString())}) {
            assertEquals(1, r.exitCode(), r.err());
            assertTrue(r.err().contains("No space left on device"), r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertOneLineError(r);
        }
        assertFalse(Files.isRegularFile(full), "the device is still a device");
    }

    @Test
    void anUnexpectedFailureIsOneLineWithoutAStackTrace() {
        assertEquals("unexpected IllegalStateException: boom (STEPLENS_DEBUG=1 shows the stack trace)",
                SteplensCommand.describe(new IllegalStateException("boom\nsecond line")));
        assertEquals("x.jsonl: No space left on device (the disk is full; nothing was replaced)",
                SteplensCommand.describe(new java.nio.file.FileSystemException("x.jsonl", null, "No space left on device")));
    }

    @Test
    void bonSaysWhatIsUnknownInsteadOfPrintingZero() {
        CommandRun math500 = CommandRun.of("bon", DATA.resolve("math500/test.jsonl").toString(), "--trials", "5");
        assertEquals(1, math500.exitCode());
        assertTrue(math500.err().contains("has 500 problems but no solutions"), math500.err());
        assertFalse(math500.out().contains("0.0"), math500.out());

        CommandRun shepherd = CommandRun.of("bon", DATA.resolve("mathshepherd/samples_math-shepherd.jsonl").toString(),
                "--trials", "5");
        assertEquals(1, shepherd.exitCode());
        assertTrue(shepherd.err().contains("correctness is unknown for 7 answered solutions"), shepherd.err());

        CommandRun partly = CommandRun.of("bon", DATA.resolve("prm800k/samples_prm800k.jsonl").toString(), "--trials", "5");
        assertEquals(0, partly.exitCode(), partly.err());
        assertTrue(partly.err().contains("correctness is unknown for 1 answered solution(s)"), partly.err());
        assertTrue(partly.err().contains("accuracy is over 5 of 6 problems"), partly.err());
        assertTrue(partly.out().contains(": 5 problems,"), partly.out());
    }

    @Test
    void firstErrorAndBonDefaultToTheOnlyStepScorerScoreWrote() throws Exception {
        Path source = dir.resolve("g.json");
        var records = new ObjectMapper().readTree(DATA.resolve("processbench/gsm8k.json").toFile());
        var slice = new ObjectMapper().createArrayNode();
        for (int i = 0; i < 24; i++) {
            slice.add(records.get(i));
        }
        Files.writeString(source, slice.toString());
        Path scored = dir.resolve("scored.jsonl");
        assertEquals(0, CommandRun.of("score", source.toString(), "--model", MODEL.toString(), "-o", scored.toString(),
                "--no-cache").exitCode());
        CommandRun fe = CommandRun.of("first-error", scored.toString(), "--format", "json");
        assertEquals(0, fe.exitCode(), fe.err());
        assertTrue(fe.out().contains("\"scorer\" : \"qwen2.5-math-prm\""), fe.out());
        CommandRun bon = CommandRun.of("bon", scored.toString(), "--methods", "prm", "--trials", "5");
        assertEquals(0, bon.exitCode(), bon.err());
        assertTrue(bon.out().contains("of 'qwen2.5-math-prm' step probabilities"), bon.out());
    }
}
