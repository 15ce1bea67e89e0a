package org.steplens.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import org.steplens.io.cache.CachedFacts;
import org.steplens.io.cache.CachedLoad;
import org.steplens.io.cache.DatasetCache;
import org.steplens.model.Dataset;
import org.steplens.model.Problem;

/** Loads one file: picks the layout and the format from the content, then reads every record it can. */
final class FileLoader {
    /** Records looked at to find the first readable one before calling a file "not JSON". */
    private static final int DETECTION_WINDOW = 100;
    private static final long PROGRESS_STEP_BYTES = 1 << 20;
    static final String UNKNOWN_FORMAT = "unknown";

    /** The file as the user named it: in messages, errors and the dataset's name. */
    private final Path file;
    /** Where its bytes are read: the file itself, or a copy of a pipe ({@link PipeCopy}). */
    private final Path content;
    private final LoadProgress progress;
    private final long offset;
    private final long total;
    private final DatasetCache cache;
    private long lastReported = -1;
    private Dataset summarized;
    private DatasetSummary summary;
    /** The summary's counts, kept up as problems complete (see {@link DatasetSummary.Running}). */
    private final DatasetSummary.Running running = new DatasetSummary.Running();
    /** The cache being written while this file is read in parallel; null otherwise. */
    private DatasetCache.Pending pending;

    /** {@code offset} and {@code total} place this file within a load of several. */
    FileLoader(Path file, LoadProgress progress, long offset, long total, DatasetCache cache) {
        this(file, file, progress, offset, total, cache);
    }

    private FileLoader(Path file, Path content, LoadProgress progress, long offset, long total, DatasetCache cache) {
        this.cache = cache;
        this.file = file;
        this.content = content;
        this.progress = progress;
        this.offset = offset;
        this.total = total;
    }

    LoadResult load() throws IOException {
        try {
            if (content.equals(file) && PipeCopy.isNeeded(file)) {
                return loadCopy();
            }
            Optional<CachedLoad> cached = cache.open(file, note -> { });
            if (cached.isPresent()) {
                return fromCache(cached.get());
            }
            return read();
        } catch (ClosedByInterruptException e) {
            // file channels close when the loading thread is interrupted: that is a cancel, not a broken file
            throw new CancellationException("loading " + file + " was interrupted");
        } catch (OutOfMemoryError e) {
            throw HeapGuard.outOfMemory(file, lastReported, total - offset);
        }
    }

    /** A pipe is copied once and loaded from the copy, without a dataset cache (the copy is deleted after). */
    private LoadResult loadCopy() throws IOException {
        Path copy = PipeCopy.copy(file, progress);
        try {
            long size = Files.size(copy);
            DatasetCache none = new DatasetCache(null, Long.MAX_VALUE, false);
            return new FileLoader(file, copy, progress, offset, Math.max(total, offset + size), none).load();
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    /**
     * The summary of the file: from the facts of its cache when it has a usable one (nothing else of the cache is
     * decoded), otherwise summarised from a full load (which fills the cache, facts included).
     */
    SummarizedLoad summarize() throws IOException {
        Optional<CachedFacts> facts = cache.facts(file);
        Optional<DatasetSummary> summary = facts.flatMap(f -> SummaryCodec.decode(f.summary()));
        if (summary.isPresent()) {
            List<LoadError> errors = new ArrayList<>();
            for (CachedLoad.Error e : facts.get().errors()) {
                errors.add(new LoadError(file, e.line(), e.reason()));
            }
            progress.onProgress(total, total);
            return new SummarizedLoad(summary.get(), errors);
        }
        LoadResult result = load();
        return new SummarizedLoad(summaryOf(result.dataset()), result.errors());
    }

    private LoadResult fromCache(CachedLoad cached) {
        List<LoadError> errors = new ArrayList<>();
        for (CachedLoad.Error e : cached.errors()) {
            errors.add(new LoadError(file, e.line(), e.reason()));
        }
        progress.onProblems(cached.dataset().problems());
        progress.onProgress(total, total);
        return new LoadResult(cached.dataset(), cached.format(), errors);
    }

    private LoadResult read() throws IOException {
        SourceFile.checkReadable(content);
        List<LoadError> errors = new ArrayList<>();
        Layout layout = Layout.detect(content);
        try (RecordSource source = openSource(layout)) {
            List<RawRecord> head = new ArrayList<>();
            ObjectNode first = null;
            RawRecord r;
            while (first == null && head.size() < DETECTION_WINDOW && (r = source.next()) != null) {
                head.add(r);
                if (r.isOk() && r.node() instanceof ObjectNode o) {
                    first = o;
                }
            }
            if (head.isEmpty()) {
                return failed(errors, "the file is empty");
            }
            if (first == null) {
                RawRecord r0 = head.get(0);
                String what = r0.isOk() ? "line " + r0.line() + " is " + Json.show(r0.node()) + ", not a JSON object"
                        : "line " + r0.line() + ": " + r0.error();
                return failed(errors, "not a known format: " + what + "; tried " + Formats.names());
            }
            Optional<FormatReader> format = Formats.detect(first);
            if (format.isEmpty()) {
                return failed(errors, "not a known format: the first record has the keys " + keys(first)
                        + "; tried " + Formats.names());
            }
            FormatReader reader = format.get();
            FormatReader.RecordHandler handler = reader.open(file);
            if (layout == Layout.LINES) {
                source.close();
                return readLines(reader, handler, errors);
            }
            ProblemCollector problems = new ProblemCollector();
            Iterator<RawRecord> buffered = head.iterator();
            while ((r = buffered.hasNext() ? buffered.next() : source.next()) != null) {
                if (progress.isCancelled() || Thread.currentThread().isInterrupted()) {
                    throw new CancellationException("loading " + file + " was cancelled");
                }
                readRecord(r, handler, problems, errors);
                report(source.bytesRead(), problems, false);
            }
            List<Problem> all = problems.finish();
            report(source.bytesRead(), problems, true);
            Dataset dataset = new Dataset(file.getFileName().toString(), reader.name(), all);
            LoadResult result = new LoadResult(dataset, reader.name(), errors);
            cache.begin(file).ifPresent(p -> p.complete(cached(result), this::summary));
            return result;
        }
    }

    /** What the cache keeps for {@link #summarize}; computed on the cache's writer thread. */
    private byte[] summary(Dataset dataset) {
        return SummaryCodec.encode(summaryOf(dataset));
    }

    /** The summary of this loader's dataset, computed once for the cache writer and {@code info} together. */
    private synchronized DatasetSummary summaryOf(Dataset dataset) {
        if (summary == null || summarized != dataset) {
            summary = running.of(dataset);
            summarized = dataset;
        }
        return summary;
    }

    private static CachedLoad cached(LoadResult result) {
        List<CachedLoad.Error> kept = new ArrayList<>();
        for (LoadError e : result.errors()) {
            kept.add(new CachedLoad.Error(e.line(), e.reason()));
        }
        return new CachedLoad(result.dataset(), result.format(), kept);
    }

    /** JSON Lines: parsed in parallel, step text going into a new cache when the file is big enough. */
    private LoadResult readLines(FormatReader reader, FormatReader.RecordHandler handler, List<LoadError> errors)
            throws IOException {
        pending = cache.begin(file).orElse(null);
        try {
            AnswerCompletion answers = new AnswerCompletion();
            ProblemCollector problems = new ProblemCollector(answers);
            long read;
            try (SourceFile.Opened opened = SourceFile.open(content)) {
                new ParallelLines(file, opened, reader.lines(handler, answers), pending, errors)
                        .run(problems, progress, bytes -> {
                            HeapGuard.check(file, bytes, total - offset);
                            report(bytes, problems, false);
                        });
                read = opened.bytesRead();
            }
            List<Problem> all = problems.finish();
            report(read, problems, true);
            Dataset dataset = new Dataset(file.getFileName().toString(), reader.name(), all);
            LoadResult result = new LoadResult(dataset, reader.name(), errors);
            if (pending != null) {
                pending.complete(cached(result), this::summary);
            }
            return result;
        } catch (IOException | RuntimeException | Error e) {
            if (pending != null) {
                pending.abandon();
            }
            throw e;
        }
    }

    private void readRecord(RawRecord r, FormatReader.RecordHandler handler, ProblemCollector problems,
                            List<LoadError> errors) {
        if (!r.isOk()) {
            errors.add(new LoadError(file, r.line(), r.error()));
            return;
        }
        try {
            handler.read(Json.object(r.node(), "the record"), problems);
        } catch (BadRecordException e) {
            errors.add(new LoadError(file, r.line(), e.getMessage()));
        } catch (IllegalArgumentException e) {
            // the model refused the values (e.g. mismatched lengths): still one bad record, not a failed load
            errors.add(new LoadError(file, r.line(), e.getMessage()));
        }
    }

    private void report(long bytesRead, ProblemCollector problems, boolean last) {
        if (!last && bytesRead - lastReported < PROGRESS_STEP_BYTES) {
            return;
        }
        lastReported = bytesRead;
        List<Problem> completed = problems.takeCompleted();
        if (!completed.isEmpty()) {
            running.add(completed);
            if (pending != null) {
                pending.ahead(completed);
            }
            progress.onProblems(completed);
        }
        progress.onProgress(offset + bytesRead, total);
    }

    private LoadResult failed(List<LoadError> errors, String reason) {
        errors.add(new LoadError(file, 0, reason));
        Dataset nothing = new Dataset(file.getFileName().toString(), UNKNOWN_FORMAT, List.of());
        return new LoadResult(nothing, UNKNOWN_FORMAT, errors);
    }

    private static List<String> keys(ObjectNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    /** JSON Lines unless the file is one array or its first line does not hold a whole value (pretty-printed). */
    private RecordSource openSource(Layout layout) throws IOException {
        SourceFile.Opened opened = SourceFile.open(content);
        try {
            return layout == Layout.LINES ? new LineRecordSource(opened) : new StreamRecordSource(opened);
        } catch (IOException | RuntimeException e) {
            opened.close();
            throw e;
        }
    }
}
