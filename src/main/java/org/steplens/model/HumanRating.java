package org.steplens.model;

/** A human step rating in PRM800K's three-way scheme. */
public enum HumanRating {
    NEGATIVE(-1), NEUTRAL(0), POSITIVE(1);

    private final int value;

    HumanRating(int value) {
        this.value = value;
    }

    public int value() {
        return value;
    }

    public static HumanRating of(int value) {
        return switch (value) {
            case -1 -> NEGATIVE;
            case 0 -> NEUTRAL;
            case 1 -> POSITIVE;
            default -> throw new IllegalArgumentException("rating must be -1, 0 or 1, got " + value);
        };
    }
}
