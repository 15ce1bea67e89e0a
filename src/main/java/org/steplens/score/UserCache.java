package org.steplens.score;

import java.nio.file.Path;
import org.steplens.io.CacheFolder;

/** The per-user cache folder (see {@link CacheFolder}). */
final class UserCache {
    private UserCache() {
    }

    static Path folder() {
        return CacheFolder.folder();
    }
}
