package org.steplens.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;
import org.steplens.model.Dataset;
import org.steplens.score.DevicePreference;
import org.steplens.score.ModelFolderException;
import org.steplens.spark.SparkJobException;
import org.steplens.spark.SparkScoreJob;
import org.steplens.spark.SparkScoreRequest;
import org.steplens.spark.SparkScoreSummary;
import org.steplens.spark.SparkSessions;
import org.steplens.spark.SparkSupport;

/** {@code steplens score ... --spark MASTER}: the same scoring on Spark, merged into {@code -o}. */
final class SparkScoreRun {
    private SparkScoreRun() {
    }

    static int run(ScoreCommand c, Dataset dataset, DevicePreference device, PrintStream err) {
        if (c.output == null) {
            err.println("StepLens: --spark needs -o OUT.jsonl (the merged result)");
            return 2;
        }
        if (c.partitions != null && c.partitions < 1) {
            err.println("StepLens: --partitions must be at least 1, got " + c.partitions);
            return 2;
        }
        if (!SparkSupport.available()) {
            err.println("StepLens: " + SparkSupport.missingMessage());
            return 1;
        }
        return runWithSpark(c, dataset, device, err);
    }

    /** Separate from {@link #run} so that no Spark class is loaded before Spark's presence is checked. */
    private static int runWithSpark(ScoreCommand c, Dataset dataset, DevicePreference device, PrintStream err) {
        SparkScoreRequest request = new SparkScoreRequest(c.file, dataset, c.model, device, c.batchSize, c.partitions,
                c.work != null ? c.work : SparkScoreRequest.defaultWork(c.output), c.output);
        long start = System.nanoTime();
        try (SparkSessions.Lazy spark = new SparkSessions.Lazy(c.spark)) {
            SparkScoreSummary s = new SparkScoreJob(spark, err).run(request);
            for (String m : s.messages()) {
                err.println(m);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            err.println(String.format(Locale.ROOT, "scored %d solutions in %d of %d partitions (%d partitions and %d "
                            + "solutions already scored), %d not scored; %d tokens in %.1f s", s.scored(),
                    s.partitions() - s.reused(), s.partitions(), s.reused(), s.fromEarlier(), s.skipped(), s.tokens(),
                    seconds));
            err.println("wrote " + c.output + " (" + s.problems() + " problems)");
            return 0;
        } catch (ModelFolderException e) {
            err.println("StepLens: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("StepLens: " + e.getMessage());
            return 1;
        } catch (SparkJobException e) {
            err.println("StepLens: " + e.getMessage());
            return 1;
        }
    }
}
