package org.steplens.grade.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A short, deterministic fuzz run of the grader, answer extraction and LaTeX-to-text normalisation (issue 18):
 * the seed corpus first (every reproduction of the issue, 500 MATH500 answers), then generated answers. No call
 * may throw, take longer than {@link #CALL_LIMIT} or allocate more than {@link #BYTE_LIMIT}. The counts bound
 * the run; the time caps only guard a very slow machine. Longer runs: {@code app/bench GraderFuzz}
 * (docs/fuzzing.md).
 */
class GraderFuzzTest {
    private static final long SEED = 18L;
    /** A hang detector, not a speed target: the grader's own budget is 5 s, so this leaves room for a busy machine. */
    private static final Duration CALL_LIMIT = Duration.ofSeconds(30);
    private static final long BYTE_LIMIT = 256L << 20;

    private static void fuzz(FuzzRun.Target target, int inputs, Duration cap) {
        FuzzRun.Report report = new FuzzRun(target, CALL_LIMIT, BYTE_LIMIT).run(SEED, inputs, cap);
        System.out.println(report.summary());
        assertEquals(List.of(), report.failures(), report.summary());
        assertTrue(report.inputs() >= Math.min(inputs, FuzzRun.seeds().size()), "at least the whole seed corpus");
    }

    @Test
    void grader() {
        fuzz(FuzzRun.Target.GRADE, 3_000, Duration.ofSeconds(10));
    }

    @Test
    void answerExtraction() {
        fuzz(FuzzRun.Target.EXTRACT, 5_000, Duration.ofSeconds(4));
    }

    @Test
    void latexToTextAndNormalisation() {
        fuzz(FuzzRun.Target.NORMALIZE, 5_000, Duration.ofSeconds(6));
    }
}
