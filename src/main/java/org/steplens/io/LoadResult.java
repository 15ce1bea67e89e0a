package org.steplens.io;

import java.util.List;
import org.steplens.model.Dataset;

/**
 * What a load produced: every readable record, and one error for each record that was not.
 *
 * @param dataset the readable records
 * @param format  the detected format's display name, e.g. "ProcessBench"
 * @param errors  the unreadable records, in file order
 */
public record LoadResult(Dataset dataset, String format, List<LoadError> errors) {

    public LoadResult {
        errors = List.copyOf(errors);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
