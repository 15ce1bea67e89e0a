package org.steplens.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.steplens.io.cache.DatasetCache;
import org.steplens.model.Dataset;

/**
 * Loads data files of any supported format, chosen by content (not by file name): PRM800K, the Lightman scored
 * samples, ProcessBench, PRMBench, Math-Shepherd, Qwen2.5-Math rm/maj, MATH problems and StepLens native.
 * Gzip, a UTF-8 byte order mark and CRLF line ends are accepted. Files are streamed, so only the model is kept in
 * memory. Each record that cannot be read becomes a {@link LoadError}; every other record still loads.
 */
public final class DatasetLoader {
    private DatasetLoader() {
    }

    /**
     * Loads one file.
     *
     * @throws IOException when the file is missing, a folder, or cannot be read
     * @throws java.util.concurrent.CancellationException when {@code progress} asks to stop
     */
    public static LoadResult load(Path file, LoadProgress progress) throws IOException {
        return load(file, progress, DatasetCache.DEFAULT);
    }

    /** Loads one file, reusing or filling {@code cache} (a big file reopens from its cache in a fraction). */
    public static LoadResult load(Path file, LoadProgress progress, DatasetCache cache) throws IOException {
        long size = SourceFile.checkReadable(file);
        return new FileLoader(file, progress, 0, size, cache).load();
    }

    /**
     * What {@code info} prints of one file. A big file with a usable cache is summarised from the cache's facts
     * alone (no solution is decoded); otherwise the file is loaded as by {@link #load}.
     */
    public static SummarizedLoad summarize(Path file, LoadProgress progress) throws IOException {
        return summarize(file, progress, DatasetCache.DEFAULT);
    }

    /** Like {@link #summarize(Path, LoadProgress)}, with the file's cache in {@code cache}. */
    public static SummarizedLoad summarize(Path file, LoadProgress progress, DatasetCache cache) throws IOException {
        long size = SourceFile.checkReadable(file);
        return new FileLoader(file, progress, 0, size, cache).summarize();
    }

    /**
     * Loads several files as one dataset, in the order given (e.g. the four ProcessBench subsets, each keeping its
     * subset in {@link org.steplens.model.Problem#source()}). Progress counts bytes over all files.
     */
    public static LoadResult loadAll(List<Path> files, LoadProgress progress) throws IOException {
        return loadAll(files, progress, DatasetCache.DEFAULT);
    }

    /** Like {@link #loadAll(List, LoadProgress)}, with each file's cache in {@code cache}. */
    public static LoadResult loadAll(List<Path> files, LoadProgress progress, DatasetCache cache)
            throws IOException {
        if (files.size() == 1) {
            return load(files.get(0), progress, cache);
        }
        long total = 0;
        for (Path f : files) {
            total += SourceFile.checkReadable(f);
        }
        List<Dataset> parts = new ArrayList<>();
        List<LoadError> errors = new ArrayList<>();
        Set<String> formats = new LinkedHashSet<>();
        long offset = 0;
        for (Path f : files) {
            LoadResult r = new FileLoader(f, progress, offset, total, cache).load();
            offset += SourceFile.checkReadable(f);
            errors.addAll(r.errors());
            if (r.dataset().problemCount() > 0 || !r.format().equals(FileLoader.UNKNOWN_FORMAT)) {
                parts.add(r.dataset());
                formats.add(r.format());
            }
        }
        String format = formats.isEmpty() ? FileLoader.UNKNOWN_FORMAT : String.join(", ", formats);
        Dataset combined = Dataset.combine(name(files), parts);
        return new LoadResult(new Dataset(combined.name(), format, combined.problems()), format, errors);
    }

    private static String name(List<Path> files) {
        List<String> names = new ArrayList<>();
        for (Path f : files) {
            names.add(f.getFileName().toString());
        }
        return names.isEmpty() ? "no files" : String.join(" + ", names);
    }
}
