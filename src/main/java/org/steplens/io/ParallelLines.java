package org.steplens.io;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipException;
import org.steplens.io.cache.BlockText;
import org.steplens.io.cache.DatasetCache;

/**
 * Reads a JSON Lines file in blocks of whole lines, parses the blocks on all cores, and applies the results in file
 * order on the calling thread (so problems keep file order and errors keep their line numbers). A gzip stream that
 * ends early or is corrupt keeps every complete line before the damage and reports the damage as a load error.
 */
final class ParallelLines {
    private static final int BLOCK_BYTES = 4 << 20;
    private static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());
    private static final AtomicInteger POOLS = new AtomicInteger();

    /** Called after each block is applied, with the raw bytes read so far. */
    interface BlockDone {
        void after(long bytesRead) throws IOException;
    }

    private final Path file;
    private final SourceFile.Opened source;
    private final LineParser parser;
    private final DatasetCache.Pending cache;
    private final List<LoadError> errors;
    /** Buffers of blocks already parsed, and of their text once it is in the cache, for the next blocks (less GC). */
    private final BufferPool freeBlocks = new BufferPool(2 * THREADS + 2);
    private final BufferPool freeTexts = new BufferPool(2 * THREADS + 2);
    private long lineBase;

    ParallelLines(Path file, SourceFile.Opened source, LineParser parser, DatasetCache.Pending cache,
                  List<LoadError> errors) {
        this.file = file;
        this.source = source;
        this.parser = parser;
        this.cache = cache;
        this.errors = errors;
    }

    void run(ProblemCollector out, LoadProgress progress, BlockDone done) throws IOException {
        int pool = POOLS.incrementAndGet();
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "steplens-load-" + pool + "-" + threadNumber.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Future<Parsed>> inFlight = new ArrayDeque<>();
        try {
            Chunker chunker = new Chunker(source.content());
            byte[] block;
            while ((block = chunker.next()) != null) {
                byte[] b = block;
                int length = chunker.length;
                inFlight.add(workers.submit(() -> parse(b, length, freeTexts.take(length))));
                if (inFlight.size() >= 2 * THREADS) {
                    apply(take(inFlight), out, done);
                }
                if (progress.isCancelled() || Thread.currentThread().isInterrupted()) {
                    throw new CancellationException("loading " + file + " was cancelled");
                }
            }
            while (!inFlight.isEmpty()) {
                apply(take(inFlight), out, done);
            }
            if (chunker.damage != null) {
                errors.add(new LoadError(file, chunker.partialLine ? lineBase + 1 : 0, chunker.damage));
            }
        } finally {
            workers.shutdownNow();
        }
    }

    private Parsed take(ArrayDeque<Future<Parsed>> inFlight) throws IOException {
        try {
            return inFlight.poll().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("loading " + file + " was interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("parsing " + file + " failed", cause);
        }
    }

    private void apply(Parsed parsed, ProblemCollector out, BlockDone done) throws IOException {
        if (cache != null) {
            freeTexts.give(cache.take(parsed.text));
        } else {
            parsed.text.trim();
        }
        freeBlocks.give(parsed.block);
        for (int i = 0; i < parsed.count; i++) {
            long line = lineBase + parsed.lines[i];
            Object item = parsed.items[i];
            if (item instanceof RawRecord bad) {
                errors.add(new LoadError(file, line, bad.error()));
                continue;
            }
            try {
                parser.apply(item, out);
            } catch (BadRecordException | IllegalArgumentException e) {
                errors.add(new LoadError(file, line, e.getMessage()));
            }
        }
        lineBase += parsed.lineCount;
        done.after(source.bytesRead());
    }

    /** Parses one block of whole lines (worker thread). */
    private Parsed parse(byte[] block, int length, byte[] textBuffer) {
        Parsed p = new Parsed(block, new BlockText(textBuffer));
        int lineNo = 0;
        int start = 0;
        int[] lineEnd = new int[1];
        while (start < length) {
            lineNo++;
            Object parsed = parser.parseLine(block, start, length, p.text, lineEnd);
            if (parsed != null) {
                p.add(lineNo, parsed);
            }
            start = lineEnd[0] + 1;
        }
        p.lineCount = lineNo;
        return p;
    }

    /** The parsed lines of one block. */
    private static final class Parsed {
        Object[] items = new Object[256];
        int[] lines = new int[256];
        int count;
        int lineCount;
        final byte[] block;
        final BlockText text;

        Parsed(byte[] block, BlockText text) {
            this.block = block;
            this.text = text;
        }

        void add(int line, Object item) {
            if (count == items.length) {
                items = Arrays.copyOf(items, count * 2);
                lines = Arrays.copyOf(lines, count * 2);
            }
            items[count] = item;
            lines[count++] = line;
        }
    }

    /** Cuts the content into blocks that end at a line end (the last block may end without one). */
    private final class Chunker {
        private final InputStream in;
        private byte[] carry = new byte[0];
        private int carryLength;
        private boolean ended;
        int length;
        String damage;
        boolean partialLine;

        Chunker(InputStream in) {
            this.in = in;
        }

        /** The next block (its byte count in {@link #length}), or null at the end. */
        byte[] next() throws IOException {
            if (ended) {
                return null;
            }
            byte[] buf = freeBlocks.take(Math.max(BLOCK_BYTES, carryLength * 2));
            System.arraycopy(carry, 0, buf, 0, carryLength);
            int n = carryLength;
            while (true) {
                int r = read(buf, n);
                if (r < 0) {
                    ended = true;
                    break;
                }
                n += r;
                if (n == buf.length) {
                    int lastNewline = lastNewline(buf, n);
                    if (lastNewline >= 0) {
                        carryLength = n - lastNewline - 1;
                        carry = Arrays.copyOfRange(buf, lastNewline + 1, n);
                        length = lastNewline + 1;
                        return buf;
                    }
                    buf = Arrays.copyOf(buf, buf.length * 2); // one line longer than a block
                }
            }
            if (damage != null && n > 0 && buf[n - 1] != '\n') {
                // the line cut by the damage is incomplete: drop it, the damage report names it
                int lastNewline = lastNewline(buf, n);
                n = lastNewline + 1;
                partialLine = true;
            }
            length = n;
            carryLength = 0;
            return n == 0 ? null : buf;
        }

        /** Like InputStream.read, but damaged gzip data ends the content (recorded in {@link #damage}). */
        private int read(byte[] buf, int at) throws IOException {
            try {
                return in.read(buf, at, buf.length - at);
            } catch (EOFException | ZipException e) {
                if (!source.compressed()) {
                    throw e;
                }
                damage = "the gzip data is damaged after " + source.bytesRead() + " bytes of the file ("
                        + (e instanceof EOFException ? "it ends early" : e.getMessage())
                        + "); every complete record before the damage was loaded";
                return -1;
            }
        }

        private int lastNewline(byte[] buf, int n) {
            for (int i = n - 1; i >= 0; i--) {
                if (buf[i] == '\n') {
                    return i;
                }
            }
            return -1;
        }
    }

    /** A few free buffers, handed out again when big enough (thread-safe). */
    private static final class BufferPool {
        private final java.util.concurrent.ArrayBlockingQueue<byte[]> free;

        BufferPool(int capacity) {
            free = new java.util.concurrent.ArrayBlockingQueue<>(capacity);
        }

        /** A buffer of at least {@code bytes}: a free one, or a new one. */
        byte[] take(int bytes) {
            byte[] b = free.poll();
            return b != null && b.length >= bytes ? b : new byte[bytes];
        }

        void give(byte[] buffer) {
            if (buffer != null) {
                free.offer(buffer); // dropped when the pool is full
            }
        }
    }
}
