package org.steplens.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.steplens.model.Dataset;
import org.steplens.model.HumanRating;
import org.steplens.model.NamedScores;
import org.steplens.model.Problem;
import org.steplens.model.Solution;
import org.steplens.model.ThreeWayProbability;

class NativeRoundTripTest {
    @TempDir
    Path dir;

    static Stream<Path> samples() {
        return TestData.allReadable().stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyReaderRoundTripsThroughTheNativeFormat(Path sample) throws IOException {
        Dataset original = TestData.loadClean(sample);
        Path out = dir.resolve("out.jsonl");
        NativeJsonlWriter.write(original, out);
        Dataset back = TestData.loadClean(out);
        assertEquals(NativeFormat.NAME, back.format());
        assertEquals(original.problems(), back.problems());

        // writing what was read back gives the same bytes
        Path again = dir.resolve("again.jsonl");
        NativeJsonlWriter.write(back, again);
        assertArrayEquals(Files.readAllBytes(out), Files.readAllBytes(again));
    }

    @Test
    void writtenFilesGetTheUsersUsualPermissionsAndNoTemporaryFileStays() throws IOException {
        Path out = dir.resolve("lightman.jsonl");
        NativeJsonlWriter.write(TestData.loadClean(TestData.file("lightman/scored_sample_example1.json")), out);
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(out),
                    "same permissions as any new file, not a temp file's 0600");
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("lightman.jsonl", "plain.txt"), files.map(f -> f.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void everyLineCarriesTheFormatMarker() throws IOException {
        Path out = dir.resolve("qwen.jsonl");
        NativeJsonlWriter.write(TestData.loadClean(TestData.file("qwen25math/math_cot_100.jsonl")), out);
        List<String> lines = Files.readAllLines(out);
        assertEquals(100, lines.size());
        assertTrue(lines.stream().allMatch(l -> l.startsWith("{\"format\":\"steplens/1\",")));
    }

    static Dataset edgeCases() {
        Map<String, Double> scores = new LinkedHashMap<>();
        scores.put("prm", Double.NaN);
        scores.put("orm", -0.0);
        scores.put("Qwen2.5-Math-PRM-7B ✓", Double.POSITIVE_INFINITY);
        Solution odd = Solution.builder()
                .id("s1")
                .steps(List.of("first\nline \"quoted\" \\ tab\t", "", "emoji 😀 and ∑ and \u0000 nul"))
                .finalAnswer("\\frac{1}{2}")
                .correct(false)
                .generator("gen")
                .scores(NamedScores.of(scores))
                .stepProbabilities("prm", new double[] {0.5, Double.NaN, Double.NEGATIVE_INFINITY})
                .stepProbabilities("other", new double[] {1e-300})
                .threeWay(List.of(new ThreeWayProbability(0.1, 0.2, 0.7), new ThreeWayProbability(Double.NaN, 0, 1),
                        new ThreeWayProbability(1, 0, 0)))
                .humanRatings(Arrays.asList(HumanRating.POSITIVE, null, HumanRating.NEGATIVE))
                .firstErrorLabel(2)
                .errorStepLabels(new int[0])
                .extraJson("{ \"spaced\": 1.50 }")
                .build();
        Solution plain = Solution.builder().steps(List.of()).extraJson("not json at all").build();
        Solution labelled = Solution.builder().steps(List.of("a")).firstErrorLabel(Solution.NO_ERROR)
                .errorStepLabels(new int[] {0, 5}).extraJson("{\"nested\":{\"a\":[1,2.5,null,true]}}").build();
        Solution allUnrated = Solution.builder().steps(List.of("a", "b")).humanRatings(Arrays.asList(null, null)).build();
        Problem full = new Problem("p/1", "What is 1/2?", "1/2", "It is $\\frac12$.", "Algebra", 3, "src",
                List.of(odd, plain, labelled, allUnrated), "{\"k\":\"v\"}");
        Problem bare = new Problem("p/2", "", null, null, null, null, null, List.of(), "");
        return new Dataset("edge", "test", List.of(full, bare));
    }

    @Test
    void nanInfinityNegativeZeroUnratedStepsAndOddExtraJsonSurvive() throws IOException {
        Dataset d = edgeCases();
        Path out = dir.resolve("edge.jsonl");
        NativeJsonlWriter.write(d, out);
        Dataset back = TestData.loadClean(out);
        assertEquals(d.problems(), back.problems());
        Solution s = back.problems().get(0).solution(0);
        assertTrue(Double.isNaN(s.score("prm").getAsDouble()));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(s.score("orm").getAsDouble()));
        assertEquals("{ \"spaced\": 1.50 }", s.extraJson().orElseThrow());
        assertFalse(s.humanRating(1).isPresent());
        String line = Files.readAllLines(out).get(0);
        assertTrue(line.contains("\"scores\":{\"prm\":\"NaN\",\"orm\":-0.0,\"Qwen2.5-Math-PRM-7B ✓\":\"Infinity\"}"), line);
        assertTrue(line.contains("\"human_ratings\":[1,null,-1]"), line);
        assertTrue(line.contains("\"extra\":{\"nested\":{\"a\":[1,2.5,null,true]}}"), "canonical extra is embedded");
    }

    @Test
    void gzipOutputWhenTheNameSaysSo() throws IOException {
        Path out = dir.resolve("edge.jsonl.gz");
        NativeJsonlWriter.write(edgeCases(), out);
        byte[] head = Arrays.copyOf(Files.readAllBytes(out), 2);
        assertArrayEquals(new byte[] {0x1f, (byte) 0x8b}, head);
        assertEquals(edgeCases().problems(), TestData.loadClean(out).problems());
    }

    @Test
    void writingReplacesAtomicallyAndLeavesNoTemporaryFile() throws IOException {
        Path out = dir.resolve("out.jsonl");
        Files.writeString(out, "old content");
        try (NativeJsonlWriter w = NativeJsonlWriter.open(out)) {
            w.write(edgeCases().problems().get(1));
            assertEquals("old content", Files.readString(out), "the target is untouched until commit");
            w.commit();
        }
        assertTrue(Files.readString(out).startsWith("{\"format\":\"steplens/1\",\"id\":\"p/2\""));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(out), files.toList());
        }
    }

    @Test
    void anAbandonedWriteLeavesTheOldFile() throws IOException {
        Path out = dir.resolve("out.jsonl");
        Files.writeString(out, "old content");
        try (NativeJsonlWriter w = NativeJsonlWriter.open(out)) {
            w.write(edgeCases().problems().get(0));
        }
        assertEquals("old content", Files.readString(out));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(out), files.toList());
        }
    }

    @Test
    void missingFolderAndFolderAsTarget() {
        Path out = dir.resolve("no/such/folder/out.jsonl");
        IOException e = assertThrows(IOException.class, () -> NativeJsonlWriter.write(edgeCases(), out));
        assertEquals(out + ": cannot write: folder " + out.getParent() + " does not exist", e.getMessage());
        IOException f = assertThrows(IOException.class, () -> NativeJsonlWriter.write(edgeCases(), dir));
        assertEquals(dir + ": cannot write: it is a folder", f.getMessage());
    }

    @Test
    void nativeRecordsAreValidated() throws IOException {
        Path f = dir.resolve("bad.jsonl");
        Files.writeString(f, String.join("\n",
                "{\"format\":\"steplens/1\",\"id\":\"a\",\"text\":\"t\",\"solutions\":[]}",
                "{\"format\":\"steplens/2\",\"id\":\"b\",\"text\":\"t\",\"solutions\":[]}",
                "{\"format\":\"steplens/1\",\"id\":\"c\",\"text\":\"t\",\"solutions\":[{\"steps\":[\"x\"],"
                        + "\"human_ratings\":[\"yes\"]}]}",
                "{\"format\":\"steplens/1\",\"id\":\"d\",\"text\":\"t\",\"solutions\":[{\"steps\":[\"x\"],"
                        + "\"step_probabilities\":{\"prm\":[\"high\"]}}]}",
                "{\"format\":\"steplens/1\",\"id\":\"e\",\"text\":\"t\",\"solutions\":[{\"steps\":[\"x\"],"
                        + "\"three_way\":[[0.5,0.5]]}]}"));
        LoadResult r = DatasetLoader.load(f, LoadProgress.NONE);
        assertEquals(List.of(
                f + ":2: format is \"steplens/2\", expected \"steplens/1\"",
                f + ":3: solutions[0].human_ratings[0] is \"yes\", expected -1, 0 or 1",
                f + ":4: solutions[0].step_probabilities.prm[0] is \"high\", expected a number or \"NaN\"",
                f + ":5: solutions[0].three_way[0] has 2 numbers, expected 3"),
                r.errors().stream().map(LoadError::message).toList());
        assertEquals(1, r.dataset().problemCount());
    }
}
