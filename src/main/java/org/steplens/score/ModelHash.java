package org.steplens.score;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A fingerprint of a model folder for the score cache: SHA-256 over every file's name and content. Files over
 * {@value #FULL_HASH_LIMIT} bytes (a 7B model's weights) contribute their size, modification time and first and
 * last 16 MB instead, so opening a 14 GB model does not mean reading 14 GB.
 */
public final class ModelHash {
    static final long FULL_HASH_LIMIT = 256L << 20;
    private static final int SAMPLE = 16 << 20;

    private ModelHash() {
    }

    public static String of(Path dir) throws IOException {
        MessageDigest sha = sha256();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().toLowerCase(Locale.ROOT).startsWith("readme"))
                    .sorted().toList();
        }
        for (Path f : files) {
            sha.update(f.getFileName().toString().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            long size = Files.size(f);
            if (size <= FULL_HASH_LIMIT) {
                try (InputStream in = Files.newInputStream(f)) {
                    byte[] buf = new byte[1 << 16];
                    for (int n; (n = in.read(buf)) > 0; ) {
                        sha.update(buf, 0, n);
                    }
                }
            } else {
                sha.update((size + ":" + Files.getLastModifiedTime(f).toMillis()).getBytes(StandardCharsets.UTF_8));
                try (FileChannel ch = FileChannel.open(f)) {
                    sha.update(read(ch, 0, SAMPLE));
                    sha.update(read(ch, size - SAMPLE, SAMPLE));
                }
            }
        }
        return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    }

    /** Hash of a solution's problem and step texts: the score cache key. */
    static String ofSolution(String problem, List<String> steps) {
        MessageDigest sha = sha256();
        sha.update(problem.getBytes(StandardCharsets.UTF_8));
        for (String s : steps) {
            sha.update((byte) 0);
            sha.update(s.getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest()).substring(0, 32);
    }

    private static ByteBuffer read(FileChannel ch, long position, int length) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(length);
        while (buf.hasRemaining()) {
            int n = ch.read(buf, position + buf.position());
            if (n < 0) {
                break;
            }
        }
        return buf.flip();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
