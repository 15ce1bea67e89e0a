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
    private static Path processFolder;

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
            if (launcherFolder(tmp) != null) {
                processTemporaryFolder(); // deleted at exit
            }
        } catch (IOException | RuntimeException e) {
            // nothing else depends on this
        }
    }

    /**
     * This process's temporary folder inside the cache: the launcher's ({@code java.io.tmpdir}, {@code tmp/PID} of
     * the shell that started this JVM), else {@code tmp/PID} of this JVM. Created when missing and deleted when the
     * process exits; what a killed process leaves is removed by the next start ({@link #useForTemporaryFiles}).
     */
    public static synchronized Path processTemporaryFolder() throws IOException {
        if (processFolder == null) {
            Path tmp = folder().resolve("tmp");
            Path launcher = launcherFolder(tmp);
            Path mine = launcher != null ? launcher : tmp.resolve(Long.toString(ProcessHandle.current().pid()));
            Files.createDirectories(mine);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(mine), "steplens-tmp-cleanup"));
            processFolder = mine;
        }
        return processFolder;
    }

    /** {@code java.io.tmpdir} when the launcher put it in {@code tmp} (its folder for this process); else null. */
    private static Path launcherFolder(Path tmp) {
        Path given = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        return tmp.toAbsolutePath().normalize().equals(given.getParent()) ? given : null;
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
