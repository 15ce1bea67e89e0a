package org.steplens.io.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key of a source file: the same for the same bytes, different after any one-byte change in head or tail. */
class CacheKeyTest {
    @TempDir
    Path dir;

    @Test
    void everyByteOfTheHeadAndTailCounts() throws IOException {
        Random random = new Random(19);
        for (int size : new int[] {1, 7, 8, 9, 65_535, 65_536, 65_537, 200_003}) {
            byte[] bytes = new byte[size];
            random.nextBytes(bytes);
            Path file = dir.resolve("data-" + size + ".jsonl");
            FileTime time = FileTime.fromMillis(1_700_000_000_000L);
            Files.write(file, bytes);
            Files.setLastModifiedTime(file, time);
            CacheKey key = CacheKey.of(file);
            assertEquals(key, CacheKey.of(file), "same bytes, same key");
            for (int trial = 0; trial < 40; trial++) {
                int at = trial % 2 == 0 ? random.nextInt(Math.min(size, 1 << 16))
                        : size - 1 - random.nextInt(Math.min(size, 1 << 16));
                byte[] changed = bytes.clone();
                changed[at] ^= (byte) (1 << random.nextInt(8));
                Files.write(file, changed);
                Files.setLastModifiedTime(file, time);
                CacheKey other = CacheKey.of(file);
                assertEquals(key.size(), other.size());
                assertEquals(key.modifiedMillis(), other.modifiedMillis());
                assertNotEquals(key.headTailHash(), other.headTailHash(), "size " + size + ", byte " + at);
            }
        }
    }
}
