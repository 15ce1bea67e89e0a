package org.steplens.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.Duration;
import ch.qos.logback.core.util.FileSize;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;

/**
 * Logback's configuration, found through {@code META-INF/services}: one size-rotated file in {@link LogFolder}
 * ({@value #MAX_SIZE} each, {@value #KEPT} old files kept), nothing on the console, so headless commands print
 * only their own output. Libraries (DJL's tokenizers and the like) log warnings and worse only.
 * When the folder cannot be created, logging is off rather than noisy.
 */
public final class LogSetup extends ContextAwareBase implements Configurator {
    static final String MAX_SIZE = "5MB";
    static final int KEPT = 3;
    static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        configure(context, LogFolder.path(), FileSize.valueOf(MAX_SIZE), null);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /**
     * @param checkEvery how often the file size is looked at; null for logback's default (every 60 ms at most)
     */
    static void configure(LoggerContext context, Path folder, FileSize maxSize, Duration checkEvery) {
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        context.getLogger("org.steplens").setLevel(Level.INFO);
        try {
            Files.createDirectories(folder);
        } catch (IOException | SecurityException e) {
            root.setLevel(Level.OFF);
            return;
        }
        if (!Files.isWritable(folder)) {
            root.setLevel(Level.OFF);
            return;
        }
        root.addAppender(fileAppender(context, folder, maxSize, checkEvery));
    }

    private static RollingFileAppender<ILoggingEvent> fileAppender(LoggerContext context, Path folder, FileSize maxSize,
                                                                   Duration checkEvery) {
        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("file");
        file.setFile(folder.resolve(LogFolder.FILE_NAME).toString());

        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(file);
        // logback reads '\' and '%' in a file name pattern as syntax
        String base = folder.toAbsolutePath().toString().replace('\\', '/').replace("%", "\\%");
        rolling.setFileNamePattern(base + "/steplens.%i.log");
        rolling.setMinIndex(1);
        rolling.setMaxIndex(KEPT);
        rolling.start();

        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(maxSize);
        if (checkEvery != null) {
            trigger.setCheckIncrement(checkEvery);
        }
        trigger.start();

        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();

        file.setRollingPolicy(rolling);
        file.setTriggeringPolicy(trigger);
        file.setEncoder(encoder);
        file.start();
        return file;
    }
}
