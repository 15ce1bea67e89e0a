package org.steplens.spark;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.SparkEnv;
import org.apache.spark.TaskContext;
import org.steplens.io.NativeLines;
import org.steplens.model.Dataset;
import org.steplens.model.Problem;
import org.steplens.score.DevicePreference;
import org.steplens.score.PrmModel;
import org.steplens.score.ScoreCache;
import org.steplens.score.ScoreProgress;
import org.steplens.score.ScoreResult;
import org.steplens.score.Scorer;
import org.steplens.score.ScoringException;

/**
 * The executor's half of the job: parses a partition's problems, scores those an earlier run has not scored with
 * the same {@link Scorer} the desktop uses on this executor's shared model, and returns the scored problems as
 * native lines with the new step probabilities.
 */
final class PartitionScorer implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String modelFolder;
    private final String modelHash;
    private final ModelFiles modelFiles;
    private final DevicePreference device;
    private final Integer batchSize;
    private final TaskHook hook;

    PartitionScorer(String modelFolder, String modelHash, ModelFiles modelFiles, DevicePreference device,
                    Integer batchSize, TaskHook hook) {
        this.modelFolder = modelFolder;
        this.modelHash = modelHash;
        this.modelFiles = modelFiles;
        this.device = device;
        this.batchSize = batchSize;
        this.hook = hook;
    }

    /** Scores the one {@link PartitionInput} a Spark partition of the job holds. */
    PartitionOutput score(TaskContext task, Iterator<PartitionInput> inputs) throws IOException, ScoringException {
        PartitionInput input = inputs.next();
        hook.beforeScoring(input.index(), task.attemptNumber());
        long start = System.nanoTime();
        List<Problem> problems = new ArrayList<>(input.lines().size());
        for (int i = 0; i < input.lines().size(); i++) {
            try {
                problems.add(NativeLines.parse(input.lines().get(i)));
            } catch (IOException e) {
                throw new IOException("partition " + input.index() + ", problem " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        PrmModel model = ExecutorModels.get(modelFolder, modelHash, modelFiles, device);
        int batch = batchSize != null ? batchSize : model.spec().batchSize();
        // The executor writes no cache file (it may not share the driver's disk): the scores of earlier runs come
        // with the partition, and the new ones go back to the driver, which keeps them in the work folder.
        ScoreCache cache = ScoreCache.inMemory(input.known());
        ScoreResult result = new Scorer(model, cache, batch).score(new Dataset("partition", "native", problems),
                ScoreProgress.NONE);
        List<String> lines = new ArrayList<>(problems.size());
        for (Problem p : result.dataset().problems()) {
            lines.add(NativeLines.toLine(p));
        }
        return new PartitionOutput(input.index(), input.fingerprint(), lines, new HashMap<>(cache.added()),
                result.messages(), result.scored(), result.fromCache(), result.skipped(), result.tokens(),
                model.device().describe(), SparkEnv.get().executorId(), System.nanoTime() - start);
    }
}
