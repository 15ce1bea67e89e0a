package org.steplens.spark;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;

/**
 * What an executor sends back for one partition: the scored problems as native lines (same order as the input),
 * the step probabilities it computed (for the driver's score cache), the scorer's messages, and counts for the
 * progress line.
 *
 * @param fresh     step probabilities computed by this task, by {@code ScoreCache.key}
 * @param scored    solutions run through the model
 * @param reused    solutions whose probabilities came with the partition (scored by an earlier run)
 * @param skipped   solutions that could not be scored
 */
record PartitionOutput(int index, String fingerprint, List<String> lines, HashMap<String, double[]> fresh,
                       List<String> messages, int scored, int reused, int skipped, long tokens, String device,
                       String executor, long nanos)
        implements Serializable {
}
