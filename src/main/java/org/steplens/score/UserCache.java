package org.steplens.score;

import java.nio.file.Path;

/** The per-user cache folder: {@code $XDG_CACHE_HOME/steplens}, else {@code ~/.cache/steplens}. */
public final class UserCache {
    private UserCache() {
    }

    public static Path folder() {
        String override = System.getProperty("steplens.cache");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "steplens");
        }
        return Path.of(System.getProperty("user.home"), ".cache", "steplens");
    }
}
