package org.steplens.spark;

import java.util.Map;
import java.util.function.Supplier;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Starts the Spark context for a scoring run. {@code master} is a Spark master URL ({@code local[2]},
 * {@code spark://host:7077}, {@code yarn}, {@code k8s://...}) or {@value #FROM_SUBMIT} to keep what
 * {@code spark-submit --master} set. A local master binds to 127.0.0.1 only: nothing listens on the network.
 */
public final class SparkSessions {
    public static final String FROM_SUBMIT = "submit";

    private SparkSessions() {
    }

    /**
     * Starts the context on first {@link #get()}; {@link #close()} stops it if it was started. The job asks for it
     * only when there is work left, so a run that finds everything scored never starts Spark.
     */
    public static final class Lazy implements Supplier<JavaSparkContext>, AutoCloseable {
        private final String master;
        private JavaSparkContext context;

        public Lazy(String master) {
            this.master = master;
        }

        @Override
        public synchronized JavaSparkContext get() {
            if (context == null) {
                context = start(master, Map.of());
            }
            return context;
        }

        @Override
        public synchronized void close() {
            if (context != null) {
                context.stop();
                context = null;
            }
        }
    }

    /** @param extra further Spark settings (tests turn the UI off) */
    public static JavaSparkContext start(String master, Map<String, String> extra) {
        SparkConf conf = new SparkConf().setAppName("StepLens score");
        if (!FROM_SUBMIT.equals(master)) {
            conf.setMaster(master);
        }
        if (conf.get("spark.master", "").startsWith("local")) {
            conf.set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1");
        }
        extra.forEach(conf::set);
        return new JavaSparkContext(conf);
    }
}
