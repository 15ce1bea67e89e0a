package org.steplens.logging;

import java.nio.file.Path;
import org.steplens.score.UserCache;

/**
 * Where StepLens writes its log: {@code -Dsteplens.log.dir}, else {@code $STEPLENS_LOG_DIR}, else the {@code logs}
 * folder of the user cache (~/.cache/steplens/logs). Tests point the property at a temporary folder.
 */
public final class LogFolder {
    public static final String PROPERTY = "steplens.log.dir";
    public static final String ENVIRONMENT = "STEPLENS_LOG_DIR";
    public static final String FILE_NAME = "steplens.log";

    private LogFolder() {
    }

    public static Path path() {
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String env = System.getenv(ENVIRONMENT);
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return UserCache.folder().resolve("logs");
    }

    /** The current log file; older ones are {@code steplens.1.log} to {@code steplens.3.log}. */
    public static Path file() {
        return path().resolve(FILE_NAME);
    }
}
