package org.steplens.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The model folder's file names and sizes, as the driver sees them: an executor checks its copy against it before
 * scoring. Not the model hash itself: that counts the modification time of large weight files, which a copy
 * shipped with {@code --archives} does not keep.
 */
record ModelFiles(Map<String, Long> sizes) implements Serializable {

    static ModelFiles of(Path dir) {
        Map<String, Long> sizes = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                sizes.put(f.getFileName().toString(), Files.size(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot list the model folder: " + e.getMessage(), e);
        }
        return new ModelFiles(sizes);
    }

    /** @return null when {@code dir} holds the same files with the same sizes, else what differs */
    String differenceFrom(Path dir) {
        Map<String, Long> there = of(dir).sizes();
        for (Map.Entry<String, Long> e : sizes.entrySet()) {
            Long size = there.get(e.getKey());
            if (size == null) {
                return e.getKey() + " is missing";
            }
            if (!size.equals(e.getValue())) {
                return e.getKey() + " has " + size + " bytes, the driver's " + e.getValue();
            }
        }
        return null;
    }
}
