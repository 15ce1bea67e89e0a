/**
 * Scores a whole dataset on Apache Spark with the same model folder, conventions and {@link
 * org.steplens.score.Scorer} as the desktop: the driver cuts the dataset into partitions of whole problems, each
 * executor opens the model once ({@link org.steplens.spark.ExecutorModels}) and scores its partitions, and the
 * driver writes one native part file per finished partition plus a manifest, then merges them into one native
 * file. Parts are named by a fingerprint of model and text, so a restarted job skips what is done.
 *
 * <pre>{@code
 * try (SparkSessions.Lazy spark = new SparkSessions.Lazy("local[2]")) {   // started only if work is left
 *     SparkScoreSummary s = new SparkScoreJob(spark, System.err).run(request);
 * }
 * }</pre>
 *
 * Spark is a provided dependency: check {@link org.steplens.spark.SparkSupport#available()} before touching
 * any other class here. No JavaFX.
 */
package org.steplens.spark;
