package org.steplens.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes files so that a crash or a failed write never leaves half a file where a good one was: the bytes go to a
 * temporary file beside the target, which is then renamed over it. The one place StepLens does this.
 *
 * <p>A symbolic link is written through (its target is replaced, the link stays); a device or a named pipe that
 * already exists is written to directly, never replaced by a regular file. Temporary files are named
 * {@code .NAME.steplens-PID-RANDOM.tmp}; those left by a process that no longer runs (a killed write) are removed
 * the next time anything is written to the same folder.
 */
public final class AtomicWrite {

    /** Produces a file's bytes. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final int MAX_LINKS = 40;
    private static final Pattern TEMP_NAME = Pattern.compile("^\\..+\\.steplens-(\\d+)-[0-9a-z]+\\.tmp$");
    /** Names used before the process id was part of them; removed only once clearly abandoned. */
    private static final Pattern OLD_TEMP_NAME = Pattern.compile("^\\..+\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.tmp$");
    private static final Duration OLD_TEMP_AGE = Duration.ofHours(1);

    private AtomicWrite() {
    }

    /** Writes {@code target} (creating its folder) from {@code content}, replacing any earlier file only on success. */
    public static void write(Path target, Content content) throws IOException {
        try (Pending p = open(target)) {
            content.writeTo(p.stream());
            p.commit();
        }
    }

    /**
     * Starts writing {@code target}: nothing visible changes until {@link Pending#commit()} (except for a device or
     * pipe, which is written as the bytes come). Closing without committing abandons the write.
     */
    public static Pending open(Path target) throws IOException {
        Path real = resolveLinks(target.toAbsolutePath());
        if (Files.isDirectory(real)) {
            throw new IOException(target + ": cannot write: it is a folder");
        }
        if (Files.exists(real) && !Files.isRegularFile(real)) {
            // /dev/null, /dev/stdout, a named pipe: stream to it; renaming a file over it would destroy it
            return new Pending(Files.newOutputStream(real, StandardOpenOption.WRITE), null, real);
        }
        Path folder = real.getParent();
        if (folder != null) {
            Files.createDirectories(folder);
            removeStaleTemporaries(folder);
        }
        Path temp = temporarySibling(real);
        return new Pending(Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW), temp, real);
    }

    /** An output being written; see {@link #open}. */
    public static final class Pending implements AutoCloseable {
        private final OutputStream stream;
        private final Path temp;
        private final Path target;
        private boolean done;

        Pending(OutputStream stream, Path temp, Path target) {
            this.stream = stream;
            this.temp = temp;
            this.target = target;
        }

        /** Where the bytes go; closing it is allowed (and does not commit). */
        public OutputStream stream() {
            return new FilterOutputStream(stream) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            };
        }

        /** The file that is (or will be) written: a symbolic link's final target. */
        public Path target() {
            return target;
        }

        /** Finishes the write: the temporary file is renamed over the target. */
        public void commit() throws IOException {
            if (done) {
                throw new IllegalStateException("already committed or abandoned");
            }
            done = true;
            stream.close();
            if (temp != null) {
                copyPermissions(target, temp);
                moveIntoPlace(temp, target);
            }
        }

        /** Abandons the write unless it was committed. */
        @Override
        public void close() throws IOException {
            if (!done) {
                done = true;
                try {
                    stream.close();
                } finally {
                    if (temp != null) {
                        Files.deleteIfExists(temp);
                    }
                }
            }
        }
    }

    /**
     * The path a write to {@code path} lands on: symbolic links followed (also a dangling one, whose target is
     * then created).
     */
    public static Path resolveLinks(Path path) throws IOException {
        Path p = path.toAbsolutePath();
        for (int i = 0; i < MAX_LINKS && Files.isSymbolicLink(p); i++) {
            Path link = Files.readSymbolicLink(p);
            p = p.resolveSibling(link).normalize();
        }
        if (Files.isSymbolicLink(p)) {
            throw new IOException(path + ": cannot write: too many levels of symbolic links");
        }
        return p;
    }

    /**
     * A fresh path beside {@code target} for its temporary file. A plain new file rather than
     * {@code Files.createTempFile}, so the result gets the user's usual permissions, not 0600.
     */
    public static Path temporarySibling(Path target) {
        Path absolute = target.toAbsolutePath();
        String random = Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36);
        return absolute.resolveSibling("." + absolute.getFileName() + ".steplens-" + ProcessHandle.current().pid()
                + "-" + random + ".tmp");
    }

    /** Renames a finished temporary file over {@code target}; atomically where the file system allows. */
    public static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Deletes temporary files of StepLens's naming in {@code folder} whose writing process is gone (killed while
     * writing). Best effort: a folder that cannot be listed is left alone.
     *
     * @return how many were removed
     */
    public static int removeStaleTemporaries(Path folder) {
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, ".*.tmp")) {
            for (Path f : files) {
                if (isStale(f) && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS) && Files.deleteIfExists(f)) {
                    removed++;
                }
            }
        } catch (IOException | RuntimeException e) {
            // cleaning up is a courtesy; the write itself does not depend on it
        }
        return removed;
    }

    private static boolean isStale(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        Matcher m = TEMP_NAME.matcher(name);
        if (m.matches()) {
            long pid;
            try {
                pid = Long.parseLong(m.group(1));
            } catch (NumberFormatException e) {
                return false;
            }
            return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).isEmpty();
        }
        if (OLD_TEMP_NAME.matcher(name).matches()) {
            FileTime modified = Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS);
            return modified.toInstant().isBefore(Instant.now().minus(OLD_TEMP_AGE));
        }
        return false;
    }

    /** A replaced file keeps its permissions (a file the user made group-readable stays so). */
    private static void copyPermissions(Path from, Path to) {
        try {
            PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
            if (source != null && Files.isRegularFile(from)) {
                Files.setPosixFilePermissions(to, source.readAttributes().permissions());
            }
        } catch (IOException | RuntimeException e) {
            // the default permissions are a fine fallback
        }
    }
}
