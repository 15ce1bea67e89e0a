package org.steplens.score;

import java.nio.file.Path;
import org.steplens.io.cache.CacheFolders;

/** The per-user cache folder: {@code $XDG_CACHE_HOME/steplens}, else {@code ~/.cache/steplens}. */
public final class UserCache {
    private UserCache() {
    }

    public static Path folder() {
        return CacheFolders.user();
    }
}
