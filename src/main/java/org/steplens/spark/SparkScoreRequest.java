package org.steplens.spark;

import java.nio.file.Path;
import org.steplens.model.Dataset;
import org.steplens.score.DevicePreference;

/**
 * What to score and where the results go.
 *
 * @param input      the file the dataset came from (for the manifest)
 * @param dataset    the loaded dataset
 * @param model      the model folder as the executors will see it (a shared path, or the name of a shipped copy);
 *                   the driver reads it too, to hash it
 * @param device     auto, cpu or cuda, as for {@code steplens score}
 * @param batchSize  solutions per forward pass, or null for the model's
 * @param partitions partitions, or null for one per {@value PartitionPlan#DEFAULT_SOLUTIONS_PER_PARTITION} solutions
 * @param work       the work folder for part files and the manifest (kept, so a restarted job resumes)
 * @param output     the merged native file
 */
public record SparkScoreRequest(Path input, Dataset dataset, Path model, DevicePreference device, Integer batchSize,
                                Integer partitions, Path work, Path output) {

    /** The work folder used when none is given: beside the output, named after it. */
    public static Path defaultWork(Path output) {
        Path absolute = output.toAbsolutePath();
        return absolute.resolveSibling(absolute.getFileName() + ".parts");
    }
}
