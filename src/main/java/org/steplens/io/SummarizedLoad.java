package org.steplens.io;

import java.util.List;

/**
 * What {@code info} prints of a file: its summary and the records that could not be read. From a big file's cache
 * it costs a few kilobytes of reading; otherwise the file is loaded and summarised.
 */
public record SummarizedLoad(DatasetSummary summary, List<LoadError> errors) {
    public SummarizedLoad {
        errors = List.copyOf(errors);
    }

    /** Nothing could be read: no problem, and errors saying why. */
    public boolean nothingRead() {
        return summary.problems() == 0 && !errors.isEmpty();
    }
}
