package org.steplens.io.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steplens.SampleFiles;
import org.steplens.bench.LoadBenchmark;
import org.steplens.io.DatasetLoader;
import org.steplens.io.DatasetSummary;
import org.steplens.io.LoadProgress;
import org.steplens.io.LoadResult;
import org.steplens.io.SummarizedLoad;
import org.steplens.model.Problem;

/** The dataset cache gives back exactly what the source gives, and is never trusted when stale or damaged. */
class DatasetCacheTest {
    @TempDir
    Path temp;

    private DatasetCache cache() {
        return new DatasetCache(temp.resolve("cache"), 0, true);
    }

    private static final DatasetCache NONE = new DatasetCache(null, 0, false);

    /** Loads through the cache (filling it), then checks the cache alone gives the same as the source. */
    private LoadResult assertSameFromCache(DatasetCache cache, Path file) throws IOException {
        LoadResult source = DatasetLoader.load(file, LoadProgress.NONE, NONE);
        LoadResult first = DatasetLoader.load(file, LoadProgress.NONE, cache);
        DatasetCache.awaitWrites(30, TimeUnit.SECONDS);
        List<String> notes = new ArrayList<>();
        Optional<CachedLoad> cached = cache.open(file, notes::add);
        assertTrue(cached.isPresent(), file + ": no usable cache " + notes);
        assertEquals(source.dataset(), first.dataset(), file + ": parsing with and without a cache differs");
        assertEquals(source.dataset(), cached.get().dataset(), file + ": the cache differs from the source");
        assertEquals(source.format(), cached.get().format());
        List<CachedLoad.Error> errors = source.errors().stream()
                .map(e -> new CachedLoad.Error(e.line(), e.reason())).toList();
        assertEquals(errors, cached.get().errors());
        LoadResult reopened = DatasetLoader.load(file, LoadProgress.NONE, cache);
        assertEquals(source.dataset(), reopened.dataset());
        assertEquals(source.errors(), reopened.errors());
        // info reads only the cache's facts: the same summary and errors as summarising the source
        assertTrue(cache.facts(file).isPresent(), file + ": no facts in the cache");
        SummarizedLoad summarized = DatasetLoader.summarize(file, LoadProgress.NONE, cache);
        assertEquals(DatasetSummary.of(source.dataset()), summarized.summary(), file + ": summary from the cache");
        assertEquals(source.errors(), summarized.errors());
        return reopened;
    }

    @Test
    void everyRealSampleFileReadsBackIdentically() throws IOException {
        DatasetCache cache = cache();
        for (Path file : SampleFiles.all()) {
            assertSameFromCache(cache, file);
        }
    }

    @Test
    void generatedLightmanDataWithOddLinesReadsBackIdentically() throws IOException {
        Path file = generated();
        LoadResult r = assertSameFromCache(cache(), file);
        assertEquals(3 * 40 + 1, r.dataset().solutionCount());
        assertEquals(2, r.errors().size(), r.errors().toString());
        assertEquals("Ω ≤ 𝑥 \\frac{a}{b}", r.dataset().problems().get(3).solution(0).stepText(1));
    }

    /** Three problems of 40 samples, then lines the fast reader hands to the tree reader, and two bad lines. */
    private Path generated() throws IOException {
        Path file = temp.resolve("lightman.jsonl");
        LoadBenchmark.generate(file, 3, 40);
        String odd = "{\"problem\": \"P\", \"unique_id\": \"odd\", \"answer\": 7, \"extra\": [1],"
                + " \"steps\": [\"a\", \"Ω ≤ 𝑥 \\\\frac{a}{b}\"], \"rating_probs\": [{\"1\": 0.5, \"0\": 0.25, \"-1\": 0.25},"
                + " {\"-1\": 0.1, \"1\": 1e-3, \"0\": 0.899}], \"prm_score\": 1, \"ground_truth_answer\": \"7\"}\n"
                + "{\"problem\": \"P\", \"unique_id\": \"odd\", \"steps\": [\"x\"], \"rating_probs\": []}\n"
                + "not json\n";
        Files.writeString(file, odd, StandardOpenOption.APPEND);
        return file;
    }

    @Test
    void aDamagedOrStaleCacheIsRebuiltNeverTrusted() throws IOException {
        DatasetCache cache = cache();
        Path file = generated();
        assertSameFromCache(cache, file);
        Path cacheFile = cache.fileFor(file);
        long size = Files.size(cacheFile);

        try (FileChannel ch = FileChannel.open(cacheFile, StandardOpenOption.WRITE)) {
            ch.truncate(size - 10);
        }
        assertUnusedThenRebuilt(cache, file, "length");

        flipByte(cacheFile, CacheFile.HEADER_BYTES + 100); // in the step text
        assertUnusedThenRebuilt(cache, file, "text is damaged");

        flipByte(cacheFile, Files.size(cacheFile) - 10); // in the facts (last)
        assertFalse(cache.facts(file).isPresent(), "damaged facts were used");
        assertUnusedThenRebuilt(cache, file, "summary is damaged");

        flipByte(cacheFile, CacheFile.HEADER_BYTES + textLength(cacheFile) + 10); // in the structure
        assertUnusedThenRebuilt(cache, file, "structure");

        Files.writeString(file, "{\"problem\": \"Q\", \"unique_id\": \"new\", \"steps\": [\"s\"], \"prm_score\": 0.5}\n",
                StandardOpenOption.APPEND);
        assertUnusedThenRebuilt(cache, file, "another version");
        assertEquals("new", DatasetLoader.load(file, LoadProgress.NONE, cache).dataset().problems().get(4).id());

        // same size and time, different content: the head/tail hash catches it
        FileTime time = Files.getLastModifiedTime(file);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 20] = (byte) (bytes[bytes.length - 20] == '5' ? '6' : '5');
        Files.write(file, bytes);
        Files.setLastModifiedTime(file, time);
        assertUnusedThenRebuilt(cache, file, "another version");
    }

    private void assertUnusedThenRebuilt(DatasetCache cache, Path file, String reason) throws IOException {
        List<String> notes = new ArrayList<>();
        assertFalse(cache.open(file, notes::add).isPresent(), "a bad cache was used");
        assertTrue(notes.size() == 1 && notes.get(0).contains(reason), notes.toString());
        assertFalse(Files.exists(cache.fileFor(file)), "the bad cache is removed");
        assertSameFromCache(cache, file);
    }

    private static long textLength(Path cacheFile) throws IOException {
        try (FileChannel ch = FileChannel.open(cacheFile, StandardOpenOption.READ)) {
            ByteBuffer b = ByteBuffer.allocate(8);
            ch.read(b, 40);
            return b.getLong(0);
        }
    }

    private static void flipByte(Path file, long at) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer b = ByteBuffer.allocate(1);
            ch.read(b, at);
            b.put(0, (byte) (b.get(0) ^ 0x20)).rewind();
            ch.write(b, at);
        }
    }

    @Test
    void aLoneSurrogateThatUtf8CannotKeepIsNotCached() throws IOException {
        Path file = temp.resolve("surrogate.jsonl");
        Files.writeString(file, "{\"problem\": \"P\", \"unique_id\": \"a\", \"steps\": [\"x \\ud800 y\"],"
                + " \"prm_score\": 0.5}\n", StandardCharsets.UTF_8);
        DatasetCache cache = cache();
        LoadResult r = DatasetLoader.load(file, LoadProgress.NONE, cache);
        DatasetCache.awaitWrites(30, TimeUnit.SECONDS);
        assertEquals("x \ud800 y", r.dataset().problems().get(0).solution(0).stepText(0));
        assertFalse(Files.exists(cache.fileFor(file)));
        assertFalse(cache.open(file, note -> { }).isPresent());
        try (var left = Files.list(cache.fileFor(file).getParent())) {
            assertEquals(List.of(), left.toList(), "temporary files left behind");
        }
    }

    @Test
    void aProblemWhoseLinesComeBackLaterIsCachedWhole() throws IOException {
        // the load hands the cache its first problem before that problem's last line: the rows written ahead
        // are then not the dataset's, and the cache must write them again from the dataset
        Path file = generated();
        String firstLine = Files.readAllLines(file).get(0);
        String id = new com.fasterxml.jackson.databind.ObjectMapper().readTree(firstLine).get("unique_id").asText();
        Files.writeString(file, "{\"problem\": \"again\", \"unique_id\": \"" + id + "\", \"steps\": [\"late\"],"
                + " \"prm_score\": 0.25}\n", StandardOpenOption.APPEND);
        LoadResult r = assertSameFromCache(cache(), file);
        assertEquals("late", r.dataset().problems().get(0).solution(40).stepText(0));
        try (var left = Files.list(cache().fileFor(file).getParent())) {
            assertEquals(List.of(cache().fileFor(file)), left.toList(), "temporary files left behind");
        }
    }

    @Test
    void rowsWrittenAheadMakeTheSameFileAsRowsWrittenAtTheEnd() throws IOException {
        Path file = generated();
        LoadResult r = DatasetLoader.load(file, LoadProgress.NONE, NONE);
        CachedLoad load = new CachedLoad(r.dataset(), r.format(),
                r.errors().stream().map(e -> new CachedLoad.Error(e.line(), e.reason())).toList());
        CacheKey key = CacheKey.of(file);

        Path atTheEnd = temp.resolve("at-the-end");
        CacheFile.write(new TextColumnWriter(temp.resolve("a.tmp")), key, load, () -> SUMMARY, atTheEnd, null);
        assertTrue(Files.size(atTheEnd) > 10_000);

        Path ahead = writeWithRowsAhead("ahead", key, load, r.dataset().problems(), true);
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(atTheEnd), Files.readAllBytes(ahead)),
                "the file differs when its rows were written ahead");

        // rows of other problem objects (an equal dataset read again) are not used: written again, same bytes
        List<Problem> others = DatasetLoader.load(file, LoadProgress.NONE, NONE).dataset().problems();
        Path ignored = writeWithRowsAhead("ignored", key, load, others, false);
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(atTheEnd), Files.readAllBytes(ignored)),
                "rows of other problem objects were used");
    }

    private static final byte[] SUMMARY = {1, 2, 3};

    /**
     * The cache file of {@code load} written with rows of {@code rowsOf} written ahead; with {@code trueOffsets}
     * false, the rows get offsets that would be wrong if they were used.
     */
    private Path writeWithRowsAhead(String name, CacheKey key, CachedLoad load, List<Problem> rowsOf,
                                    boolean trueOffsets) throws IOException {
        Path target = temp.resolve(name);
        TextColumnWriter column = new TextColumnWriter(temp.resolve(name + ".tmp"));
        try (FileChannel rowsFile = FileChannel.open(temp.resolve(name + "-rows.tmp"), StandardOpenOption.CREATE_NEW,
                StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            CacheFile.ProblemRows rows = new CacheFile.ProblemRows(rowsFile, 0);
            for (Problem p : rowsOf) {
                rows.add(p, trueOffsets ? CacheFile.textOffsets(column, p) : new long[p.solutionCount()]);
            }
            CacheFile.write(column, key, load, () -> SUMMARY, target, rows);
        }
        return target;
    }

    @Test
    void smallFilesAndDisabledCachesWriteNothing() throws IOException {
        Path file = temp.resolve("small.jsonl");
        Files.writeString(file, "{\"problem\": \"P\", \"unique_id\": \"a\", \"steps\": [\"s\"], \"prm_score\": 0.5}\n",
                StandardCharsets.UTF_8);
        DatasetCache bigOnly = new DatasetCache(temp.resolve("c2"), 1 << 20, true);
        DatasetLoader.load(file, LoadProgress.NONE, bigOnly);
        DatasetCache.awaitWrites(30, TimeUnit.SECONDS);
        assertFalse(Files.exists(temp.resolve("c2")));
    }
}
