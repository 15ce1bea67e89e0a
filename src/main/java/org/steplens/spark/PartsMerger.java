package org.steplens.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.steplens.io.DatasetLoader;
import org.steplens.io.LoadProgress;
import org.steplens.io.LoadResult;
import org.steplens.io.NativeJsonlWriter;
import org.steplens.model.Problem;

/**
 * The merge step: the manifest's part files, in partition order, into one native file, written the way
 * {@code steplens score -o} writes it (so the two are byte for byte the same). Every part is read back and
 * checked first; a missing or damaged part stops the merge and leaves the target untouched.
 */
final class PartsMerger {
    private PartsMerger() {
    }

    /** @return problems written */
    static int merge(PartStore store, Path target) throws IOException {
        int written = 0;
        try (NativeJsonlWriter out = NativeJsonlWriter.open(target)) {
            for (PartStore.Entry e : store.readManifest()) {
                Path part = store.folder().resolve(e.file());
                if (!Files.isRegularFile(part)) {
                    throw new IOException(part + ": missing: partition " + e.index()
                            + " is not scored yet; run the job again to finish it");
                }
                LoadResult loaded = DatasetLoader.load(part, LoadProgress.NONE);
                if (loaded.hasErrors()) {
                    throw new IOException(loaded.errors().get(0).toString());
                }
                if (loaded.dataset().problemCount() != e.problems()) {
                    throw new IOException(part + ": holds " + loaded.dataset().problemCount() + " problems, the manifest "
                            + "says " + e.problems());
                }
                for (Problem p : loaded.dataset().problems()) {
                    out.write(p);
                    written++;
                }
            }
            out.commit();
        }
        return written;
    }
}
