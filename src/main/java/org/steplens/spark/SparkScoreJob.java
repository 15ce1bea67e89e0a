package org.steplens.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.steplens.score.ModelFolderException;
import org.steplens.score.ModelHash;
import org.steplens.score.PrmSpec;
import org.steplens.score.ScoreCache;
import org.steplens.score.ScoringException;
import scala.jdk.javaapi.CollectionConverters;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;
import scala.runtime.AbstractFunction2;
import scala.runtime.BoxedUnit;

/**
 * The driver's half of the job: plans partitions of whole problems, skips those an earlier run finished, sends the
 * rest to the executors with the step probabilities earlier runs computed for their solutions (so only new or
 * edited solutions are scored), keeps each partition's new probabilities in the work folder's score cache and
 * writes its part file as soon as it comes back (with a line on the log), and merges the parts into one native
 * file.
 */
public final class SparkScoreJob {
    private final Supplier<JavaSparkContext> spark;
    private final PrintStream log;
    private final TaskHook hook;

    /**
     * @param spark gives the Spark context, asked only when some partition is left to score (a run that finds
     *              everything scored merges without starting Spark)
     */
    public SparkScoreJob(Supplier<JavaSparkContext> spark, PrintStream log) {
        this(spark, log, TaskHook.NONE);
    }

    SparkScoreJob(Supplier<JavaSparkContext> spark, PrintStream log, TaskHook hook) {
        this.spark = spark;
        this.log = log;
        this.hook = hook;
    }

    /**
     * @throws ModelFolderException when the driver cannot read the model folder's spec
     * @throws IOException          when the work folder or the output cannot be written
     * @throws SparkJobException   when a partition fails more often than Spark retries it
     */
    public SparkScoreSummary run(SparkScoreRequest request) throws ModelFolderException, IOException,
            SparkJobException {
        checkOutput(request);
        String modelHash = ModelHash.of(request.model());
        String modelName = PrmSpec.read(request.model()).name();
        int count = request.partitions() != null ? request.partitions() : PartitionPlan.defaultCount(request.dataset());
        int batch = request.batchSize() == null ? 0 : request.batchSize();
        PartStore store = new PartStore(request.work());
        Files.createDirectories(store.folder());
        // Per solution, keyed as the desktop's score cache keys them: what an earlier run (finished, killed, or on
        // an input that has changed since) scored is never scored again.
        ScoreCache earlier = ScoreCache.inFolder(store.folder(), modelHash);
        earlier.warning().ifPresent(w -> log.println("spark: " + w));
        List<PartitionInput> plan = PartitionPlan.plan(request.dataset(), count, modelHash, batch, earlier);

        String input = request.input().toAbsolutePath().toString();
        store.writeManifest(input, modelName, modelHash, plan, false);
        List<PartitionInput> pending = new ArrayList<>();
        for (PartitionInput p : plan) {
            if (!store.hasPart(p)) {
                pending.add(p);
            }
        }
        int reused = plan.size() - pending.size();
        long known = pending.stream().mapToLong(p -> p.known().size()).sum();
        log.println(String.format(Locale.ROOT, "spark: %d partitions, %d already scored in %s, %d to score "
                + "(%d of their solutions scored by an earlier run)", plan.size(), reused, store.folder(),
                pending.size(), known));

        Results results = new Results(store, earlier, plan.size(), reused, log);
        try {
            scorePending(request, pending, modelHash, modelName, results, plan.size());
        } finally {
            earlier.save();
        }
        store.writeManifest(input, modelName, modelHash, plan, true);
        int problems = PartsMerger.merge(store, request.output());
        return new SparkScoreSummary(plan.size(), reused, results.scored, results.fromEarlier, results.skipped,
                results.tokens, results.messages, problems);
    }

    private void scorePending(SparkScoreRequest request, List<PartitionInput> pending, String modelHash,
                              String modelName, Results results, int planned) throws IOException, SparkJobException {
        if (!pending.isEmpty()) {
            JavaSparkContext context = spark.get();
            JavaRDD<PartitionInput> rdd = context.parallelize(pending, pending.size());
            context.setJobDescription("StepLens: score " + request.input().getFileName() + " with " + modelName);
            PartitionScorer scorer = new PartitionScorer(request.model().toString(), modelHash,
                    ModelFiles.of(request.model()), request.device(),
                    request.batchSize(), hook);
            ClassTag<PartitionOutput> tag = ClassTag$.MODULE$.apply(PartitionOutput.class);
            try {
                context.sc().runJob(rdd.rdd(), new ScorePartition(scorer), results, tag);
            } catch (Exception e) { // Scala code throws the checked SparkException undeclared
                throw new SparkJobException("the Spark job failed after " + results.finished + " of " + planned
                        + " partitions (finished ones are kept in " + results.store.folder() + "; run again to "
                        + "resume): " + firstLine(e.getMessage()), e);
            }
        }
    }

    /** Before hours of scoring, not after: the merged output must be a file in an existing folder. */
    private static void checkOutput(SparkScoreRequest request) throws IOException {
        Path folder = request.output().toAbsolutePath().getParent();
        if (Files.isDirectory(request.output())) {
            throw new IOException(request.output() + ": cannot write: it is a folder");
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException(request.output() + ": cannot write: folder " + folder + " does not exist");
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no message";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /** The task: runs on an executor. */
    private static final class ScorePartition
            extends AbstractFunction2<TaskContext, scala.collection.Iterator<PartitionInput>, PartitionOutput>
            implements Serializable {
        private static final long serialVersionUID = 1L;
        private final PartitionScorer scorer;

        ScorePartition(PartitionScorer scorer) {
            this.scorer = scorer;
        }

        @Override
        public PartitionOutput apply(TaskContext task, scala.collection.Iterator<PartitionInput> inputs) {
            try {
                return scorer.score(task, CollectionConverters.asJava(inputs));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ScoringException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
    }

    /**
     * Runs on the driver as each partition comes back: keeps its new step probabilities (flushed, so a job killed
     * later still has them), writes its part and says so.
     */
    private static final class Results extends AbstractFunction2<Object, PartitionOutput, BoxedUnit> {
        final PartStore store;
        private final ScoreCache cache;
        private final int total;
        private final PrintStream log;
        private int finished;
        long scored;
        long fromEarlier;
        long skipped;
        long tokens;
        final List<String> messages = new ArrayList<>();

        Results(PartStore store, ScoreCache cache, int total, int reused, PrintStream log) {
            this.store = store;
            this.cache = cache;
            this.total = total;
            this.finished = reused;
            this.log = log;
        }

        @Override
        public BoxedUnit apply(Object sparkIndex, PartitionOutput out) {
            out.fresh().forEach(cache::put);
            cache.flush();
            try {
                store.writePart(out);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the part of partition " + out.index() + ": "
                        + e.getMessage(), e);
            }
            finished++;
            scored += out.scored();
            fromEarlier += out.reused();
            skipped += out.skipped();
            tokens += out.tokens();
            messages.addAll(out.messages());
            double seconds = out.nanos() / 1e9;
            log.println(String.format(Locale.ROOT, "spark: partition %d done (%d/%d): %d problems, %d solutions "
                            + "scored, %d scored before, %d not scored, %d tokens in %.1f s on executor %s (%s)",
                    out.index(), finished, total, out.lines().size(), out.scored(), out.reused(), out.skipped(),
                    out.tokens(), seconds, out.executor(), out.device()));
            return BoxedUnit.UNIT;
        }
    }
}
