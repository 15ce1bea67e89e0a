package org.steplens.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkFiles;

/**
 * Finds the model folder on an executor: the path as given (a shared path, or local mode), else a copy shipped
 * with the job, which Spark puts under its files root ({@code --files}) or extracts into the executor's working
 * folder ({@code --archives tiny-prm.zip#tiny-prm}) under the folder's name.
 */
final class ModelLocation {
    private ModelLocation() {
    }

    static Path resolve(String given) {
        Path path = Path.of(given);
        if (Files.isDirectory(path)) {
            return path;
        }
        String name = path.getFileName() == null ? given : path.getFileName().toString();
        List<Path> tried = new ArrayList<>();
        tried.add(path.toAbsolutePath());
        List<Path> candidates = new ArrayList<>();
        try {
            candidates.add(Path.of(SparkFiles.getRootDirectory(), name));
        } catch (RuntimeException e) {
            // no SparkEnv (not inside a Spark task): only the path itself and the working folder apply
        }
        candidates.add(Path.of(name).toAbsolutePath());
        for (Path c : candidates) {
            if (Files.isDirectory(c)) {
                return c;
            }
            tried.add(c);
        }
        throw new IllegalStateException("model folder " + given + " not found on this executor (tried " + tried
                + "); give a path every executor can read, or ship it with --archives model.zip#" + name);
    }
}
