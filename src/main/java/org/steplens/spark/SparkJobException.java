package org.steplens.spark;

/** The Spark job failed (a partition failed more often than Spark retries it); finished parts are kept. */
public final class SparkJobException extends Exception {
    private static final long serialVersionUID = 1L;

    SparkJobException(String message, Throwable cause) {
        super(message, cause);
    }
}
