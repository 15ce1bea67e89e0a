package org.steplens.io.cache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

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
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        try (FileChannel ch = FileChannel.open(source, StandardOpenOption.READ)) {
            digest(ch, 0, sha);
            digest(ch, Math.max(SAMPLE, size - SAMPLE), sha);
        }
        return new CacheKey(size, modified, ByteBuffer.wrap(sha.digest()).getLong());
    }

    private static void digest(FileChannel ch, long from, MessageDigest sha) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(SAMPLE);
        long position = from;
        int n;
        while (b.hasRemaining() && (n = ch.read(b, position)) > 0) {
            position += n;
        }
        b.flip();
        sha.update(b);
    }
}
