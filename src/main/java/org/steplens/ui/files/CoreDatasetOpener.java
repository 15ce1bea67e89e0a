package org.steplens.ui.files;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.steplens.io.DatasetLoader;
import org.steplens.io.LoadError;
import org.steplens.io.LoadProgress;
import org.steplens.io.LoadResult;

/**
 * Opens files with the core's loader: format from content, errors by line, problems reported as they complete.
 * A file that is missing or unreadable among several is reported as a load error and the others still open.
 */
public final class CoreDatasetOpener implements DatasetOpener {
    @Override
    public LoadResult open(List<Path> files, LoadProgress progress) throws Exception {
        List<Path> readable = new ArrayList<>();
        List<LoadError> missing = new ArrayList<>();
        for (Path f : files) {
            if (Files.isRegularFile(f) && Files.isReadable(f)) {
                readable.add(f);
            } else {
                missing.add(new LoadError(f, 0, !Files.exists(f) ? "file not found"
                        : Files.isDirectory(f) ? "is a folder, not a data file" : "file is not readable"));
            }
        }
        if (readable.isEmpty() || missing.isEmpty()) {
            return DatasetLoader.loadAll(files, progress); // one error path when nothing (or everything) is readable
        }
        LoadResult loaded = DatasetLoader.loadAll(readable, progress);
        List<LoadError> errors = new ArrayList<>(missing);
        errors.addAll(loaded.errors());
        return new LoadResult(loaded.dataset(), loaded.format(), errors);
    }
}
