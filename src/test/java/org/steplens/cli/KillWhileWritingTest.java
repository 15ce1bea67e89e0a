package org.steplens.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steplens.io.DatasetLoader;
import org.steplens.io.LoadProgress;
import org.steplens.io.LoadResult;
import org.steplens.model.Problem;
import org.steplens.model.Solution;
import org.steplens.score.ScoreCache;

/**
 * Real child JVMs running {@code convert -o} and {@code score -o}, killed with SIGKILL at random moments (50 of
 * each by default; {@code -Dsteplens.kills=N} for more). After every kill the output is the previous one intact or
 * a new one complete; the next complete run leaves no temporary file; scores finished before a kill are reused.
 * The two loops run side by side, and the children start lean (C1 only, serial GC, class-data sharing).
 */
class KillWhileWritingTest {
    static final Path DATA = Path.of("src/test/resources/data/processbench/gsm8k.json");
    static final Path MODEL = Path.of("samples/models/tiny-prm");
    static final int KILLS = Integer.getInteger("steplens.kills", 50);
    static final long SEED = Long.getLong("steplens.kills.seed", 18L);
    static final Pattern SUMMARY = Pattern.compile("scored (\\d+) solutions, (\\d+) from the cache, (\\d+) not scored");

    @TempDir
    Path tmp;

    @Test
    void killedConvertsAndScoresNeverLeaveABrokenOutput() throws Exception {
        CompletableFuture<String> converts = CompletableFuture.supplyAsync(() -> run(this::killConverts));
        CompletableFuture<String> scores = CompletableFuture.supplyAsync(() -> run(this::killScores));
        System.out.println(converts.get() + "\n" + scores.get());
    }

    @Test
    void aMistypedCommandOrAMissingDisplayNeverStartsTheGui() throws Exception {
        Child inof = Child.run(tmp, List.of("inof", DATA.toString()));
        assertEquals(2, inof.exit, inof.err);
        assertTrue(inof.err.contains("did you mean 'info'?"), inof.err);
        Child gui = Child.run(tmp, List.of("some-file.jsonl"));
        assertEquals(1, gui.exit, gui.err);
        assertEquals("steplens: no display to open the window on (DISPLAY is not set); the headless commands are "
                + "listed by: steplens help\n", gui.err);
    }

    interface Loop {
        String run() throws Exception;
    }

    static String run(Loop loop) {
        try {
            return loop.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    String killConverts() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("convert"));
        Path full = Files.copy(DATA, dir.resolve("full.json"));
        Path half = slice(dir.resolve("half.json"), 200);
        Path out = dir.resolve("out.jsonl");
        List<String> fullArgs = List.of("convert", full.toString(), "-o", out.toString());
        List<String> halfArgs = List.of("convert", half.toString(), "-o", out.toString());
        long fullMillis = Child.run(dir, halfArgs).ok().millis; // also the first "previous output"
        byte[] halfBytes = Files.readAllBytes(out);
        fullMillis = Math.max(fullMillis, Child.run(dir, fullArgs).ok().millis);
        byte[] fullBytes = Files.readAllBytes(out);
        Random random = new Random(SEED);
        int withTemp = 0;
        for (int i = 0; i < KILLS; i++) {
            Child.killAfter(dir, i % 2 == 0 ? halfArgs : fullArgs, delay(random, fullMillis));
            byte[] now = Files.readAllBytes(out);
            assertTrue(Arrays.equals(now, halfBytes) || Arrays.equals(now, fullBytes),
                    "kill " + i + ": the output is neither the previous one nor a complete new one");
            withTemp += temporaries(dir).isEmpty() ? 0 : 1;
        }
        Child.run(dir, fullArgs).ok();
        assertArrayEquals(fullBytes, Files.readAllBytes(out));
        assertEquals(List.of(), temporaries(dir), "the next run removes what killed runs left");
        return "convert: " + KILLS + " kills (a complete run took " + fullMillis + " ms), " + withTemp
                + " left a temporary file behind (removed by the next run)";
    }

    String killScores() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("score"));
        Path input = slice(dir.resolve("g.json"), 32);
        Path out = dir.resolve("out.jsonl");
        List<String> args = List.of("score", input.toString(), "--model", MODEL.toString(), "--device", "cpu",
                "--batch-size", "2", "-o", out.toString());
        List<String> uncached = new ArrayList<>(args);
        uncached.add("--no-cache");
        long millis = Child.run(dir, uncached).ok().millis;
        assertComplete(out, 32);
        Path cacheFolder = dir.resolve(".steplens-cache");
        Random random = new Random(SEED + 1);
        int reuseChecks = 0;
        int cached = 0;
        int partial = 0;
        for (int i = 0; i < KILLS; i++) {
            Child.killAfter(dir, args, delay(random, millis));
            assertComplete(out, 32);
            int now = cacheEntries(cacheFolder);
            assertTrue(now >= cached, "kill " + i + ": the cache lost entries (" + cached + " -> " + now + ")");
            cached = now;
            partial += now > 0 && now < 32 ? 1 : 0;
            if (now > 0 && now < 32 && (reuseChecks == 0 && i >= KILLS / 2 || i == KILLS - 1)) {
                assertReused(Child.run(dir, args).ok(), now, 32);
                reuseChecks++;
                cached = 32;
            }
            if (cached == 32) {
                deleteTree(cacheFolder); // start again, so that later kills land while the cache grows
                cached = 0;
            }
        }
        Child last = Child.run(dir, args).ok();
        assertComplete(out, 32);
        assertEquals(32, cacheEntries(cacheFolder), last.err);
        assertEquals(List.of(), temporaries(dir), "the next run removes what killed runs left");
        assertEquals(List.of(), temporaries(cacheFolder));
        return "score: " + KILLS + " kills (a complete run took " + millis + " ms), " + partial
                + " left a partly filled cache; " + reuseChecks + " following runs reused it";
    }

    /**
     * A random moment from 30 % to 110 % of a complete run's time: the start of a JVM holds nothing worth
     * testing, and past 100 % the run may finish first (also a case to cover).
     */
    static long delay(Random random, long runMillis) {
        return (long) ((0.3 + 0.8 * random.nextDouble()) * runMillis);
    }

    static void assertReused(Child run, int cachedBefore, int total) {
        Matcher m = SUMMARY.matcher(run.err);
        assertTrue(m.find(), run.err);
        assertEquals(cachedBefore, Integer.parseInt(m.group(2)), "every finished batch is reused: " + run.err);
        assertEquals(total - cachedBefore, Integer.parseInt(m.group(1)), run.err);
    }

    /** The output loads whole: every solution scored by the model, nothing unreadable. */
    static void assertComplete(Path out, int solutions) throws IOException {
        LoadResult r = DatasetLoader.load(out, LoadProgress.NONE);
        assertEquals(List.of(), r.errors());
        assertEquals(solutions, r.dataset().solutionCount());
        for (Problem p : r.dataset().problems()) {
            for (Solution s : p.solutions()) {
                double v = s.score("steplens-tiny-prm").orElseThrow();
                assertTrue(v >= 0 && v <= 1, "score " + v);
            }
        }
    }

    static int cacheEntries(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            Path file = files.filter(f -> f.getFileName().toString().startsWith("scores-")).findFirst().orElse(null);
            return file == null ? 0 : ScoreCache.load(file).size();
        }
    }

    static List<Path> temporaries(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    static Path slice(Path to, int records) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ArrayNode all = (ArrayNode) json.readTree(DATA.toFile());
        ArrayNode some = json.createArrayNode();
        for (int i = 0; i < records; i++) {
            some.add(all.get(i));
        }
        return Files.writeString(to, some.toString());
    }

    static void deleteTree(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(folder);
        }
    }

    /** A StepLens command in its own JVM, as a user runs it. */
    record Child(int exit, String err, long millis) {
        /** The app's own class path: the main classes and runtime libraries, none of the test libraries. */
        static final List<String> CLASS_PATH = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> !e.contains("test-classes") && !e.matches(".*(junit|opentest4j|apiguardian|testfx|hamcrest"
                        + "|assertj|monocle|archunit|osgi|javafx|controlsfx|atlantafx|ikonli|jlatexmath).*"))
                .toList();

        Child ok() {
            assertEquals(0, exit, err);
            return this;
        }

        static ProcessBuilder builder(Path dir, List<String> args) {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xshare:auto", "-Xmx512m",
                    "-Djava.awt.headless=true", "-Dai.djl.offline=true",
                    "-Dsteplens.cache=" + dir.resolve("user-cache").toAbsolutePath(),
                    "-cp", String.join(File.pathSeparator, CLASS_PATH), "org.steplens.Main"));
            command.addAll(args);
            ProcessBuilder pb = new ProcessBuilder(command).directory(Path.of("").toAbsolutePath().toFile());
            pb.environment().remove("DISPLAY");
            pb.environment().remove("WAYLAND_DISPLAY");
            pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
            return pb;
        }

        static Child run(Path dir, List<String> args) throws Exception {
            long start = System.nanoTime();
            Process p = builder(dir, args).start();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS));
            return new Child(p.exitValue(), err, (System.nanoTime() - start) / 1_000_000);
        }

        /** Starts the command and sends SIGKILL after {@code millis} (or lets it finish first). */
        static void killAfter(Path dir, List<String> args, long millis) throws Exception {
            Process p = builder(dir, args).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(millis, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
            }
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        }
    }
}
