package org.steplens.io.cache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

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
        long hash = size;
        try (FileChannel ch = FileChannel.open(source, StandardOpenOption.READ)) {
            hash = hash(ch, 0, hash);
            hash = hash(ch, Math.max(SAMPLE, size - SAMPLE), hash);
        }
        return new CacheKey(size, modified, hash);
    }

    /**
     * Folds up to 64 KiB from {@code from} into {@code hash}, eight bytes at a time, each word multiplied in and
     * the result mixed as in MurmurHash3's finaliser. It guards against accidental change, not against an attacker
     * (who could as well forge a cache file): no cryptographic digest, whose provider set-up alone costs a command
     * ~45 ms at start.
     */
    private static long hash(FileChannel ch, long from, long hash) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(SAMPLE).order(ByteOrder.LITTLE_ENDIAN);
        long position = from;
        int n;
        while (b.hasRemaining() && (n = ch.read(b, position)) > 0) {
            position += n;
        }
        b.flip();
        long h = hash ^ b.remaining();
        while (b.remaining() >= Long.BYTES) {
            h = Long.rotateLeft(h ^ b.getLong() * 0x9E3779B97F4A7C15L, 29) * 0xBF58476D1CE4E5B9L;
        }
        while (b.hasRemaining()) {
            h = (h ^ b.get()) * 0x94D049BB133111EBL;
        }
        return mix(h);
    }

    private static long mix(long h) {
        h = (h ^ h >>> 33) * 0xFF51AFD7ED558CCDL;
        h = (h ^ h >>> 33) * 0xC4CEB93FE53A3273L;
        return h ^ h >>> 33;
    }
}
