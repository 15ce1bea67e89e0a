package org.steplens.io;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Stops a load that is about to run out of heap, before the JVM spends minutes in full collections and dies with a
 * bare OutOfMemoryError: after each block it looks at how full the heap's long-lived pools were after their last
 * collection, and gives up above {@link #LIMIT} with a message that says how to give StepLens more memory.
 */
final class HeapGuard {
    /** Share of the heap still in use right after a collection at which a load is stopped. */
    static final double LIMIT = 0.92;

    private HeapGuard() {
    }

    /** Too little memory to load a file: the message names the file and how to give more (STEPLENS_JAVA_OPTS). */
    static final class NotEnoughMemoryException extends IOException {
        NotEnoughMemoryException(String message) {
            super(message);
        }
    }

    static void check(Path file, long bytesRead, long total) throws NotEnoughMemoryException {
        long max = Runtime.getRuntime().maxMemory();
        long used = 0;
        for (MemoryPoolMXBean pool : tenured()) {
            if (pool.getCollectionUsage() != null) {
                used += pool.getCollectionUsage().getUsed();
            }
        }
        if (max != Long.MAX_VALUE && used > LIMIT * max) {
            throw outOfMemory(file, bytesRead, total);
        }
    }

    static NotEnoughMemoryException outOfMemory(Path file, long bytesRead, long total) {
        long maxMb = Runtime.getRuntime().maxMemory() >> 20;
        String where = total > 0 ? String.format(Locale.ROOT, " after %.0f %% of it", 100.0 * bytesRead / total) : "";
        return new NotEnoughMemoryException(file + ": not enough memory to load this file" + where
                + " (the Java heap is limited to " + maxMb + " MB). Give StepLens more, e.g. "
                + "STEPLENS_JAVA_OPTS=-Xmx" + Math.max(2, 2 * (maxMb + 1023) / 1024) + "g, and open it again.");
    }

    private static List<MemoryPoolMXBean> tenured() {
        return Holder.POOLS;
    }

    /** The heap pools that hold long-lived objects (old generation / tenured), found once. */
    private static final class Holder {
        static final List<MemoryPoolMXBean> POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .filter(p -> {
                    String n = p.getName().toLowerCase(Locale.ROOT);
                    return n.contains("old") || n.contains("tenured");
                })
                .toList();
    }
}
