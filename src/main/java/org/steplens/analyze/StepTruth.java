package org.steplens.analyze;

import java.util.OptionalInt;
import org.steplens.model.HumanRating;
import org.steplens.model.Solution;

/**
 * Which steps humans say are correct. From PRM800K ratings: +1 correct, -1 wrong, 0 by the neutral policy,
 * unrated unknown. Otherwise from a first-error label: steps before it correct, it wrong, after it unknown; all
 * correct for -1.
 */
public final class StepTruth {
    /** Codes per step. */
    public static final byte UNKNOWN = -1;
    public static final byte WRONG = 0;
    public static final byte RIGHT = 1;

    private StepTruth() {
    }

    /** Per-step codes, or null when the solution has no human judgement of its steps. */
    public static byte[] of(Solution s, boolean neutralIsCorrect) {
        int n = s.stepCount();
        byte[] out = new byte[n];
        if (s.hasHumanRatings() && s.firstErrorLabel().isEmpty()) {
            for (int i = 0; i < n; i++) {
                HumanRating r = s.humanRating(i).orElse(null);
                out[i] = r == null ? UNKNOWN
                        : r == HumanRating.POSITIVE ? RIGHT
                        : r == HumanRating.NEGATIVE ? WRONG
                        : neutralIsCorrect ? RIGHT : WRONG;
            }
            return out;
        }
        OptionalInt first = s.humanFirstError();
        if (first.isEmpty()) {
            return null;
        }
        int f = first.getAsInt();
        for (int i = 0; i < n; i++) {
            out[i] = f < 0 || i < f ? RIGHT : i == f ? WRONG : UNKNOWN;
        }
        return out;
    }
}
