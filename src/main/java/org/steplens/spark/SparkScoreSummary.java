package org.steplens.spark;

import java.util.List;

/**
 * What a run did.
 *
 * @param partitions partitions in the plan
 * @param reused     partitions already scored by an earlier run (skipped)
 * @param scored     solutions run through the model in this run
 * @param fromEarlier solutions in the partitions scored in this run whose step probabilities an earlier run had
 *                   computed (kept in the work folder's score cache), so they were not scored again
 * @param skipped    solutions that could not be scored (messages say why)
 * @param tokens     tokens run through the model in this run
 * @param messages   the scorer's messages, partition by partition
 * @param problems   problems in the merged output
 */
public record SparkScoreSummary(int partitions, int reused, long scored, long fromEarlier, long skipped, long tokens,
                                List<String> messages, int problems) {
}
