package org.steplens.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;

/**
 * Where a command writes its result ({@code -o}): a file (replaced atomically, symbolic links written through, see
 * {@link AtomicWrite}), a device or pipe (streamed to), or {@code -} for standard output. Every command that writes
 * goes through this, so the rules are the same everywhere: an input file is never overwritten unless forced.
 */
public final class OutputTarget {
    /** The name that means standard output. */
    public static final String STDOUT = "-";

    private final Path path;
    private final boolean createFolders;

    private OutputTarget(Path path, boolean createFolders) {
        this.path = path;
        this.createFolders = createFolders;
    }

    /** {@code -} means standard output; anything else is a path, whose folder must exist. */
    public static OutputTarget of(Path path) {
        return new OutputTarget(STDOUT.equals(path.toString()) ? null : path, false);
    }

    /** The same target, creating its folder when missing (figure exports); commands do not. */
    public OutputTarget creatingFolders() {
        return new OutputTarget(path, true);
    }

    public boolean isStdout() {
        return path == null;
    }

    /** The path as given, or empty for standard output. */
    public java.util.Optional<Path> path() {
        return java.util.Optional.ofNullable(path);
    }

    /** Whether the output is gzip-compressed (by its name, {@code .gz}). */
    public boolean gzip() {
        return path != null && path.getFileName() != null
                && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    /**
     * Refuses to write over one of {@code inputs} (compared as files: a symbolic link to an input counts) unless
     * {@code force}: the result is built from the input, so a failed or lossy run would otherwise destroy it.
     *
     * @throws IOException naming the input, when the output is one of them
     */
    public void checkNotInput(Collection<Path> inputs, boolean force) throws IOException {
        if (path == null || force || !Files.exists(path)) {
            return;
        }
        for (Path in : inputs) {
            try {
                if (Files.exists(in) && Files.isSameFile(path, in)) {
                    throw new IOException(path + " is also an input" + (in.equals(path) ? "" : " (" + in + ")")
                            + "; refusing to overwrite it (write elsewhere, or add --force)");
                }
            } catch (java.nio.file.NoSuchFileException e) {
                // vanished meanwhile: nothing to protect
            }
        }
    }

    /** Starts the write; see {@link AtomicWrite#open}. Closing without committing abandons it. */
    public AtomicWrite.Pending open() throws IOException {
        if (path == null) {
            OutputStream stdout = new FilterOutputStream(System.out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush(); // never close the process's standard output
                }
            };
            return new AtomicWrite.Pending(stdout, null, null);
        }
        checkWritable();
        return AtomicWrite.open(path);
    }

    /** Clear reasons, before anything is written, for the failures a user can fix. */
    private void checkWritable() throws IOException {
        Path real = AtomicWrite.resolveLinks(path);
        if (Files.isDirectory(real)) {
            throw new IOException(path + ": cannot write: it is a folder");
        }
        if (Files.exists(real) && !Files.isRegularFile(real)) {
            return; // a device or a pipe, written in place
        }
        Path folder = real.getParent();
        if (createFolders && folder != null) {
            Files.createDirectories(folder);
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException(path + ": cannot write: folder " + folder + " does not exist");
        }
        if (!Files.isWritable(folder)) {
            throw new IOException(path + ": cannot write: folder " + folder + " is not writable");
        }
    }

    /** Writes {@code content} and commits it. */
    public void write(AtomicWrite.Content content) throws IOException {
        try (AtomicWrite.Pending p = open()) {
            content.writeTo(p.stream());
            p.commit();
        }
    }

    @Override
    public String toString() {
        return path == null ? "standard output" : path.toString();
    }
}
