package org.steplens.io;

import java.nio.file.Path;

/**
 * One record that could not be read.
 *
 * @param file   the file
 * @param line   1-based line number (for a JSON array file, the line where the record starts); 0 for the whole file
 * @param reason what was wrong, e.g. {@code steps[3].rating is "yes", expected -1, 0 or 1}
 */
public record LoadError(Path file, long line, String reason) {

    /** {@code file:line: reason}, or {@code file: reason} for a whole-file error. */
    public String message() {
        return line > 0 ? file + ":" + line + ": " + reason : file + ": " + reason;
    }

    @Override
    public String toString() {
        return message();
    }
}
