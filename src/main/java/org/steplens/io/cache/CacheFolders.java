package org.steplens.io.cache;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where StepLens may keep caches: the per-user folder, or a folder beside the data. */
public final class CacheFolders {
    /** System property naming a cache folder to use instead of the user's (tests point it into target/). */
    public static final String OVERRIDE_PROPERTY = "steplens.cache";
    /** The folder beside a data file that holds its caches. */
    public static final String BESIDE_DATA = ".steplens-cache";

    private CacheFolders() {
    }

    /** {@code -Dsteplens.cache}, else {@code $XDG_CACHE_HOME/steplens}, else {@code ~/.cache/steplens}. */
    public static Path user() {
        Path override = override();
        if (override != null) {
            return override;
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "steplens");
        }
        return Path.of(System.getProperty("user.home"), ".cache", "steplens");
    }

    /** The override folder, or null. */
    static Path override() {
        String value = System.getProperty(OVERRIDE_PROPERTY);
        return value == null || value.isBlank() ? null : Path.of(value);
    }

    /**
     * The folder for {@code kind} caches of {@code source}: under the override when set, else beside the data when
     * its folder is writable, else in the user's cache folder.
     */
    public static Path forSource(Path source, String kind) {
        Path override = override();
        if (override != null) {
            return override.resolve(kind);
        }
        Path parent = source.toAbsolutePath().getParent();
        if (parent != null && Files.isWritable(parent)) {
            return parent.resolve(BESIDE_DATA).resolve(kind);
        }
        return user().resolve(kind);
    }
}
