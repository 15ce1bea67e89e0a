package org.steplens.ui.shell;

import java.nio.file.Path;
import java.util.List;
import org.steplens.io.LoadProgress;
import org.steplens.io.LoadResult;

/**
 * Opens files with the core's loader (org.steplens.io.DatasetLoader). TEMPORARY until that class is on main:
 * it reports that reading files is not available yet instead of guessing at formats here.
 */
public final class CoreDatasetOpener implements DatasetOpener {
    @Override
    public LoadResult open(List<Path> files, LoadProgress progress) throws Exception {
        throw new UnsupportedOperationException("this build cannot read files yet (the loader has not landed)");
    }
}
