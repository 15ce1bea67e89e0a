package org.steplens.ui.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Which file the app opens when started without arguments: the bundled sample under {@code steplens.home}. */
public final class DefaultFiles {
    /** The scored sample the launcher opens by default, relative to the StepLens home. */
    public static final String DEFAULT_SAMPLE = "samples/default.steplens.jsonl";

    private DefaultFiles() {
    }

    /** {@code samples/default.steplens.jsonl}, else the first readable data file in {@code samples/}, else empty. */
    public static Optional<Path> find(Path home) {
        Path preferred = home.resolve(DEFAULT_SAMPLE);
        if (Files.isReadable(preferred)) {
            return Optional.of(preferred);
        }
        Path samples = home.resolve("samples");
        if (!Files.isDirectory(samples)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(samples)) {
            List<Path> candidates = files.filter(Files::isRegularFile).filter(Files::isReadable)
                    .filter(p -> {
                        String n = p.getFileName().toString();
                        return n.endsWith(".jsonl") || n.endsWith(".json");
                    }).sorted().toList();
            return candidates.stream().findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The home directory: the {@code steplens.home} system property, else the working directory. */
    public static Path home() {
        return Path.of(System.getProperty("steplens.home", "."));
    }
}
