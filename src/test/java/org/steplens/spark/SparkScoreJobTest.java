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
import java.util.ArrayList;
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
import org.steplens.io.NativeJsonlWriter;
import org.steplens.model.Dataset;
import org.steplens.model.Problem;
import org.steplens.model.Solution;
import org.steplens.score.DevicePreference;
import org.steplens.score.ModelHash;

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
        assertEquals(0, s.fromEarlier());
        String text = log.toString(StandardCharsets.UTF_8);
        assertEquals(PARTITIONS, lines(text, "spark: partition "), text);
        assertEquals(1, lines(text, "spark: partition 1 done"), text);
        assertEquals(PARTITIONS, parts(folder).size());

        SparkScoreSummary again = new SparkScoreJob(() -> {
            throw new AssertionError("a run with nothing left to score must not start Spark");
        }, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run(request(folder));
        assertEquals(PARTITIONS, again.reused(), "the second run skips every partition");
        assertEquals(0, again.scored(), "the second run scores no solution");
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
    void solutionsScoredBeforeAreNeverScoredAgainWhateverTheInputAndPartitions(@TempDir Path folder) throws Exception {
        SparkScoreSummary first = run(folder, TaskHook.NONE, new ByteArrayOutputStream());
        assertEquals(dataset.solutionCount(), first.scored());
        assertTrue(Files.isRegularFile(folder.resolve("work").resolve("scores-" + ModelHash.of(MODEL) + ".jsonl")),
                "the work folder keeps every solution's scores, keyed as the score cache keys them");

        // The input changes: one step of problem 5 is edited and problem 10 gains a second solution. Partition
        // boundaries move with the solution counts (3 partitions now), so no part file fits; only the two new
        // solutions are new to the cache.
        List<Problem> problems = new ArrayList<>(dataset.problems());
        Problem five = problems.get(5);
        Solution edited = five.solution(0);
        List<String> steps = new ArrayList<>(edited.stepTexts());
        steps.set(0, steps.get(0) + " (checked twice)");
        problems.set(5, five.withSolutions(List.of(edited.toBuilder().steps(steps).build())));
        Problem ten = problems.get(10);
        Solution original = ten.solution(0);
        Solution added = original.toBuilder().steps(original.stepTexts().subList(0, original.stepCount() - 1)).build();
        problems.set(10, ten.withSolutions(List.of(original, added)));
        Path changedInput = folder.resolve("changed.jsonl");
        NativeJsonlWriter.write(dataset.withProblems(problems), changedInput);
        Dataset changed = DatasetLoader.load(changedInput, LoadProgress.NONE).dataset();
        Path changedReference = folder.resolve("changed-single-process.jsonl");
        CommandRun single = CommandRun.of("score", changedInput.toString(), "--model", MODEL.toString(),
                "--no-cache", "-o", changedReference.toString());
        assertEquals(0, single.exitCode(), single.err());

        SparkScoreRequest changedRequest = new SparkScoreRequest(changedInput, changed, MODEL, DevicePreference.CPU,
                null, 3, folder.resolve("work"), folder.resolve("changed.scored.jsonl"));
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        SparkScoreSummary s = new SparkScoreJob(() -> spark, new PrintStream(log, true, StandardCharsets.UTF_8))
                .run(changedRequest);
        assertEquals(0, s.reused(), "no partition is the same as before");
        assertEquals(2, s.scored(), "exactly the edited and the new solution are scored");
        assertEquals(changed.solutionCount() - 2, s.fromEarlier());
        assertEquals(-1, Files.mismatch(changedReference, folder.resolve("changed.scored.jsonl")),
                "same bytes as one process on the changed input");

        // Cut differently once more: every solution is known now, so the run scores none.
        SparkScoreRequest twoParts = new SparkScoreRequest(changedInput, changed, MODEL, DevicePreference.CPU, null, 2,
                folder.resolve("work"), folder.resolve("changed.again.jsonl"));
        SparkScoreSummary again = new SparkScoreJob(() -> spark, new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8)).run(twoParts);
        assertEquals(0, again.scored());
        assertEquals(changed.solutionCount(), again.fromEarlier());
        assertEquals(-1, Files.mismatch(changedReference, folder.resolve("changed.again.jsonl")));
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
