package org.steplens.spark;

import java.io.Serializable;

/**
 * Called in each task before its partition is scored. The job runs with {@link #NONE}; the resume tests use it to
 * make a partition fail (once, or always) the way a lost executor or a killed job does.
 */
@FunctionalInterface
interface TaskHook extends Serializable {
    TaskHook NONE = (partition, attempt) -> { };

    void beforeScoring(int partition, int attempt);
}
