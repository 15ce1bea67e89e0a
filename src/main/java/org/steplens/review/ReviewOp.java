package org.steplens.review;

/**
 * The kinds of journal entries. Each carries one value; a null value clears the field. Undo is a new entry that
 * sets the old value back, so a replay (a fold over the entries) always gives what the reviewer last saw.
 */
public enum ReviewOp {
    /** Step rating: a {@link StepRating}, or null to clear. */
    RATE("rate"),
    /** Add a tag (a String) to a step or solution. */
    TAG("tag"),
    /** Remove a tag (a String). */
    UNTAG("untag"),
    /** A note (String; null or blank clears) on a step or solution. */
    NOTE("note"),
    /** A solution's {@link Verdict}, or null. */
    VERDICT("verdict"),
    /** Whether the final answer follows from the steps (Boolean), or null. */
    ANSWER_FOLLOWS("answer-follows"),
    /** A reviewer's own tag name (String) added to the vocabulary; the target is ignored. */
    DEFINE_TAG("define-tag");

    private final String id;

    ReviewOp(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static ReviewOp parse(String id) {
        for (ReviewOp op : values()) {
            if (op.id.equals(id)) {
                return op;
            }
        }
        throw new IllegalArgumentException("unknown op \"" + id + "\"");
    }
}
