package org.steplens.io.cache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;

/**
 * What a cache must match to stand for a source file: its size, its modification time and a hash of its first
 * and last 64 KiB (an edit that keeps size and time, e.g. a copy with preserved times over a changed file, still
 * shows in the head or tail for appended or rewritten records).
 */
public record CacheKey(long size, long modifiedMillis, long headTailHash) {
    private static final int SAMPLE = 1 << 16;

    public static CacheKey of(Path source) throws IOException {
        long size = Files.size(source);
        long modified = Files.getLastModifiedTime(source).toMillis();
        try (FileChannel ch = FileChannel.open(source, StandardOpenOption.READ)) {
            long head = crc(ch, 0);
            long tail = crc(ch, Math.max(SAMPLE, size - SAMPLE));
            return new CacheKey(size, modified, head << 32 | tail);
        }
    }

    /**
     * The CRC-32C (the cache's own checksum) of up to 64 KiB from {@code from}: any change of up to 32 bits in a
     * row shows. It guards against accidental change, not an attacker (who could as well forge a cache file); a
     * cryptographic digest would cost each command ~45 ms of provider set-up at start.
     */
    private static long crc(FileChannel ch, long from) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(SAMPLE);
        long position = from;
        int n;
        while (b.hasRemaining() && (n = ch.read(b, position)) > 0) {
            position += n;
        }
        CRC32C crc = new CRC32C();
        crc.update(b.flip());
        return crc.getValue();
    }
}
