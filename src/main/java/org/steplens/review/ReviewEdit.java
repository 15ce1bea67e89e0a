package org.steplens.review;

import java.time.Instant;
import java.util.Objects;

/**
 * One reviewer's edit: the unit the journal stores, one line each.
 *
 * @param time     when it was made
 * @param reviewer who made it (a name the reviewer chose)
 * @param op       what it does
 * @param target   the solution or step it is about (ignored by {@link ReviewOp#DEFINE_TAG})
 * @param value    the op's value (see {@link ReviewOp}); null clears
 */
public record ReviewEdit(Instant time, String reviewer, ReviewOp op, ReviewTarget target, Object value) {

    public ReviewEdit {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(target, "target");
        if (reviewer.isBlank()) {
            throw new IllegalArgumentException("a reviewer needs a name");
        }
        Class<?> expected = switch (op) {
            case RATE -> StepRating.class;
            case TAG, UNTAG, NOTE, DEFINE_TAG -> String.class;
            case VERDICT -> Verdict.class;
            case ANSWER_FOLLOWS -> Boolean.class;
        };
        if (value != null && !expected.isInstance(value)) {
            throw new IllegalArgumentException(op.id() + " takes a " + expected.getSimpleName() + ", got " + value);
        }
        if ((op == ReviewOp.TAG || op == ReviewOp.UNTAG || op == ReviewOp.DEFINE_TAG)
                && (value == null || ((String) value).isBlank())) {
            throw new IllegalArgumentException(op.id() + " needs a tag name");
        }
        if (op == ReviewOp.RATE && !target.isStep()) {
            throw new IllegalArgumentException("rate needs a step");
        }
        if ((op == ReviewOp.VERDICT || op == ReviewOp.ANSWER_FOLLOWS) && target.isStep()) {
            throw new IllegalArgumentException(op.id() + " is about a whole solution, not a step");
        }
    }

    public static ReviewEdit rate(String reviewer, ReviewTarget step, StepRating rating) {
        return new ReviewEdit(Instant.now(), reviewer, ReviewOp.RATE, step, rating);
    }

    public static ReviewEdit tag(String reviewer, ReviewTarget target, String tag) {
        return new ReviewEdit(Instant.now(), reviewer, ReviewOp.TAG, target, tag);
    }

    public static ReviewEdit untag(String reviewer, ReviewTarget target, String tag) {
        return new ReviewEdit(Instant.now(), reviewer, ReviewOp.UNTAG, target, tag);
    }

    public static ReviewEdit note(String reviewer, ReviewTarget target, String note) {
        return new ReviewEdit(Instant.now(), reviewer, ReviewOp.NOTE, target, note);
    }

    public static ReviewEdit verdict(String reviewer, SolutionKey solution, Verdict verdict) {
        return new ReviewEdit(Instant.now(), reviewer, ReviewOp.VERDICT,
                ReviewTarget.solution(solution.problemId(), solution.solution()), verdict);
    }

    public static ReviewEdit answerFollows(String reviewer, SolutionKey solution, Boolean follows) {
        return new ReviewEdit(Instant.now(), reviewer, ReviewOp.ANSWER_FOLLOWS,
                ReviewTarget.solution(solution.problemId(), solution.solution()), follows);
    }

    public static ReviewEdit defineTag(String reviewer, String tag) {
        return new ReviewEdit(Instant.now(), reviewer, ReviewOp.DEFINE_TAG, ReviewTarget.solution("", 0), tag);
    }

    /** The same edit by another clock reading (for tests and imports that keep the original time). */
    public ReviewEdit at(Instant when) {
        return new ReviewEdit(when, reviewer, op, target, value);
    }
}
