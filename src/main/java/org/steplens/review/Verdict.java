package org.steplens.review;

/** A reviewer's verdict on a whole solution's reasoning. */
public enum Verdict {
    CORRECT_REASONING("correct-reasoning"), FIRST_WRONG_STEP("first-wrong-step"), UNSURE("unsure");

    private final String id;

    Verdict(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Verdict parse(String id) {
        for (Verdict v : values()) {
            if (v.id.equals(id)) {
                return v;
            }
        }
        throw new IllegalArgumentException("a verdict is correct-reasoning, first-wrong-step or unsure, got \"" + id + "\"");
    }
}
