package org.steplens.review;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The process {@link ReviewCrashTest} kills: opens a journal, continues a fixed script of edits from where the
 * journal stops, and prints "ack N" once edit N is on disk. Runs until killed (or the script ends).
 */
public final class ReviewCrashChild {
    private ReviewCrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Path journal = Path.of(args[0]);
        DatasetFingerprint fp = new DatasetFingerprint("crash.jsonl", 1, "00");
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (ReviewStore store = ReviewStore.open(journal, fp)) {
            long next = store.state().editCount();
            out.println("start " + next);
            for (long i = next; i < 1_000_000; i++) {
                store.apply(scripted(i));
                out.println("ack " + i);
            }
        }
    }

    /** Edit number {@code i} of the script: ratings, tags and notes over a few solutions, deterministic. */
    static ReviewEdit scripted(long i) {
        String problem = "p" + (i % 7);
        int solution = (int) (i % 3);
        int step = (int) (i % 11);
        ReviewTarget target = ReviewTarget.step(problem, solution, step);
        return switch ((int) (i % 4)) {
            case 0 -> ReviewEdit.rate("ana", target, StepRating.values()[(int) (i / 4 % 4)]);
            case 1 -> ReviewEdit.tag("ana", target, ReviewState.DEFAULT_TAGS.get((int) (i % 7)));
            case 2 -> ReviewEdit.note("ana", target, "note " + i + " ✓ \"quoted\"");
            default -> ReviewEdit.rate("ben", target, StepRating.values()[(int) (i % 3)]);
        };
    }
}
