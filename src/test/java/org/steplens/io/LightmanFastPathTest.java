package org.steplens.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.steplens.io.cache.BlockText;
import org.steplens.model.Problem;

/**
 * The byte-level reader of Lightman lines ({@link LightmanLines} with {@link JsonCursor}) against the JSON tree
 * reader, line by line: the same problems, solutions and errors for every spelling JSON allows, and for broken
 * lines; the common spellings must take the fast path (else this test would compare the tree with itself).
 */
class LightmanFastPathTest {
    private static final String BASE = "{\"problem\": \"What is $\\\\frac{1}{2}$ of 6?\", \"answer\": \"3\", "
            + "\"is_correct\": true, \"subject\": \"Algebra\", \"level\": 2, \"unique_id\": \"test/algebra/1.json\", "
            + "\"steps\": [\"Half of $6$ is $\\\\frac{6}{2}$.\", \"So the answer is $\\\\boxed{3}$.\"], "
            + "\"rating_probs\": [{\"1\": 0.9045010790015617, \"0\": 0.032846103871333986, \"-1\": 0.06265281712710427}, "
            + "{\"1\": 0.5, \"0\": 1e-05, \"-1\": 0.49999}], \"orm_score\": 0.5885086368942899, "
            + "\"prm_score\": 0.37086820667395615, \"ground_truth_answer\": \"3\"}";

    /** What one path made of some lines: the problems, and the errors as "line: reason". */
    private record Outcome(List<Problem> problems, List<String> errors, int fast) {
    }

    private static Outcome read(LineParser parser, String... lines) {
        byte[][] bytes = new byte[lines.length][];
        for (int i = 0; i < lines.length; i++) {
            bytes[i] = lines[i].getBytes(StandardCharsets.UTF_8);
        }
        return read(parser, bytes);
    }

    private static Outcome read(LineParser parser, byte[]... lines) {
        ProblemCollector out = new ProblemCollector();
        List<String> errors = new ArrayList<>();
        int fast = 0;
        BlockText text = new BlockText(16);
        for (int i = 0; i < lines.length; i++) {
            byte[] bytes = new byte[lines[i].length + 3]; // the line inside a block: "xx" before it, "\n" after
            System.arraycopy(lines[i], 0, bytes, 2, lines[i].length);
            bytes[bytes.length - 1] = '\n';
            Object parsed = parser.parse(bytes, 2, bytes.length - 1, text);
            if (parsed instanceof RawRecord bad) {
                errors.add((i + 1) + ": " + bad.error());
                continue;
            }
            if (!(parsed instanceof JsonNode)) {
                fast++;
            }
            try {
                parser.apply(parsed, out);
            } catch (BadRecordException | IllegalArgumentException e) {
                errors.add((i + 1) + ": " + e.getMessage());
            }
        }
        return new Outcome(out.finish(), errors, fast);
    }

    private static LineParser fastParser() {
        FormatReader reader = new LightmanReader();
        return reader.lines(reader.open(Path.of("x.jsonl")), new AnswerCompletion());
    }

    private static LineParser treeParser() {
        return LineParser.tree(new LightmanReader().open(Path.of("x.jsonl")));
    }

    private static Outcome fastPath(String... lines) {
        return read(fastParser(), lines);
    }

    private static Outcome treePath(String... lines) {
        return read(treeParser(), lines);
    }

    /** Both paths agree on {@code lines}; returns how many lines took the fast path. */
    private static int assertSame(String... lines) {
        Outcome fast = fastPath(lines);
        Outcome tree = treePath(lines);
        assertEquals(tree.errors(), fast.errors(), () -> "errors for " + String.join("\n", lines));
        assertEquals(tree.problems(), fast.problems(), () -> "problems for " + String.join("\n", lines));
        return fast.fast();
    }

    private static String with(String from, String to) {
        assertTrue(BASE.contains(from), from);
        return BASE.replace(from, to);
    }

    @Test
    void theCommonSpellingsTakeTheFastPathAndReadAsTheTreeDoes() {
        String[] common = {
            BASE,
            BASE.replace(": ", ":").replace(", ", ","), // no spaces
            BASE.replace(": ", " :\t").replace(", ", " ,  "), // more white space
            with("\"answer\": \"3\"", "\"answer\": null"),
            with("\"subject\": \"Algebra\"", "\"subject\": null"),
            with("\"level\": 2", "\"level\": null"),
            with("\"is_correct\": true", "\"is_correct\": false"),
            with("\"is_correct\": true", "\"is_correct\": null"),
            with("\"prm_score\": 0.37086820667395615", "\"prm_score\": null"),
            with("\"orm_score\": 0.5885086368942899", "\"orm_score\": 1"),
            with("\"prm_score\": 0.37086820667395615, ", ""), // an ORM score alone
            with("\"orm_score\": 0.5885086368942899, \"prm_score\": 0.37086820667395615, ", ""), // no scores
            BASE.replaceFirst("\"rating_probs\": \\[[^\\]]*\\]", "\"rating_probs\": null"), // no probabilities
            with("\"ground_truth_answer\": \"3\"", "\"ground_truth_answer\": null"),
            with("{\"1\": 0.5, \"0\": 1e-05, \"-1\": 0.49999}", "{\"-1\": 0.49999, \"1\": 0.5, \"0\": 1E-5}"),
            with("{\"1\": 0.5, \"0\": 1e-05, \"-1\": 0.49999}", "{\"1\":0.5,\"0\":0,\"-1\":-0.0}"),
            with("{\"1\": 0.5, \"0\": 1e-05, \"-1\": 0.49999}", "{\"1\": 1.5e+2, \"0\": -0, \"-1\": 123456789012345678}"),
            with("Half of", "\\\"Half\\\" \\/ \\n\\t\\r\\b\\f of"),
            with("Half of", "\\u00e9\\u4e2d \\ud83d\\ude00 of"), // \\u escapes, a surrogate pair
            with("Half of", "Ω ≤ x 中 😀 of"), // raw UTF-8 of 2, 3 and 4 bytes
            with("\"steps\": [\"Half", "\"steps\": [\"\", \"Half").replace("\"rating_probs\": [",
                    "\"rating_probs\": [{\"1\": 1, \"0\": 0, \"-1\": 0}, "), // an empty step
            with("\"unique_id\": \"test/algebra/1.json\", ", "").replace("{\"problem\"",
                    "{\"unique_id\": \"test/algebra/1.json\", \"problem\""), // another field order
            "{\"problem\": \"Q\", \"unique_id\": \"p\", \"steps\": [], \"rating_probs\": [], \"prm_score\": 1.0}",
        };
        for (String line : common) {
            assertEquals(1, assertSame(line), () -> "took the tree path: " + line);
        }
    }

    @Test
    void unusualButValidLinesGoToTheTreeAndReadTheSame() {
        String[] unusual = {
            with("Half of", "\\ud800 lone"), // a lone surrogate: UTF-8 cannot hold it
            with("\"level\": 2", "\"level\": 2.0"),
            with("\"level\": 2", "\"level\": \"Level 2\""),
            with("\"answer\": \"3\"", "\"answer\": 3"),
            with("\"answer\": \"3\"", "\"answer\": \"3\", \"extra\": {\"a\": [1, 2]}"), // a field it does not know
            with("\"orm_score\": 0.5885086368942899", "\"orm_score\": 123456789012345678901234567890"),
            with("\"orm_score\": 0.5885086368942899", "\"orm_score\": 0.1234567890123456789012345678901234567890123"),
            with("{\"1\": 0.5, \"0\": 1e-05, \"-1\": 0.49999}", "{\"1\": 0.5, \"0\": 1e-05, \"-1\": 0.49999, \"2\": 0}"),
            with("\"pro", "\"\\u0070ro"), // an escaped key
            with("\"subject\":", "\"subject_area\":"), // a known key's name followed by more: another key
            with("\"steps\":", "\"step\":"), // a known key's name cut short
        };
        for (String line : unusual) {
            assertSame(line);
        }
    }

    @Test
    void brokenLinesGiveTheTreeReadersErrors() {
        String[] broken = {
            with("Half of", "bad \\q escape"),
            with("Half of", "bad \\u12G4 escape"),
            with("Half of", "tab\tinside"),
            with("\"level\": 2", "\"level\": 02"),
            with("\"orm_score\": 0.5885086368942899", "\"orm_score\": 01.5"),
            with("\"orm_score\": 0.5885086368942899", "\"orm_score\": 1."),
            with("\"orm_score\": 0.5885086368942899", "\"orm_score\": .5"),
            with("\"orm_score\": 0.5885086368942899", "\"orm_score\": -"),
            with("\"orm_score\": 0.5885086368942899", "\"orm_score\": 1e"),
            with("\"orm_score\": 0.5885086368942899", "\"orm_score\": +1.0"),
            with("\"orm_score\": 0.5885086368942899", "\"orm_score\": 1.0e5.5"),
            with("\"orm_score\": 0.5885086368942899", "\"orm_score\": NaN"),
            with("\"orm_score\": 0.5885086368942899", "\"orm_score\": \"0.5\""),
            with("\"is_correct\": true", "\"is_correct\": tru"),
            with("\"is_correct\": true", "\"is_correct\": nul"),
            with("\"answer\": \"3\", ", "\"answer\": \"3\", \"answer\": \"4\", "), // a repeated field
            with("{\"1\": 0.9045010790015617, \"0\": 0.032846103871333986, \"-1\": 0.06265281712710427}, ", ""),
            // (above: fewer ratings than steps)
            with("\"steps\": [\"Half", "\"steps\": [5, \"Half"),
            BASE.substring(0, BASE.length() - 30), // cut short
            BASE + " x", // something after the record
            BASE.replace("}", "},"),
            "[1, 2]",
            "{\"problem\": \"Q\", \"steps\": [\"s\"], \"prm_score\": 0.5}", // no unique_id
            with("\"unique_id\": \"test/algebra/1.json\"", "\"unique_id\": null"),
            with("\"problem\": \"What is $\\\\frac{1}{2}$ of 6?\"", "\"problem\": null"),
            BASE.replaceFirst("\"steps\": \\[[^\\]]*\\]", "\"steps\": null"),
        };
        for (String line : broken) {
            assertSame(line);
        }
    }

    @Test
    void aBlockOfLinesIsCutAtTheSameLineEndsAsTheTreeReaderCutsIt() {
        String block = BASE + "\n\n   \n" + BASE.replace(", ", ",  ") + "  \r\n" + "{\"broken\": \n"
                + with("test/algebra/1.json", "test/algebra/2.json") + "\t\n" + BASE + " x\n" + BASE;
        byte[] bytes = block.getBytes(StandardCharsets.UTF_8);
        List<String> fast = lines(fastParser(), bytes);
        List<String> tree = lines(treeParser(), bytes);
        assertEquals(tree, fast);
        assertEquals(8, fast.size(), fast.toString());
    }

    /** Each line of {@code bytes} as "line number: what was read (or blank)", cut by {@link LineParser#parseLine}. */
    private static List<String> lines(LineParser parser, byte[] bytes) {
        List<String> out = new ArrayList<>();
        int[] end = new int[1];
        int line = 0;
        for (int start = 0; start < bytes.length; start = end[0] + 1) {
            line++;
            Object parsed = parser.parseLine(bytes, start, bytes.length, new BlockText(16), end);
            String what;
            if (parsed == null) {
                what = "blank";
            } else if (parsed instanceof RawRecord bad) {
                what = "error " + bad.error();
            } else {
                ProblemCollector collector = new ProblemCollector();
                try {
                    parser.apply(parsed, collector);
                    what = collector.finish().toString();
                } catch (BadRecordException e) {
                    what = "bad " + e.getMessage();
                }
            }
            out.add(line + ": " + what + " ends at " + end[0]);
        }
        return out;
    }

    @Test
    void invalidUtf8IsLeftToTheTreeReader() {
        byte[] base = BASE.getBytes(StandardCharsets.UTF_8);
        int at = BASE.indexOf("Half of");
        byte[][] bad = {{(byte) 0xC3, 0x28}, {(byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};
        for (byte[] b : bad) {
            byte[] line = new byte[base.length + b.length];
            System.arraycopy(base, 0, line, 0, at);
            System.arraycopy(b, 0, line, at, b.length);
            System.arraycopy(base, at, line, at + b.length, base.length - at);
            Outcome fast = read(fastParser(), line);
            Outcome tree = read(treeParser(), line);
            assertEquals(tree.errors(), fast.errors());
            assertEquals(tree.problems(), fast.problems());
            assertEquals(0, fast.fast(), "malformed UTF-8 must not be read the fast way");
        }
    }

    @Test
    void repeatedProblemTextIsRecognisedByItsBytesWhateverComesNext() {
        String a = BASE;
        String longer = with("What is", "What really is");
        String shorter = with("What is $\\\\frac{1}{2}$ of 6?", "What?");
        String prefix = with("of 6?", "of 6?!"); // the earlier text is a prefix of this one
        String other = with("test/algebra/1.json", "test/algebra/2.json");
        assertEquals(7, assertSame(a, a, longer, a, shorter, prefix, other));
        // the last field of the line shrinks, grows, or the line ends inside it
        String longTruth = with("\"ground_truth_answer\": \"3\"", "\"ground_truth_answer\": \"12345\"");
        String cut = a.substring(0, a.length() - 2); // ends after the "3" of the repeated truth, no quote
        String cutEscape = with("\"ground_truth_answer\": \"3\"", "\"ground_truth_answer\": \"3\\\"\"");
        assertEquals(5, assertSame(longTruth, a, longTruth, cutEscape, a));
        assertSame(a, cut);
        assertSame(cutEscape, cutEscape.substring(0, cutEscape.length() - 2));
    }

    @Test
    void randomNumbersReadAsTheTreeReadsThem() {
        Random random = new Random(19);
        StringBuilder ratings = new StringBuilder();
        List<String> lines = new ArrayList<>();
        for (int line = 0; line < 300; line++) {
            ratings.setLength(0);
            for (int k = 0; k < 2; k++) {
                ratings.append(k == 0 ? "" : ", ").append("{\"1\": ").append(randomNumber(random))
                        .append(", \"0\": ").append(randomNumber(random)).append(", \"-1\": ")
                        .append(randomNumber(random)).append('}');
            }
            lines.add(with("{\"1\": 0.9045010790015617, \"0\": 0.032846103871333986, \"-1\": 0.06265281712710427}, "
                    + "{\"1\": 0.5, \"0\": 1e-05, \"-1\": 0.49999}", ratings.toString()));
        }
        assertEquals(300, assertSame(lines.toArray(String[]::new)));
        assertFalse(fastPath(lines.get(0)).problems().isEmpty());
    }

    /** Doubles as Python writes them, and decimals of many digits and exponents. */
    private static String randomNumber(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> Double.toString(random.nextDouble());
            case 1 -> Double.toString(random.nextDouble() * Math.pow(10, -random.nextInt(30)));
            case 2 -> "0." + (random.nextLong() & Long.MAX_VALUE);
            case 3 -> random.nextInt(1000) + "." + random.nextInt(1000) + "e-" + random.nextInt(340);
            default -> Long.toString(random.nextLong() % 1_000_000_000_000_000L);
        };
    }
}
