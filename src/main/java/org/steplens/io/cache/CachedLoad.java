package org.steplens.io.cache;

import java.util.List;
import org.steplens.model.Dataset;

/**
 * What the cache keeps of one loaded file: the dataset, the detected format, and the records that could not be
 * read (so a reopen reports the same errors).
 */
public record CachedLoad(Dataset dataset, String format, List<Error> errors) {
    public CachedLoad {
        errors = List.copyOf(errors);
    }

    /** One unreadable record: 1-based line (0 for the whole file) and reason. */
    public record Error(long line, String reason) {
    }
}
