package org.steplens.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Checks on the files a command reads, so that an output never replaces one of them. */
final class Inputs {
    private Inputs() {
    }

    /** Whether {@code output} is the same file as one of {@code inputs} or {@code extra} (following links). */
    static boolean isAnyOf(Path output, List<Path> inputs, Path extra) {
        if (!Files.exists(output)) {
            return false;
        }
        for (Path in : inputs) {
            if (same(output, in)) {
                return true;
            }
        }
        return extra != null && same(output, extra);
    }

    private static boolean same(Path a, Path b) {
        try {
            return Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
