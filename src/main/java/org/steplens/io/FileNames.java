package org.steplens.io;

import java.nio.file.Path;
import java.util.Locale;

/** Names derived from file names (only for display and subsets, never for choosing a format). */
public final class FileNames {
    private FileNames() {
    }

    /** The file name without its extensions: {@code gsm8k.json.gz} → {@code gsm8k}. */
    public static String stem(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
