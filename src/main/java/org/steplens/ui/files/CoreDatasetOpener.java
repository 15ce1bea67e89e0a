package org.steplens.ui.files;

import java.nio.file.Path;
import java.util.List;
import org.steplens.io.DatasetLoader;
import org.steplens.io.LoadProgress;
import org.steplens.io.LoadResult;

/** Opens files with the core's loader: format from content, errors by line, problems reported as they complete. */
public final class CoreDatasetOpener implements DatasetOpener {
    @Override
    public LoadResult open(List<Path> files, LoadProgress progress) throws Exception {
        return DatasetLoader.loadAll(files, progress);
    }
}
