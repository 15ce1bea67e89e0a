package org.steplens.io.cache;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;

/**
 * A cache file under construction (a temporary file in the cache folder): room for the header, then the text
 * column, appended block by block while the source is parsed. {@link CacheFile} adds the structure and the header
 * and renames it into place. Appends come from one thread at a time (the loader's, in file order).
 */
public final class TextColumnWriter implements Closeable {
    private final Path temp;
    private final FileChannel channel;
    private final CRC32C crc = new CRC32C();
    private long textLength;

    TextColumnWriter(Path temp) throws IOException {
        this.temp = temp;
        this.channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        channel.write(ByteBuffer.allocate(CacheFile.HEADER_BYTES), 0);
    }

    /** Appends bytes to the text column; returns where they start within the column. */
    synchronized long append(byte[] bytes, int length) {
        long at = textLength;
        try {
            ByteBuffer b = ByteBuffer.wrap(bytes, 0, length);
            long position = CacheFile.HEADER_BYTES + at;
            while (b.hasRemaining()) {
                position += channel.write(b, position);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing the cache " + temp, e);
        }
        crc.update(bytes, 0, length);
        textLength += length;
        return at;
    }

    /** A read-only mapping of bytes already appended. */
    ByteBuffer map(long at, int length) {
        try {
            return channel.map(FileChannel.MapMode.READ_ONLY, CacheFile.HEADER_BYTES + at, length);
        } catch (IOException e) {
            throw new UncheckedIOException("mapping the cache " + temp, e);
        }
    }

    synchronized long textLength() {
        return textLength;
    }

    synchronized int textCrc() {
        return (int) crc.getValue();
    }

    Path temp() {
        return temp;
    }

    FileChannel channel() {
        return channel;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    /** Gives up: closes and deletes the temporary file (mappings already handed out stay readable). */
    void discard() {
        try {
            channel.close();
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // a temporary file of ours; it is cleaned on a later start
        }
    }
}
