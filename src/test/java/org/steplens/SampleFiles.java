package org.steplens;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The data files a user finds in samples/: everything but the bundled model, READMEs and hidden folders (caches). */
public final class SampleFiles {
    public static final Path SAMPLES = Path.of("samples");

    private SampleFiles() {
    }

    public static List<Path> all() throws IOException {
        try (Stream<Path> files = Files.walk(SAMPLES)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.startsWith(SAMPLES.resolve("models")))
                    .filter(f -> !f.startsWith(SAMPLES.resolve("tools")))
                    .filter(f -> !f.getFileName().toString().equals("README.md"))
                    .filter(f -> !insideHiddenFolder(SAMPLES.relativize(f)))
                    .sorted().toList();
        }
    }

    private static boolean insideHiddenFolder(Path relative) {
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            if (relative.getName(i).toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
