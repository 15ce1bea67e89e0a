package org.steplens.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The edit that undoes another: it sets back what the field held before. Undo is an edit like any other, so the
 * journal stays append-only and a replay shows what the reviewer last saw.
 */
public final class ReviewInverse {
    private ReviewInverse() {
    }

    /** The edit that undoes {@code edit}, read against {@code before} (the state just before {@code edit}). */
    public static ReviewEdit of(ReviewState before, ReviewEdit edit) {
        ReviewTarget t = edit.target();
        Optional<SolutionReview> review = before.review(edit.reviewer(), t.solutionKey());
        Object old = switch (edit.op()) {
            case RATE -> review.flatMap(r -> r.rating(t.step())).orElse(null);
            case NOTE -> review.flatMap(r -> r.note(t.step())).orElse(null);
            case VERDICT -> review.flatMap(SolutionReview::verdict).orElse(null);
            case ANSWER_FOLLOWS -> review.flatMap(SolutionReview::answerFollows).orElse(null);
            case TAG, UNTAG, DEFINE_TAG -> null;
        };
        Instant now = Instant.now();
        return switch (edit.op()) {
            case TAG -> review.map(r -> r.tags(t.step()).contains((String) edit.value())).orElse(false)
                    ? edit.at(now) // the tag was there already: undoing changes nothing
                    : new ReviewEdit(now, edit.reviewer(), ReviewOp.UNTAG, t, edit.value());
            case UNTAG -> review.map(r -> r.tags(t.step()).contains((String) edit.value())).orElse(false)
                    ? new ReviewEdit(now, edit.reviewer(), ReviewOp.TAG, t, edit.value())
                    : edit.at(now);
            case DEFINE_TAG -> edit.at(now); // a defined tag stays in the vocabulary
            default -> new ReviewEdit(now, edit.reviewer(), edit.op(), t, old);
        };
    }

    /** The edits that undo {@code edits} (applied in order to {@code before}), in the order to apply them. */
    public static List<ReviewEdit> ofAll(ReviewState before, List<ReviewEdit> edits) {
        ReviewState scratch = new ReviewState();
        scratch.applyAll(before.snapshot());
        List<ReviewEdit> inverses = new ArrayList<>();
        for (ReviewEdit e : edits) {
            inverses.add(0, of(scratch, e));
            scratch.apply(e);
        }
        return inverses;
    }
}
