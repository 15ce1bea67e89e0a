package org.steplens.ui.files;

import java.nio.file.Path;
import java.util.List;
import org.steplens.io.LoadProgress;
import org.steplens.io.LoadResult;

/** How the window reads files: the core's loader in the application, something small in tests. Called off the FX thread. */
@FunctionalInterface
public interface DatasetOpener {
    LoadResult open(List<Path> files, LoadProgress progress) throws Exception;
}
