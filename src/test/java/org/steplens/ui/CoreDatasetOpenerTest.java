package org.steplens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steplens.io.LoadError;
import org.steplens.io.LoadProgress;
import org.steplens.io.LoadResult;
import org.steplens.ui.files.CoreDatasetOpener;

/** Issue 18 #10: one missing file among several no longer stops the GUI from opening the others. */
class CoreDatasetOpenerTest {
    static final Path DATA = Path.of("src/test/resources/data");

    @TempDir
    Path dir;

    @Test
    void theReadableFilesOpenAndTheMissingOneIsReported() throws Exception {
        Path prm800k = DATA.resolve("prm800k/samples_prm800k.jsonl");
        Path math500 = DATA.resolve("math500/test.jsonl");
        Path missing = dir.resolve("gone.jsonl");
        LoadResult r = new CoreDatasetOpener().open(List.of(prm800k, missing, math500), LoadProgress.NONE);
        assertEquals(506, r.dataset().problemCount());
        assertEquals(List.of(new LoadError(missing, 0, "file not found")), r.errors());
        LoadResult withFolder = new CoreDatasetOpener().open(List.of(prm800k, dir), LoadProgress.NONE);
        assertEquals(List.of(new LoadError(dir, 0, "is a folder, not a data file")), withFolder.errors());
        assertThrows(NoSuchFileException.class, () -> new CoreDatasetOpener().open(List.of(missing), LoadProgress.NONE),
                "a single missing file is still the load's own failure, shown as before");
    }
}
