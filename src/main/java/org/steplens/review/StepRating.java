package org.steplens.review;

import java.util.Optional;

/** A reviewer's judgement of one step: PRM800K's -1 / 0 / +1, or "unsure" (counted as missing in agreement). */
public enum StepRating {
    NEGATIVE("-1"), NEUTRAL("0"), POSITIVE("+1"), UNSURE("unsure");

    private final String label;

    StepRating(String label) {
        this.label = label;
    }

    /** The PRM800K value, or empty for {@link #UNSURE}. */
    public Optional<Integer> prm800kValue() {
        return switch (this) {
            case NEGATIVE -> Optional.of(-1);
            case NEUTRAL -> Optional.of(0);
            case POSITIVE -> Optional.of(1);
            case UNSURE -> Optional.empty();
        };
    }

    /** "-1", "0", "+1" or "unsure": how journals, CSV and the UI write it. */
    public String label() {
        return label;
    }

    public static StepRating ofValue(int value) {
        return switch (value) {
            case -1 -> NEGATIVE;
            case 0 -> NEUTRAL;
            case 1 -> POSITIVE;
            default -> throw new IllegalArgumentException("a step rating is -1, 0 or 1, got " + value);
        };
    }

    /** Parses {@link #label()} (and "1" for +1). */
    public static StepRating parse(String text) {
        return switch (text) {
            case "-1" -> NEGATIVE;
            case "0" -> NEUTRAL;
            case "1", "+1" -> POSITIVE;
            case "unsure" -> UNSURE;
            default -> throw new IllegalArgumentException("a step rating is -1, 0, +1 or unsure, got \"" + text + "\"");
        };
    }
}
