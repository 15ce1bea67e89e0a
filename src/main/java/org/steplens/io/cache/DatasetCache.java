package org.steplens.io.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.steplens.model.Dataset;
import org.steplens.model.Problem;

/**
 * The sidecar caches of loaded data files: one file per source path ({@code <hash of the path>.slcache}) in
 * {@link CacheFolders#forSource} under {@code datasets/}. {@link #open} hands back a load only when the cache was
 * made for the source as it is now and passes its checks; otherwise the cache is deleted and the caller parses
 * the source, filling a new cache through {@link #begin} and {@link #complete} (written in the background).
 * Scores and reviews are never put here: this is the source file only.
 */
public final class DatasetCache {
    /** Sources smaller than this parse faster than a cache could pay back (override: steplens.cache.minBytes). */
    public static final long DEFAULT_MIN_BYTES = 16L << 20;
    static final String KIND = "datasets";
    private static final String SUFFIX = ".slcache";
    private static final String TEMP_SUFFIX = ".tmp";

    /** Caches in the default folders, for sources of at least {@link #DEFAULT_MIN_BYTES}; off with -Dsteplens.cache.off. */
    public static final DatasetCache DEFAULT = new DatasetCache(null,
            Long.getLong("steplens.cache.minBytes", DEFAULT_MIN_BYTES), !Boolean.getBoolean("steplens.cache.off"));

    /** One writer for all caches, so a process can wait for them before it exits. */
    private static final ExecutorService WRITER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "steplens-cache-writer");
        t.setDaemon(true);
        return t;
    });
    private static volatile Future<?> lastWrite;

    private final Path folder;
    private final long minBytes;
    private final boolean enabled;

    /** {@code folder} null: the default place for each source. */
    public DatasetCache(Path folder, long minBytes, boolean enabled) {
        this.folder = folder;
        this.minBytes = minBytes;
        this.enabled = enabled;
    }

    /** The cache file that stands for {@code source}. */
    public Path fileFor(Path source) {
        Path dir = folder != null ? folder : CacheFolders.forSource(source, KIND);
        return dir.resolve(hash(source.toAbsolutePath().normalize().toString()) + SUFFIX);
    }

    /**
     * The cached load of {@code source}, when a cache made for it as it is now passes its checks. A stale or
     * damaged cache is deleted and reported to {@code notes}.
     */
    public Optional<CachedLoad> open(Path source, Consumer<String> notes) {
        Path file = existingFor(source);
        if (file == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(CacheFile.read(file, CacheKey.of(source)));
        } catch (CacheFile.Unusable e) {
            notes.accept("the cache " + file + " was not used (" + e.getMessage() + "); rebuilding it");
            deleteQuietly(file);
            return Optional.empty();
        } catch (IOException | UncheckedIOException e) {
            notes.accept("the cache " + file + " could not be read (" + e.getMessage() + "); rebuilding it");
            deleteQuietly(file);
            return Optional.empty();
        }
    }

    /**
     * The facts (format, load errors, summary) of a usable-looking cache of {@code source}, read without decoding
     * the load: empty when there is none, or when it is stale or its facts are damaged (then a full {@link #open}
     * finds out what is wrong, reports it and rebuilds).
     */
    public Optional<CachedFacts> facts(Path source) {
        Path file = existingFor(source);
        if (file == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(CacheFile.readFacts(file, CacheKey.of(source)));
        } catch (CacheFile.Unusable | IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /** The cache file of {@code source} when caching applies to it and the file exists; else null. */
    private Path existingFor(Path source) {
        if (!enabled || !sizeQualifies(source)) {
            return null;
        }
        Path file = fileFor(source);
        return Files.isRegularFile(file) ? file : null;
    }

    /**
     * Starts a cache for {@code source}: a temporary file whose text column the loader fills while parsing.
     * Empty when caching is off, the source is small, or no cache folder is writable.
     */
    public Optional<Pending> begin(Path source) {
        if (!enabled || !sizeQualifies(source)) {
            return Optional.empty();
        }
        Path target = fileFor(source);
        try {
            Files.createDirectories(target.getParent());
            removeStaleTemps(target.getParent());
            CacheKey key = CacheKey.of(source);
            Path temp = target.resolveSibling(target.getFileName() + "." + ProcessHandle.current().pid() + "."
                    + System.nanoTime() + TEMP_SUFFIX);
            Path rows = target.resolveSibling(target.getFileName() + "." + ProcessHandle.current().pid() + "."
                    + System.nanoTime() + "-rows" + TEMP_SUFFIX);
            return Optional.of(new Pending(source, target, key, new TextColumnWriter(temp), rows));
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty(); // no cache then; the load itself is unaffected
        }
    }

    private boolean sizeQualifies(Path source) {
        try {
            return Files.size(source) >= minBytes;
        } catch (IOException e) {
            return false;
        }
    }

    /** Waits (bounded) for caches being written in the background; call before the process exits. */
    public static void awaitWrites(long timeout, TimeUnit unit) {
        Future<?> last = lastWrite;
        if (last != null) {
            try {
                last.get(timeout, unit);
            } catch (Exception e) {
                // a cache that could not be written is simply absent next time
            }
        }
    }

    /** Temporary files of processes that no longer run (killed mid-write). */
    private static void removeStaleTemps(Path dir) {
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(dir, "*" + SUFFIX + ".*" + TEMP_SUFFIX)) {
            for (Path t : temps) {
                String[] parts = t.getFileName().toString().split("\\.");
                long pid = parts.length >= 4 ? parseOrMinus(parts[parts.length - 3]) : -1;
                if (pid > 0 && ProcessHandle.of(pid).isEmpty()) {
                    deleteQuietly(t);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // nothing to clean, or not ours to clean
        }
    }

    private static long parseOrMinus(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // left for the next attempt
        }
    }

    static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A cache being filled while its source is parsed. */
    public static final class Pending {
        private final Path source;
        private final Path target;
        private final CacheKey key;
        private final TextColumnWriter column;
        /** Where the rows of problems completed during the load go until the cache file is finished. */
        private final Path rowsFile;
        /** Used on the writer thread only; null until the first problems come, and after a failure. */
        private FileChannel rowsChannel;
        private CacheFile.ProblemRows rows;
        private boolean rowsFailed;

        private Pending(Path source, Path target, CacheKey key, TextColumnWriter column, Path rowsFile) {
            this.source = source;
            this.target = target;
            this.key = key;
            this.column = column;
            this.rowsFile = rowsFile;
        }

        /**
         * Moves a parsed block's text into the cache's text column (off the heap); returns the block's heap buffer,
         * free for reuse.
         */
        public byte[] take(BlockText block) {
            return block.moveTo(column);
        }

        /**
         * Problems the load has completed (in file order, their text already {@link #take}n): their rows are
         * written in the background now, and used by {@link #complete} if the dataset ends up holding exactly
         * these objects (otherwise the rows are written again from the dataset).
         */
        public void ahead(List<Problem> completed) {
            WRITER.submit(() -> {
                if (rowsFailed) {
                    return;
                }
                try {
                    if (rows == null) {
                        rowsChannel = FileChannel.open(rowsFile, StandardOpenOption.CREATE_NEW,
                                StandardOpenOption.READ, StandardOpenOption.WRITE);
                        rows = new CacheFile.ProblemRows(rowsChannel, 0);
                    }
                    for (Problem p : completed) {
                        rows.add(p, CacheFile.textOffsets(column, p));
                    }
                } catch (IOException | RuntimeException e) {
                    rowsFailed = true; // complete() writes the rows itself
                    rows = null;
                    dropRows();
                }
            });
        }

        /**
         * Writes the rest (with {@code summary}'s encoding of the dataset, read back by {@link #facts}, asked for
         * last, so a caller computing the same summary meanwhile saves the writer the work) in the background and
         * renames the file into place, unless the source changed while it was read. The dataset stays readable
         * whatever happens to the cache.
         */
        public void complete(CachedLoad load, Function<Dataset, byte[]> summary) {
            lastWrite = WRITER.submit(() -> {
                try {
                    if (!CacheKey.of(source).equals(key)) {
                        column.discard();
                        return;
                    }
                    CacheFile.write(column, key, load, () -> summary.apply(load.dataset()), target, rows);
                } catch (IOException | RuntimeException e) {
                    column.discard();
                } finally {
                    dropRows();
                }
            });
        }

        /** Gives up (failed or cancelled load). */
        public void abandon() {
            column.discard();
            WRITER.submit(this::dropRows); // after any rows still being written
        }

        private void dropRows() {
            rows = null;
            try {
                if (rowsChannel != null) {
                    rowsChannel.close();
                }
                Files.deleteIfExists(rowsFile);
            } catch (IOException e) {
                // a temporary file of ours; removed on a later start if it stays
            }
        }
    }
}
