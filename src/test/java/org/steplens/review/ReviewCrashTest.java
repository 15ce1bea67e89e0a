package org.steplens.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety, measured: real JVMs apply scripted edits and are killed with SIGKILL at random moments; after each
 * kill the journal must replay to every acknowledged edit (and at most the one being acknowledged when the kill
 * came), in order, with nothing unreadable but a torn last line.
 */
class ReviewCrashTest {
    static final int KILLS = Integer.getInteger("steplens.crash.kills", 200);
    static final int LANES = 2;

    @TempDir
    Path dir;

    @Test
    void sigkillAtRandomMomentsLosesNoAcknowledgedEdit() throws Exception {
        List<Thread> lanes = new ArrayList<>();
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        AtomicLong acknowledged = new AtomicLong();
        AtomicLong torn = new AtomicLong();
        for (int lane = 0; lane < LANES; lane++) {
            Path journal = dir.resolve("lane" + lane + ".steplens-review.jsonl");
            Random random = new Random(20261201L + lane);
            Thread t = new Thread(() -> {
                try {
                    for (int k = 0; k < KILLS / LANES; k++) {
                        long acked = killOnce(journal, random);
                        ReviewJournal.Contents c = ReviewJournal.read(journal);
                        assertTrue(c.edits().size() >= acked + 1 && c.edits().size() <= acked + 2,
                                "kill " + k + ": acknowledged up to " + acked + ", journal holds " + c.edits().size());
                        for (int i = 0; i < c.edits().size(); i++) {
                            assertSameEdit(ReviewCrashChild.scripted(i), c.edits().get(i), i);
                        }
                        assertTrue(c.notices().size() <= 1 && c.notices().stream()
                                .allMatch(n -> n.contains("last line")), "kill " + k + ": " + c.notices());
                        torn.addAndGet(c.notices().size());
                        acknowledged.set(Math.max(acknowledged.get(), acked));
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            }, "crash-lane-" + lane);
            lanes.add(t);
            t.start();
        }
        for (Thread t : lanes) {
            t.join();
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.get(0));
        }
        System.out.println("ReviewCrashTest: " + KILLS + " SIGKILLs, 0 acknowledged edits lost, " + torn.get()
                + " torn last lines skipped, up to " + acknowledged.get() + " edits in one journal");
    }

    /** Starts a child, waits a random moment after its first acknowledgement, kills it; returns the last ack. */
    private static long killOnce(Path journal, Random random) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(javaBinary(), "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-Xmx64m", "-cp", leanClassPath(),
                ReviewCrashChild.class.getName(), journal.toString());
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        AtomicLong lastAck = new AtomicLong(Long.MIN_VALUE);
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        long[] first = {-1};
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.startsWith("start ")) {
                        first[0] = Long.parseLong(line.substring(6));
                        lastAck.set(first[0] - 1);
                    } else if (line.startsWith("ack ")) {
                        lastAck.set(Long.parseLong(line.substring(4)));
                        started.countDown();
                    }
                }
            } catch (IOException ignored) {
                // the process was killed
            }
        });
        reader.start();
        if (!started.await(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("child made no edit in 30 s");
        }
        Thread.sleep(random.nextInt(40));
        // SIGKILL through the handle: Process.destroyForcibly would also close our end of the pipe and lose acks
        // the child had already written.
        p.toHandle().destroyForcibly();
        p.waitFor();
        reader.join();
        return lastAck.get();
    }

    private static void assertSameEdit(ReviewEdit expected, ReviewEdit actual, int index) {
        assertEquals(expected.reviewer(), actual.reviewer(), "edit " + index);
        assertEquals(expected.op(), actual.op(), "edit " + index);
        assertEquals(expected.target(), actual.target(), "edit " + index);
        assertEquals(expected.value(), actual.value(), "edit " + index);
    }

    /** Our classes and Jackson only: a short class path starts the child JVM faster. */
    private static String leanClassPath() {
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(e -> e.endsWith("classes") || e.contains("jackson"))
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
