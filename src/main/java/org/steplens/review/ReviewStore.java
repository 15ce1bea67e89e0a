package org.steplens.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A dataset's reviews, open for editing: the state in memory plus its journal on disk. An edit changes the state
 * at once and is written, in order, by one background writer; {@link #submit} tells when it is on disk, and
 * {@link #apply} waits for that. Opening replays the journal; {@link #compact} rewrites it as a snapshot.
 */
public final class ReviewStore implements AutoCloseable {
    private final Path path;
    /** Opened on the first write, so that opening a dataset never creates a review file. */
    private volatile ReviewJournal journal;
    private final DatasetFingerprint dataset;
    private final ReviewState state = new ReviewState();
    private final List<String> notices = new ArrayList<>();
    private final List<Consumer<ReviewEdit>> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final ExecutorService writer;
    private volatile IOException lastWriteError;
    private volatile boolean closed;

    private ReviewStore(Path path, ReviewJournal journal, DatasetFingerprint dataset) {
        this.path = path;
        this.journal = journal;
        this.dataset = dataset;
        this.writer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "steplens-review-journal");
            t.setDaemon(true);
            return t;
        });
    }

    /** Opens (or creates) the journal at {@code path} for {@code dataset}, replaying what it holds. */
    public static ReviewStore open(Path path, DatasetFingerprint dataset) throws IOException {
        ReviewJournal.Contents contents = ReviewJournal.read(path);
        // an existing journal is opened now (a torn last line is cut off); a new one only when the first edit comes
        boolean exists = java.nio.file.Files.isRegularFile(path) && java.nio.file.Files.size(path) > 0;
        ReviewStore store = new ReviewStore(path, exists ? ReviewJournal.openForAppend(path, dataset) : null, dataset);
        store.notices.addAll(contents.notices());
        if (contents.dataset() != null && !contents.dataset().sameContent(dataset)) {
            store.notices.add(path.getFileName() + " was made on a different version of " + contents.dataset().name()
                    + " (" + contents.dataset().size() + " bytes, now " + dataset.size() + "); steps may not match");
        }
        store.state.applyAll(contents.edits());
        return store;
    }

    /** Opens the review beside {@code datasetFile} (or in the user folder when that is read-only). */
    public static ReviewStore openFor(Path datasetFile) throws IOException {
        DatasetFingerprint fp = DatasetFingerprint.of(datasetFile);
        ReviewLocation location = ReviewLocation.forDataset(datasetFile, fp);
        ReviewStore store = open(location.journal(), fp);
        if (location.fallback()) {
            store.notices.add(0, location.notice());
        }
        return store;
    }

    public ReviewState state() {
        return state;
    }

    public Path path() {
        return path;
    }

    /** The journal, created on first use (only the writer thread calls this). */
    private ReviewJournal journal() throws IOException {
        if (journal == null) {
            journal = ReviewJournal.openForAppend(path, dataset);
        }
        return journal;
    }

    public DatasetFingerprint dataset() {
        return dataset;
    }

    /** What opening found worth telling: a torn last line, skipped lines, another dataset version, a fallback folder. */
    public List<String> notices() {
        return List.copyOf(notices);
    }

    /** Called (on the caller's thread) after each edit is applied in memory. */
    public void addListener(Consumer<ReviewEdit> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<ReviewEdit> listener) {
        listeners.remove(listener);
    }

    /**
     * Applies {@code edit} in memory now and writes it in the background; the future completes when the edit is
     * on disk, or exceptionally when writing failed (then {@link #lastWriteError()} says why).
     */
    public CompletableFuture<Void> submit(ReviewEdit edit) {
        if (closed) {
            return CompletableFuture.failedFuture(new UncheckedIOException(
                    new IOException("the review " + path().getFileName() + " is closed; the edit was not saved")));
        }
        state.apply(edit);
        listeners.forEach(l -> l.accept(edit));
        return CompletableFuture.runAsync(() -> {
            try {
                journal().append(edit);
            } catch (IOException e) {
                lastWriteError = e;
                throw new UncheckedIOException(e);
            }
        }, writer);
    }

    /** Applies {@code edit} and returns once it is on disk. */
    public void apply(ReviewEdit edit) throws IOException {
        try {
            submit(edit).join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            throw e;
        }
    }

    /** The last failure to write an edit, or null. */
    public IOException lastWriteError() {
        return lastWriteError;
    }

    /** Waits until every submitted edit is on disk. */
    public void flush() {
        if (closed) {
            return;
        }
        CompletableFuture.runAsync(() -> { }, writer).join();
    }

    /** Rewrites the journal as the current state's snapshot (temp file + fsync + rename). */
    public void compact() throws IOException {
        if (closed) {
            return;
        }
        try {
            CompletableFuture.runAsync(() -> {
                try {
                    if (journal != null || state.editCount() > 0) {
                        journal().compact(dataset, state.snapshot());
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, writer).join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            throw e;
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        flush();
        closed = true;
        writer.shutdown();
        try {
            writer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (journal != null) {
            journal.close();
        }
    }
}
