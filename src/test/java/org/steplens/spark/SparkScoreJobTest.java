package org.steplens.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steplens.cli.CommandRun;
import org.steplens.io.DatasetLoader;
import org.steplens.io.LoadProgress;
import org.steplens.model.Dataset;
import org.steplens.score.DevicePreference;

/**
 * The Spark job on local[2,2] (two threads, a failed task tried twice) on the ProcessBench GSM8K sample with the
 * bundled tiny model, against the single-process {@code steplens score}: failures midway, retries and restarts
 * all end in the same bytes.
 */
class SparkScoreJobTest {
    static final Path MODEL = Path.of("samples/models/tiny-prm");
    static final Path SAMPLE = Path.of("samples/processbench/gsm8k.json");
    static final int PARTITIONS = 4;

    @TempDir
    static Path shared;
    static Path input;
    static Path reference;
    static Dataset dataset;
    static JavaSparkContext spark;
    static final AtomicInteger failedTasks = new AtomicInteger();

    @BeforeAll
    static void scoreInOneProcessAndStartSpark() throws IOException {
        input = Files.copy(SAMPLE, shared.resolve("gsm8k.json"));
        reference = shared.resolve("single-process.jsonl");
        CommandRun single = CommandRun.of("score", input.toString(), "--model", MODEL.toString(), "--no-cache",
                "-o", reference.toString());
        assertEquals(0, single.exitCode(), single.err());
        dataset = DatasetLoader.load(input, LoadProgress.NONE).dataset();
        spark = SparkSessions.start("local[2,2]", Map.of("spark.ui.enabled", "false"));
        spark.sc().addSparkListener(new SparkListener() {
            @Override
            public void onTaskEnd(SparkListenerTaskEnd end) {
                if (end.taskInfo().failed()) {
                    failedTasks.incrementAndGet();
                }
            }
        });
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
        ExecutorModels.closeAll();
    }

    private static SparkScoreRequest request(Path folder) {
        return new SparkScoreRequest(input, dataset, MODEL, DevicePreference.CPU, null, PARTITIONS,
                folder.resolve("work"), folder.resolve("scored.jsonl"));
    }

    private static SparkScoreSummary run(Path folder, TaskHook hook, ByteArrayOutputStream log) throws Exception {
        return new SparkScoreJob(() -> spark, new PrintStream(log, true, StandardCharsets.UTF_8), hook).run(request(folder));
    }

    private static List<Path> parts(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder.resolve("work"))) {
            return files.filter(f -> f.getFileName().toString().startsWith("part-")).sorted().toList();
        }
    }

    private static long lines(String text, String prefix) {
        return text.lines().filter(l -> l.startsWith(prefix)).count();
    }

    @Test
    void aPartitionThatFailsOnceIsRetriedAndTheResultIsTheSame(@TempDir Path folder) throws Exception {
        int failedBefore = failedTasks.get();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        TaskHook failFirstAttemptOfPartition1 = (partition, attempt) -> {
            if (partition == 1 && attempt == 0) {
                throw new IllegalStateException("executor lost (test)");
            }
        };
        SparkScoreSummary s = run(folder, failFirstAttemptOfPartition1, log);

        assertEquals(failedBefore + 1, failedTasks.get(), "exactly one task attempt failed");
        assertEquals(-1, Files.mismatch(reference, folder.resolve("scored.jsonl")), "same bytes as one process");
        assertEquals(PARTITIONS, s.partitions());
        assertEquals(0, s.reused());
        assertEquals(dataset.solutionCount(), s.scored());
        String text = log.toString(StandardCharsets.UTF_8);
        assertEquals(PARTITIONS, lines(text, "spark: partition "), text);
        assertEquals(1, lines(text, "spark: partition 1 done"), text);
        assertEquals(PARTITIONS, parts(folder).size());

        SparkScoreSummary again = new SparkScoreJob(() -> {
            throw new AssertionError("a run with nothing left to score must not start Spark");
        }, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run(request(folder));
        assertEquals(PARTITIONS, again.reused(), "the second run skips every partition");
        assertEquals(0, again.scored());
        assertEquals(-1, Files.mismatch(reference, folder.resolve("scored.jsonl")));
    }

    @Test
    void aKilledJobRestartedScoresOnlyWhatIsLeftAndGivesTheSameOutput(@TempDir Path folder) throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        TaskHook partition2AlwaysDies = (partition, attempt) -> {
            if (partition == 2) {
                throw new IllegalStateException("executor killed (test)");
            }
        };
        SparkJobException killed = assertThrows(SparkJobException.class, () -> run(folder, partition2AlwaysDies, log));
        assertTrue(killed.getMessage().contains("run again to resume"), killed.getMessage());
        assertFalse(Files.exists(folder.resolve("scored.jsonl")), "no merged output from a failed job");
        List<Path> survivors = parts(folder);
        assertFalse(survivors.isEmpty(), "partitions finished before the failure are kept");
        assertTrue(survivors.stream().noneMatch(p -> p.getFileName().toString().startsWith("part-00002-")));
        List<Long> modified = survivors.stream().map(SparkScoreJobTest::modified).toList();

        ByteArrayOutputStream again = new ByteArrayOutputStream();
        SparkScoreSummary s = run(folder, TaskHook.NONE, again);

        assertEquals(survivors.size(), s.reused());
        long leftSolutions = dataset.solutionCount() - survivors.stream().mapToLong(SparkScoreJobTest::problemLines).sum();
        assertEquals(leftSolutions, s.scored(), "only the unfinished partitions are scored again");
        assertEquals(modified, survivors.stream().map(SparkScoreJobTest::modified).toList(), "finished parts untouched");
        assertEquals(-1, Files.mismatch(reference, folder.resolve("scored.jsonl")), "same bytes as one process");
    }

    @Test
    void anotherModelOrOtherTextNeverReusesAPart() {
        List<PartitionInput> plan = PartitionPlan.plan(dataset, PARTITIONS, "model-a", 0);
        List<PartitionInput> otherModel = PartitionPlan.plan(dataset, PARTITIONS, "model-b", 0);
        assertEquals(PARTITIONS, plan.size());
        for (int i = 0; i < PARTITIONS; i++) {
            assertFalse(plan.get(i).fingerprint().equals(otherModel.get(i).fingerprint()));
            assertFalse(plan.get(i).lines().isEmpty());
        }
        assertEquals(dataset.problemCount(), plan.stream().mapToInt(p -> p.lines().size()).sum());
        Dataset edited = dataset.withProblems(dataset.problems().subList(1, dataset.problemCount()));
        assertFalse(plan.get(0).fingerprint().equals(PartitionPlan.plan(edited, PARTITIONS, "model-a", 0).get(0)
                .fingerprint()));
        assertEquals(plan.get(3).fingerprint(), PartitionPlan.plan(dataset, PARTITIONS, "model-a", 0).get(3)
                .fingerprint(), "the same input plans the same partitions");
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** ProcessBench has one solution per problem, so a part's lines are its solutions. */
    private static long problemLines(Path p) {
        try (Stream<String> lines = Files.lines(p)) {
            return lines.count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
