package org.steplens.spark;

/**
 * Whether Spark is on the class path. The desktop app ships without it (Spark is a provided dependency); this
 * class touches no Spark type, so callers can ask before loading any class that does.
 */
public final class SparkSupport {
    private SparkSupport() {
    }

    public static boolean available() {
        try {
            Class.forName("org.apache.spark.api.java.JavaSparkContext", false, SparkSupport.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** What to tell a user who asked for Spark without it. */
    public static String missingMessage() {
        return "Spark is not on the class path: run the job jar with spark-submit (build it with "
                + "./mvnw -Pspark-job package), or start StepLens with SPARK_HOME set to a Spark 4.1 installation; "
                + "see docs/spark.md";
    }
}
