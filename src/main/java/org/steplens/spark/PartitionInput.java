package org.steplens.spark;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One partition of the job as it travels to an executor: whole problems as native lines, in input order, and the
 * step probabilities an earlier run already computed for some of its solutions.
 *
 * @param index       the partition's place in the plan (0-based)
 * @param fingerprint hash of the model and the lines: the part file of an earlier run with the same fingerprint
 *                    holds exactly this partition's scores
 * @param lines       one native JSONL line per problem
 * @param known       step probabilities of solutions scored before, by {@code ScoreCache.key}: the executor scores
 *                    only the others
 */
record PartitionInput(int index, String fingerprint, List<String> lines, HashMap<String, double[]> known)
        implements Serializable {

    PartitionInput(int index, String fingerprint, List<String> lines) {
        this(index, fingerprint, lines, new HashMap<>());
    }

    /** The same partition carrying {@code scores}. */
    PartitionInput withKnown(Map<String, double[]> scores) {
        return new PartitionInput(index, fingerprint, lines, new HashMap<>(scores));
    }
}
