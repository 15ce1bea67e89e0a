package org.steplens.spark;

import java.io.Serializable;
import java.util.List;

/**
 * What an executor sends back for one partition: the scored problems as native lines (same order as the input),
 * the scorer's messages, and counts for the progress line.
 */
record PartitionOutput(int index, String fingerprint, List<String> lines, List<String> messages, int scored,
                       int skipped, long tokens, String device, String executor, long nanos)
        implements Serializable {
}
