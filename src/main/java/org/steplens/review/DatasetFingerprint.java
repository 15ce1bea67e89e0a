package org.steplens.review;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Identifies a dataset file without reading all of it: its size and a SHA-256 of its first and last MiB. Reviews
 * are keyed by it, so a review follows a renamed or moved file and notices an edited one. The name is for display.
 *
 * @param name file name, for display only
 * @param size size in bytes
 * @param hash hex SHA-256 of the size, the head and the tail
 */
public record DatasetFingerprint(String name, long size, String hash) {
    static final int SAMPLE = 1 << 20;

    public DatasetFingerprint {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(hash, "hash");
    }

    public static DatasetFingerprint of(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            MessageDigest sha = sha256();
            sha.update(Long.toString(size).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            digest(ch, 0, Math.min(size, SAMPLE), sha);
            if (size > SAMPLE) {
                long start = Math.max(SAMPLE, size - SAMPLE);
                digest(ch, start, size - start, sha);
            }
            return new DatasetFingerprint(String.valueOf(file.getFileName()), size, HexFormat.of().formatHex(sha.digest()));
        }
    }

    /** Whether both name the same content (the name does not count). */
    public boolean sameContent(DatasetFingerprint other) {
        return other != null && size == other.size && hash.equals(other.hash);
    }

    /** The first 12 hex digits of the hash: enough to tell datasets apart in a file name. */
    public String shortHash() {
        return hash.substring(0, 12);
    }

    private static void digest(FileChannel ch, long from, long length, MessageDigest sha) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
        long pos = from;
        long end = from + length;
        while (pos < end) {
            buf.clear().limit((int) Math.min(buf.capacity(), end - pos));
            int n = ch.read(buf, pos);
            if (n < 0) {
                break;
            }
            buf.flip();
            sha.update(buf);
            pos += n;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
