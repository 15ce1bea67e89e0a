package org.steplens.spark;

import java.io.Serializable;
import java.util.List;

/**
 * One partition of the job as it travels to an executor: whole problems as native lines, in input order.
 *
 * @param index       the partition's place in the plan (0-based)
 * @param fingerprint hash of the model and the lines: the part file of an earlier run with the same fingerprint
 *                    holds exactly this partition's scores
 * @param lines       one native JSONL line per problem
 */
record PartitionInput(int index, String fingerprint, List<String> lines) implements Serializable {
}
