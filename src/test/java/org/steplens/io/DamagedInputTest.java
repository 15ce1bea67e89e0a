package org.steplens.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steplens.io.cache.DatasetCache;

/** Damaged gzip keeps what came before the damage; a file too big for the heap stops with advice, early. */
class DamagedInputTest {
    private static final DatasetCache NO_CACHE = new DatasetCache(null, 0, false);

    @TempDir
    Path temp;

    /** The real PRM800K sample, gzipped, cut short. */
    private byte[] gzippedSample(int[] lines) throws IOException {
        List<String> all = Files.readAllLines(Path.of("samples/prm800k/samples_prm800k.jsonl"));
        lines[0] = all.size();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write((String.join("\n", all) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    @Test
    void gzipMissingItsLastFourBytesKeepsEveryRecordAndSaysSo() throws IOException {
        int[] lines = new int[1];
        byte[] gz = gzippedSample(lines);
        Path file = temp.resolve("cut.jsonl.gz");
        Files.write(file, Arrays.copyOf(gz, gz.length - 4));
        LoadResult r = DatasetLoader.load(file, LoadProgress.NONE, NO_CACHE);
        assertEquals(lines[0], r.dataset().solutionCount());
        assertEquals(1, r.errors().size(), r.errors().toString());
        assertTrue(r.errors().get(0).message().startsWith(file + ": the gzip data is damaged"), r.errors().toString());
    }

    @Test
    void halfAGzipKeepsTheCompleteRecordsBeforeTheDamage() throws IOException {
        int[] lines = new int[1];
        byte[] gz = gzippedSample(lines);
        Path file = temp.resolve("half.jsonl.gz");
        Files.write(file, Arrays.copyOf(gz, gz.length / 2));
        LoadResult r = DatasetLoader.load(file, LoadProgress.NONE, NO_CACHE);
        long loaded = r.dataset().solutionCount();
        assertTrue(loaded > 0 && loaded < lines[0], "loaded " + loaded + " of " + lines[0]);
        LoadError damage = r.errors().get(r.errors().size() - 1);
        assertEquals(loaded + 1, damage.line(), "the cut record is named by its line");
        assertTrue(damage.reason().contains("gzip data is damaged"), damage.message());
    }

    @Test
    void tooLittleHeapStopsEarlyWithAMessageNamingSteplensJavaOpts() throws Exception {
        Path file = temp.resolve("tiny.jsonl");
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            for (int i = 0; i < 250_000; i++) {
                w.write("{\"problem\": \"p\", \"unique_id\": \"u" + i / 100 + "\", \"steps\": [\"s" + i
                        + "\"], \"prm_score\": 0.5}\n");
            }
        }
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx24m", "-XX:+UseParallelGC", "-Dsteplens.cache.off=true", "-cp", System.getProperty("java.class.path"),
                "org.steplens.Main", "info", file.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(1, p.exitValue(), out);
        assertTrue(out.contains("not enough memory to load this file") && out.contains("STEPLENS_JAVA_OPTS=-Xmx"), out);
        assertFalse(out.contains("at org.steplens"), "no stack trace: " + out);
    }
}
