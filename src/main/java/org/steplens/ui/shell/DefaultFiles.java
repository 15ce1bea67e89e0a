package org.steplens.ui.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Which file the app opens when started without arguments: the bundled sample under {@code steplens.home}. */
public final class DefaultFiles {
    /** The scored sample the launcher opens by default, relative to the StepLens home. */
    public static final String DEFAULT_SAMPLE = "samples/default.steplens.jsonl";

    private DefaultFiles() {
    }

    /** Real scored samples with PRM step probabilities, opened when the default sample is absent. */
    public static final String SCORED_SAMPLES = "samples/lightman";

    /**
     * {@code samples/default.steplens.jsonl}; else the scored Lightman records in {@code samples/lightman} (real PRM
     * step probabilities, so the window opens on coloured steps); else the first data file under {@code samples/};
     * else nothing.
     */
    public static List<Path> find(Path home) {
        Path preferred = home.resolve(DEFAULT_SAMPLE);
        if (Files.isReadable(preferred)) {
            return List.of(preferred);
        }
        List<Path> scored = dataFiles(home.resolve(SCORED_SAMPLES), 1);
        if (!scored.isEmpty()) {
            return scored;
        }
        return dataFiles(home.resolve("samples"), 3).stream().limit(1).toList();
    }

    private static List<Path> dataFiles(Path dir, int depth) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir, depth)) {
            return files.filter(Files::isRegularFile).filter(Files::isReadable).filter(p -> {
                String n = p.getFileName().toString();
                return n.endsWith(".jsonl") || n.endsWith(".json");
            }).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The bundled models' folder, relative to the StepLens home. */
    public static final String MODELS = "samples/models";

    /**
     * Where the model chooser starts: {@code samples/models} beside the app when it exists, else the parent of the
     * model folder last used ({@code lastUsed}, may be null) when that still exists, else empty (the system's choice).
     */
    public static java.util.Optional<Path> modelChooserStart(Path home, String lastUsed) {
        Path bundled = home.resolve(MODELS);
        if (Files.isDirectory(bundled)) {
            return java.util.Optional.of(bundled.toAbsolutePath().normalize());
        }
        if (lastUsed != null && !lastUsed.isBlank()) {
            Path parent = Path.of(lastUsed).toAbsolutePath().getParent();
            if (parent != null && Files.isDirectory(parent)) {
                return java.util.Optional.of(parent);
            }
        }
        return java.util.Optional.empty();
    }

    /** The home directory: the {@code steplens.home} system property, else the working directory. */
    public static Path home() {
        return Path.of(System.getProperty("steplens.home", "."));
    }
}
