package org.steplens.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.util.Duration;
import ch.qos.logback.core.util.FileSize;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class LogSetupTest {

    @Test
    void slf4jWritesIntoTheConfiguredFolderAndNotTheConsole() throws IOException {
        // surefire points steplens.log.dir at target/test-logs: tests never write into the real home
        Path folder = LogFolder.path();
        assertFalse(folder.startsWith(Path.of(System.getProperty("user.home"), ".cache")), folder::toString);
        String marker = "marker " + UUID.randomUUID();
        LoggerFactory.getLogger("org.steplens.logging.test").info(marker);
        LoggerFactory.getLogger("ai.djl.test").info("library chatter " + marker);
        String log = Files.readString(LogFolder.file());
        assertTrue(log.contains(" INFO  [") && log.contains(marker), "our info lines are kept");
        assertFalse(log.contains("library chatter " + marker), "libraries log warnings and worse only");

        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        List<String> appenders = new ArrayList<>();
        context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().forEachRemaining(a -> appenders.add(a.getName()));
        assertEquals(List.of("file"), appenders, "no console appender");
    }

    @Test
    void theFileRotatesBySizeAndKeepsAFewOldOnes(@TempDir Path tmp) throws IOException {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        LogSetup.configure(context, tmp.resolve("logs"), new FileSize(2_000), Duration.buildByMilliseconds(0));
        ch.qos.logback.classic.Logger log = context.getLogger("org.steplens.rotation");
        String line = "x".repeat(200);
        for (int i = 0; i < 200; i++) {
            log.info("{} {}", i, line);
        }
        context.stop();
        try (Stream<Path> files = Files.list(tmp.resolve("logs"))) {
            assertEquals(List.of("steplens.1.log", "steplens.2.log", "steplens.3.log", "steplens.log"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertTrue(Files.size(tmp.resolve("logs/steplens.1.log")) < 4_000, "rotated near the size limit");
        assertTrue(Files.readString(tmp.resolve("logs/steplens.log")).contains("199 x"), "the newest lines are current");
    }

    @Test
    void anUnwritableFolderTurnsLoggingOffQuietly(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("not-a-folder"), "");
        LoggerContext context = new LoggerContext();
        LogSetup.configure(context, file.resolve("logs"), new FileSize(2_000), null);
        assertEquals(Level.OFF, context.getLogger(Logger.ROOT_LOGGER_NAME).getLevel());
        assertFalse(context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext());
    }
}
