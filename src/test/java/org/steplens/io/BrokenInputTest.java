package org.steplens.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steplens.model.Dataset;
import org.steplens.model.Problem;

/** Damaged and unusual files: each bad record is reported with file, line and reason; the rest still loads. */
class BrokenInputTest {
    private static final String TRIED = "tried StepLens native, PRM800K, Lightman scored samples, ProcessBench, "
            + "PRMBench, Math-Shepherd, Qwen2.5-Math rm/maj, MATH problems";

    @TempDir
    Path dir;

    private static String lightmanLine(String id, String step) {
        return "{\"problem\":\"P " + id + "\",\"unique_id\":\"" + id + "\",\"steps\":[\"" + step + "\",\"b\"],"
                + "\"rating_probs\":[{\"1\":0.5,\"0\":0.25,\"-1\":0.25},{\"1\":0.9,\"0\":0.05,\"-1\":0.05}],"
                + "\"prm_score\":0.7125,\"orm_score\":0.5,\"answer\":\"1\",\"is_correct\":true,"
                + "\"ground_truth_answer\":\"1\"}";
    }

    private static String processBenchRecord(String id, String label, String steps) {
        return "  {\"id\": \"" + id + "\", \"generator\": \"g\", \"problem\": \"p\", \"steps\": " + steps
                + ", \"final_answer_correct\": false, \"label\": " + label + "}";
    }

    private Path write(String name, String content) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    private static LoadResult load(Path f) throws IOException {
        return DatasetLoader.load(f, LoadProgress.NONE);
    }

    private static List<String> messages(LoadResult r) {
        return r.errors().stream().map(LoadError::message).toList();
    }

    @Test
    void truncatedLineIsReportedAndTheOtherLinesLoad() throws IOException {
        String good = lightmanLine("a", "x");
        Path f = write("cut.jsonl", good + "\n" + good.substring(0, 70) + "\n" + lightmanLine("b", "y") + "\n");
        LoadResult r = load(f);
        assertEquals(List.of(f + ":2: truncated JSON: the record ends before it is complete"), messages(r));
        assertEquals(2, r.dataset().problemCount());
        assertEquals(LightmanReader.NAME, r.format());
    }

    @Test
    void truncatedFirstLineOfJsonLines() throws IOException {
        String good = lightmanLine("a", "x");
        Path f = write("cut-first.jsonl", good.substring(0, 70) + "\n" + good + "\n" + lightmanLine("b", "y") + "\n");
        LoadResult r = load(f);
        assertEquals(List.of(f + ":1: truncated JSON: the record ends before it is complete"), messages(r));
        assertEquals(2, r.dataset().problemCount());
    }

    @Test
    void wrongTypesNameTheFieldTheValueAndWhatWasExpected() throws IOException {
        String json = "[\n"
                + processBenchRecord("gsm8k-0", "-1", "[\"a\", \"b\"]") + ",\n"
                + processBenchRecord("gsm8k-1", "\"yes\"", "[\"a\", \"b\"]") + ",\n"
                + processBenchRecord("gsm8k-2", "0", "[\"a\", \"b\", \"c\", 5]") + ",\n"
                + processBenchRecord("gsm8k-3", "9", "[\"a\", \"b\"]") + ",\n"
                + "  {\"id\": \"gsm8k-4\", \"steps\": [], \"label\": -1, \"final_answer_correct\": true},\n"
                + "  7,\n"
                + processBenchRecord("gsm8k-5", "1", "[\"a\", \"b\"]") + "\n"
                + "]\n";
        Path f = write("types.json", json);
        LoadResult r = load(f);
        assertEquals(List.of(
                f + ":3: label is \"yes\", expected an integer",
                f + ":4: steps[3] is 5, expected a string",
                f + ":5: label is 9, expected -1 or a step index from 0 to 1",
                f + ":6: problem is missing",
                f + ":7: the record is 7, expected an object"), messages(r));
        assertEquals(List.of("gsm8k-0", "gsm8k-5"), r.dataset().problems().stream().map(Problem::id).toList());
    }

    @Test
    void badHumanRatingInPrm800k() throws IOException {
        String line = Files.readAllLines(TestData.file("prm800k/samples_prm800k.jsonl")).get(2);
        String broken = line.replaceFirst("\"rating\": 1", "\"rating\": \"yes\"");
        assertTrue(!broken.equals(line));
        Path f = write("prm800k.jsonl", line + "\n" + broken + "\n");
        LoadResult r = load(f);
        assertEquals(List.of(f + ":2: label.steps[0].completions[0].rating is \"yes\", expected -1, 0 or 1"), messages(r));
        assertEquals(1, r.dataset().solutionCount());
    }

    @Test
    void lightmanProbabilitiesMustMatchTheSteps() throws IOException {
        String bad = lightmanLine("a", "x").replace("{\"1\":0.9,\"0\":0.05,\"-1\":0.05}", "{\"1\":0.9,\"0\":0.05}");
        String short1 = lightmanLine("b", "x").replace(",{\"1\":0.9,\"0\":0.05,\"-1\":0.05}", "");
        Path f = write("probs.jsonl", bad + "\n" + short1 + "\n" + lightmanLine("c", "z") + "\n");
        LoadResult r = load(f);
        assertEquals(List.of(f + ":1: rating_probs[1][\"-1\"] is missing",
                f + ":2: rating_probs has 1 entries, steps has 2"), messages(r));
        assertEquals(1, r.dataset().problemCount());
    }

    @Test
    void emptyAndBlankFiles() throws IOException {
        Path empty = write("empty.jsonl", "");
        LoadResult r = load(empty);
        assertEquals(List.of(empty + ": the file is empty"), messages(r));
        assertEquals(0, r.dataset().problemCount());
        Path blank = write("blank.json", "\uFEFF \r\n\n  \n");
        assertEquals(List.of(blank + ": the file is empty"), messages(load(blank)));
    }

    @Test
    void byteOrderMarkAndCrlfAreAccepted() throws IOException {
        Path lines = write("bom.jsonl", "\uFEFF" + lightmanLine("a", "x") + "\r\n" + lightmanLine("a", "y") + "\r\n"
                + "{oops\r\n" + lightmanLine("b", "z") + "\r\n");
        LoadResult r = load(lines);
        assertEquals(List.of(lines + ":3: invalid JSON at column 2: Unexpected character ('o' (code 111)): was "
                + "expecting double-quote to start field name"), messages(r));
        assertEquals(2, r.dataset().problemCount());
        assertEquals("x", r.dataset().problems().get(0).solution(0).stepText(0));

        String array = "\uFEFF[\r\n" + processBenchRecord("math-0", "-1", "[\"a\"]") + ",\r\n"
                + processBenchRecord("math-1", "\"x\"", "[\"a\"]") + "\r\n]\r\n";
        Path json = write("bom.json", array);
        LoadResult a = load(json);
        assertEquals(List.of(json + ":3: label is \"x\", expected an integer"), messages(a));
        assertEquals("processbench/math", a.dataset().problems().get(0).source());
    }

    @Test
    void fiftyMegabyteLineLoads() throws IOException {
        String big = "x".repeat(50 * 1024 * 1024);
        Path f = dir.resolve("big.jsonl");
        try (var w = Files.newBufferedWriter(f)) {
            w.write(lightmanLine("a", "small"));
            w.write('\n');
            w.write(lightmanLine("b", big));
            w.write('\n');
            w.write("{\"problem\": \"" + big + "\n");
            w.write(lightmanLine("c", "last"));
            w.write('\n');
        }
        LoadResult r = load(f);
        assertEquals(List.of(f + ":3: truncated JSON: the record ends before it is complete"), messages(r));
        assertEquals(3, r.dataset().problemCount());
        assertEquals(big.length(), r.dataset().problems().get(1).solution(0).stepText(0).length());
    }

    @Test
    void syntaxErrorInsideAnArrayKeepsTheRecordsBeforeIt() throws IOException {
        String json = "[\n" + processBenchRecord("gsm8k-0", "-1", "[\"a\"]") + ",\n"
                + "  {\"id\": \"gsm8k-1\" \"problem\": \"p\"},\n"
                + processBenchRecord("gsm8k-2", "-1", "[\"a\"]") + "\n]\n";
        Path f = write("broken.json", json);
        LoadResult r = load(f);
        assertEquals(List.of(f + ":3: invalid JSON at column 20: Unexpected character ('\"' (code 34)): was "
                + "expecting comma to separate Object entries; the rest of the file could not be read"), messages(r));
        assertEquals(1, r.dataset().problemCount());
    }

    @Test
    void truncatedArrayFile() throws IOException {
        String json = "[\n" + processBenchRecord("gsm8k-0", "-1", "[\"a\"]") + ",\n"
                + processBenchRecord("gsm8k-1", "-1", "[\"a\"]").substring(0, 30);
        Path f = write("cut.json", json);
        LoadResult r = load(f);
        assertEquals(List.of(f + ":3: truncated JSON: the record ends before it is complete; the rest of the file "
                + "could not be read"), messages(r));
        assertEquals(1, r.dataset().problemCount());
    }

    @Test
    void unknownFormatSaysWhichFormatsWereTried() throws IOException {
        Path f = write("other.jsonl", "{\"name\": \"x\", \"value\": 3}\n");
        LoadResult r = load(f);
        assertEquals(List.of(f + ": not a known format: the first record has the keys [name, value]; " + TRIED),
                messages(r));
        assertEquals(0, r.dataset().problemCount());
        assertEquals("unknown", r.format());

        Path csv = write("table.csv", "id,problem\n1,x\n");
        assertEquals(List.of(csv + ": not a known format: line 1: invalid JSON at column 1: Unrecognized token 'id': "
                + "was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false'); " + TRIED),
                messages(load(csv)));
        Path numbers = write("numbers.json", "[1, 2, 3]");
        assertEquals(List.of(numbers + ": not a known format: line 1 is 1, not a JSON object; " + TRIED),
                messages(load(numbers)));
    }

    @Test
    void gzipIsRecognisedByContentNotName() throws IOException {
        Path plain = TestData.file("processbench/gsm8k.json");
        Path packed = dir.resolve("gsm8k.data");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(packed))) {
            Files.copy(plain, out);
        }
        Dataset a = TestData.loadClean(plain);
        Dataset b = TestData.loadClean(packed);
        assertEquals(a.problems(), b.problems());
    }

    @Test
    void missingFileAndFolder() {
        Path missing = dir.resolve("nope.jsonl");
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> load(missing));
        assertEquals(missing + ": file not found", e.getMessage());
        IOException f = assertThrows(IOException.class, () -> load(dir));
        assertEquals(dir + ": is a folder, not a data file", f.getMessage());
        assertThrows(NoSuchFileException.class,
                () -> DatasetLoader.loadAll(List.of(TestData.file("math500/test.jsonl"), missing), LoadProgress.NONE));
    }

    @Test
    void progressReportsBytesAndProblemsAsTheyComplete() throws IOException {
        Path f = TestData.file("prmbench/prmbench.jsonl.gz");
        long size = Files.size(f);
        List<long[]> ticks = new ArrayList<>();
        List<Problem> early = new ArrayList<>();
        LoadResult r = DatasetLoader.load(f, new LoadProgress() {
            @Override
            public void onProgress(long bytesRead, long totalBytes) {
                ticks.add(new long[] {bytesRead, totalBytes});
            }

            @Override
            public void onProblems(List<Problem> completed) {
                early.addAll(completed);
            }
        });
        assertTrue(ticks.size() >= 2, "several progress reports for a " + size + " byte file");
        assertEquals(size, ticks.get(ticks.size() - 1)[0]);
        assertEquals(size, ticks.get(0)[1]);
        assertEquals(r.dataset().problems(), early, "every problem announced once, in file order");
    }

    @Test
    void anInterruptedLoadIsCancelled() {
        Thread.currentThread().interrupt();
        try {
            assertThrows(CancellationException.class,
                    () -> DatasetLoader.load(TestData.file("qwen25math/math_cot_100.jsonl"), LoadProgress.NONE));
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void cancelStopsTheLoad() {
        assertThrows(CancellationException.class,
                () -> DatasetLoader.load(TestData.file("qwen25math/math_cot_100.jsonl"), TestData.CANCELLED));
    }
}
