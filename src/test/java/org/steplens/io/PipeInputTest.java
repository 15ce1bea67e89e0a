package org.steplens.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steplens.io.cache.DatasetCache;

/**
 * Input from a pipe can be read once: a FIFO (as {@code steplens info <(zcat runs.jsonl.gz)} gives) loads exactly
 * as the file it carries, errors name the FIFO, and the copy made of it is gone afterwards. Before, the loader
 * opened its input three times and waited forever for a writer that had left.
 */
class PipeInputTest {
    private static final Duration LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path temp;

    @Test
    void everyRealFileLoadsThroughAPipeAsFromTheFile() throws Exception {
        for (Path file : TestData.allReadable()) {
            LoadResult direct = DatasetLoader.load(file, LoadProgress.NONE, new DatasetCache(null, 0, false));
            Path fifo = fifo(file.getFileName().toString());
            LoadResult piped = loadThrough(fifo, Files.readAllBytes(file));
            assertEquals(direct.errors().size(), piped.errors().size(), file + " through a pipe: errors");
            assertEquals(direct.dataset().problemCount(), piped.dataset().problemCount(), file + " through a pipe");
            assertEquals(direct.dataset(), piped.dataset(), file + " through a pipe");
            assertEquals(direct.format(), piped.format(), file + " through a pipe");
            assertEquals(direct.errors().stream().map(e -> new LoadError(fifo, e.line(), e.reason())).toList(),
                    piped.errors(), file + " through a pipe");
            Files.delete(fifo);
        }
        assertNoCopyLeft();
    }

    @Test
    void aBadLineIsReportedByThePipeAndItsLineAndTheRestLoads() throws Exception {
        Path fifo = fifo("runs.jsonl");
        String good = "{\"problem\": \"P\", \"unique_id\": \"a\", \"steps\": [\"s\"], \"prm_score\": 0.5}\n";
        LoadResult r = loadThrough(fifo, (good + "{\"problem\": \n" + good).getBytes(StandardCharsets.UTF_8));
        assertEquals(1, r.dataset().problemCount());
        assertEquals(2, r.dataset().problems().get(0).solutionCount());
        assertEquals(1, r.errors().size());
        assertEquals(fifo, r.errors().get(0).file());
        assertEquals(2, r.errors().get(0).line());
        assertEquals("runs.jsonl", r.dataset().name());
        assertNoCopyLeft();
    }

    @Test
    void anEmptyPipeIsAnEmptyFile() throws Exception {
        Path fifo = fifo("empty.jsonl");
        LoadResult r = loadThrough(fifo, new byte[0]);
        assertEquals(List.of(fifo + ": the file is empty"), r.errors().stream().map(LoadError::message).toList());
        assertNoCopyLeft();
    }

    @Test
    void infoSummarisesAPipe() throws Exception {
        Path file = TestData.file("prm800k/samples_prm800k.jsonl");
        Path fifo = fifo("samples.jsonl");
        byte[] bytes = Files.readAllBytes(file);
        Thread writer = writer(fifo, bytes);
        SummarizedLoad s = assertTimeoutPreemptively(LIMIT, () -> DatasetLoader.summarize(fifo, LoadProgress.NONE));
        writer.join(LIMIT.toMillis());
        assertEquals(DatasetSummary.of(TestData.loadClean(file)), s.summary());
        assertNoCopyLeft();
    }

    @Test
    void aPipeThatDoesNotEndStopsAtTheLimitWithAMessage() throws Exception {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero) && PipeCopy.isNeeded(zero), "no /dev/zero here");
        IOException e = assertThrows(IOException.class,
                () -> assertTimeoutPreemptively(LIMIT, () -> PipeCopy.copy(zero, LoadProgress.NONE, 4 << 20)));
        assertTrue(e.getMessage().startsWith("/dev/zero: stopped reading after 4 MB"), e.getMessage());
        assertNoCopyLeft();
    }

    @Test
    void aCancelledCopyStopsAndLeavesNothing() throws Exception {
        Path fifo = fifo("cancelled.jsonl");
        Thread writer = writer(fifo, new byte[8 << 20]);
        assertThrows(CancellationException.class,
                () -> assertTimeoutPreemptively(LIMIT, () -> DatasetLoader.load(fifo, TestData.CANCELLED)));
        writer.interrupt();
        assertNoCopyLeft();
    }

    /** A named pipe in the test's folder; the test is skipped where mkfifo is missing (not a POSIX system). */
    private Path fifo(String name) throws IOException, InterruptedException {
        Path fifo = temp.resolve(name);
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo here: " + e.getMessage());
            throw e;
        }
        assumeTrue(p.waitFor() == 0 && Files.exists(fifo) && !Files.isRegularFile(fifo), "mkfifo failed");
        return fifo;
    }

    private static LoadResult loadThrough(Path fifo, byte[] bytes) throws Exception {
        Thread writer = writer(fifo, bytes);
        LoadResult r = assertTimeoutPreemptively(LIMIT, () -> DatasetLoader.load(fifo, LoadProgress.NONE));
        writer.join(LIMIT.toMillis());
        assertTrue(!writer.isAlive(), "the writer is still waiting for a reader of " + fifo);
        return r;
    }

    /** Writes into the FIFO once a reader opens it, as a shell's pipe does. */
    private static Thread writer(Path fifo, byte[] bytes) {
        Thread t = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "fifo-writer");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void assertNoCopyLeft() throws IOException {
        try (Stream<Path> left = Files.list(CacheFolder.processTemporaryFolder())) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().startsWith("pipe-")).toList());
        }
    }
}
