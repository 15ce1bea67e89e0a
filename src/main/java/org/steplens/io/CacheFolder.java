package org.steplens.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * StepLens's per-user cache folder, {@code $XDG_CACHE_HOME/steplens}, else {@code ~/.cache/steplens}
 * ({@code -Dsteplens.cache} overrides), and the process's temporary folder inside it.
 */
public final class CacheFolder {
    private CacheFolder() {
    }

    public static Path folder() {
        return org.steplens.io.cache.CacheFolders.user();
    }

    /**
     * Keeps temporary files in StepLens's cache: the launcher starts the JVM with {@code -Djava.io.tmpdir} set to
     * {@code tmp/PID} inside it (the JDK fixes that property at start-up), so that what libraries put in "the"
     * temporary folder (AWT's and JavaFX's copies of fonts loaded from streams, ONNX Runtime's loader folder) stays
     * there. This removes the folders of earlier processes that are gone (killed ones leave theirs), deletes this
     * process's folder when it exits, and keeps JavaFX's native libraries in the cache too. Call first thing in
     * {@code main}.
     */
    public static void useForTemporaryFiles() {
        try {
            Path tmp = folder().resolve("tmp");
            if (System.getProperty("javafx.cachedir") == null) {
                System.setProperty("javafx.cachedir", folder().resolve("openjfx").toString());
            }
            if (!Files.isDirectory(tmp)) {
                return;
            }
            removeFoldersOfEndedProcesses(tmp);
            Path mine = tmp.resolve(Long.toString(ProcessHandle.current().pid()));
            if (Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize().equals(mine.toAbsolutePath())) {
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(mine), "steplens-tmp-cleanup"));
            }
        } catch (IOException | RuntimeException e) {
            // nothing else depends on this
        }
    }

    /**
     * This process's temporary folder inside the cache ({@code tmp/PID}), created when missing. Whatever a killed
     * process leaves there is removed by the next start ({@link #useForTemporaryFiles}).
     */
    public static Path processTemporaryFolder() throws IOException {
        return Files.createDirectories(folder().resolve("tmp").resolve(Long.toString(ProcessHandle.current().pid())));
    }

    static void removeFoldersOfEndedProcesses(Path tmp) throws IOException {
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(tmp)) {
            for (Path f : folders) {
                String name = f.getFileName().toString();
                if (name.matches("\\d{1,10}") && ProcessHandle.of(Long.parseLong(name)).isEmpty()) {
                    deleteTree(f);
                }
            }
        }
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | RuntimeException e) {
            // best effort: the next start tries again
        }
    }
}
