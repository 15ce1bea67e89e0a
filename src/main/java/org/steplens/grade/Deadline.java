package org.steplens.grade;

import java.time.Duration;

/** A point in time after which a comparison gives up (and counts as "not equal"). */
final class Deadline {
    /** Thrown when the time is up. */
    static final class Expired extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Expired() {
            super("comparison timed out", null, false, false);
        }
    }

    private final long endNanos;
    private int calls;

    private Deadline(long endNanos) {
        this.endNanos = endNanos;
    }

    static Deadline after(Duration d) {
        long now = System.nanoTime();
        long nanos = d.toNanos();
        return new Deadline(nanos >= Long.MAX_VALUE - now ? Long.MAX_VALUE : now + nanos);
    }

    /** Throws {@link Expired} once the time is up (reads the clock on every 64th call). */
    void check() {
        if ((++calls & 63) == 0 && System.nanoTime() - endNanos > 0) {
            throw new Expired();
        }
    }

    /** Reads the clock now. */
    void checkNow() {
        if (System.nanoTime() - endNanos > 0) {
            throw new Expired();
        }
    }
}
