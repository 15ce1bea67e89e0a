package org.steplens.io;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Opens a data file for reading: gzip is recognised by its magic bytes (not the name), a UTF-8 byte order mark
 * is skipped, and the bytes taken from disk are counted for progress. A regular file is read through memory
 * mappings ({@link MappedFileStream}).
 */
final class SourceFile {
    private static final int BUFFER = 1 << 16;

    private SourceFile() {
    }

    /** Fails with a message naming the problem when the file cannot be read at all. */
    static long checkReadable(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null, "file not found");
        }
        if (Files.isDirectory(file)) {
            throw new IOException(file + ": is a folder, not a data file");
        }
        if (!Files.isReadable(file)) {
            throw new AccessDeniedException(file.toString(), null, "file is not readable");
        }
        return Files.size(file);
    }

    static Opened open(Path file) throws IOException {
        InputStream raw = Files.isRegularFile(file) ? MappedFileStream.openOrNull(file) : null;
        CountingStream counted = new CountingStream(raw != null ? raw : Files.newInputStream(file));
        try {
            InputStream in = new BufferedInputStream(counted, BUFFER);
            in.mark(2);
            int b0 = in.read();
            int b1 = in.read();
            in.reset();
            boolean gzip = b0 == 0x1f && b1 == 0x8b;
            if (gzip) {
                // no buffer over the gzip stream: a buffer's read can lose what it already copied when the
                // stream then fails, and a damaged gzip must keep every byte decompressed before the damage
                PushbackInputStream unzipped = new PushbackInputStream(new GZIPInputStream(in, BUFFER), 3);
                skipByteOrderMark(unzipped);
                return new Opened(unzipped, counted, true);
            }
            skipByteOrderMark(in);
            return new Opened(in, counted, false);
        } catch (IOException e) {
            counted.close();
            throw e;
        }
    }

    private static void skipByteOrderMark(PushbackInputStream in) throws IOException {
        byte[] head = new byte[3];
        int n = in.readNBytes(head, 0, 3);
        if (!(n == 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF)) {
            in.unread(head, 0, n);
        }
    }

    private static void skipByteOrderMark(InputStream in) throws IOException {
        in.mark(3);
        if (!(in.read() == 0xEF && in.read() == 0xBB && in.read() == 0xBF)) {
            in.reset();
        }
    }

    /**
     * An open file.
     *
     * @param content the file's content: decompressed, without a byte order mark
     * @param counter    counts the raw bytes read from disk
     * @param compressed whether the file is gzip
     */
    record Opened(InputStream content, CountingStream counter, boolean compressed) implements Closeable {
        long bytesRead() {
            return counter.count;
        }

        @Override
        public void close() throws IOException {
            content.close();
        }
    }

    static final class CountingStream extends FilterInputStream {
        private long count;

        private CountingStream(InputStream raw) {
            super(raw);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
