package org.steplens.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading through small mapped windows gives the file's bytes exactly, and a file cut short says so. */
class MappedFileStreamTest {
    @TempDir
    Path dir;

    private Path randomFile(int size) throws IOException {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return Files.write(dir.resolve("data-" + size + ".jsonl"), bytes);
    }

    @Test
    void readsEveryByteAcrossWindowBoundariesWithAnyReadSize() throws IOException {
        assertNull(MappedFileStream.openOrNull(randomFile(0), 4096), "an empty file is read the usual way");
        for (int size : new int[] {1, 4095, 4096, 4097, 3 * 4096 + 17}) {
            Path file = randomFile(size);
            byte[] expected = Files.readAllBytes(file);
            for (int readSize : new int[] {1, 7, 4096, 10_000}) {
                ByteArrayOutputStream got = new ByteArrayOutputStream();
                try (MappedFileStream in = MappedFileStream.openOrNull(file, 4096)) {
                    assertNotNull(in, "this JDK can unmap early");
                    byte[] buf = new byte[readSize];
                    int n;
                    while ((n = in.read(buf, 0, buf.length)) >= 0) {
                        assertTrue(n > 0, "a read of a non-empty range returns bytes or the end");
                        got.write(buf, 0, n);
                    }
                    assertEquals(-1, in.read());
                }
                assertArrayEquals(expected, got.toByteArray(), "size " + size + ", reads of " + readSize);
            }
        }
    }

    @Test
    void singleBytesAndSkipsFollowTheFile() throws IOException {
        Path file = randomFile(10_000);
        byte[] expected = Files.readAllBytes(file);
        try (MappedFileStream in = MappedFileStream.openOrNull(file, 4096)) {
            assertEquals(expected[0] & 0xFF, in.read());
            assertEquals(5_000, in.skip(5_000));
            assertEquals(expected[5_001] & 0xFF, in.read());
            assertEquals(10_000 - 5_002, in.skip(1 << 20));
            assertEquals(-1, in.read());
        }
    }

    @Test
    void aFileCutShortWhileReadEndsWhereItNowEndsAsReadWould() throws IOException {
        // windows of one page: the cut is seen when the next window is mapped; of four pages: inside the mapped
        // window, whose pages past the new end would fault if read
        for (int window : new int[] {4096, 4 * 4096}) {
            for (int cutTo : new int[] {3 * 4096 + 5, 100}) {
                Path file = randomFile(5 * 4096);
                byte[] original = Files.readAllBytes(file);
                ByteArrayOutputStream got = new ByteArrayOutputStream();
                try (MappedFileStream in = MappedFileStream.openOrNull(file, window)) {
                    byte[] buf = new byte[1000];
                    got.write(buf, 0, in.read(buf, 0, buf.length));
                    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
                        raf.setLength(cutTo);
                    }
                    int n;
                    while ((n = in.read(buf, 0, buf.length)) >= 0) {
                        got.write(buf, 0, n);
                    }
                }
                int expected = Math.max(1000, cutTo); // what was read before the cut stays read
                assertArrayEquals(Arrays.copyOf(original, expected), got.toByteArray(),
                        "window " + window + ", cut to " + cutTo);
            }
        }
    }

    @Test
    void closedStreamRefusesToRead() throws IOException {
        Path file = randomFile(100);
        MappedFileStream in = MappedFileStream.openOrNull(file, 4096);
        in.read();
        in.close();
        in.close(); // twice is harmless
        assertThrows(IOException.class, () -> in.read(new byte[10], 0, 10));
    }
}
