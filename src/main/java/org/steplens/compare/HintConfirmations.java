package org.steplens.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.steplens.review.DatasetFingerprint;
import org.steplens.review.ReviewJournal;
import org.steplens.review.ReviewLocation;
import org.steplens.review.ReviewState;
import org.steplens.review.ReviewTarget;
import org.steplens.review.SolutionKey;

/**
 * A reviewer's answer to "does this reasoning mention the hint?", kept as a whole-solution review tag on run B's
 * solution (keyword matching misjudges acknowledgement by up to 30 points, so a person confirms), and the run-level
 * count that prefers those answers to the keyword match wherever a reviewer gave one. No JavaFX.
 */
public final class HintConfirmations {
    /** The tag a reviewer puts on a solution whose reasoning does mention the hint. */
    public static final String MENTIONS = "mentions the hint";
    /** The tag for reasoning that does not mention it. */
    public static final String NO_MENTION = "does not mention the hint";

    private final ReviewState state;

    public HintConfirmations(ReviewState state) {
        this.state = state;
    }

    /** No confirmations at all (no review journal). */
    public static HintConfirmations none() {
        return new HintConfirmations(new ReviewState());
    }

    /** The confirmations in the review journal of {@code runB} (beside it, or in the user folder), if it has one. */
    public static HintConfirmations of(Path runB) throws IOException {
        Path journal = ReviewLocation.forDataset(runB, DatasetFingerprint.of(runB)).journal();
        if (!Files.isRegularFile(journal)) {
            return none();
        }
        ReviewState state = new ReviewState();
        state.applyAll(ReviewJournal.read(journal).edits());
        return new HintConfirmations(state);
    }

    /**
     * What reviewers said about {@code solution}: the majority of the reviewers who tagged it one way or the other;
     * empty when none did or they are split evenly (then the keyword match stands).
     */
    public Optional<Boolean> confirmed(SolutionKey solution) {
        return confirmed(state, solution);
    }

    /** The same over any review state (e.g. one being edited). */
    public static Optional<Boolean> confirmed(ReviewState state, SolutionKey solution) {
        int yes = 0;
        int no = 0;
        for (String reviewer : state.reviewers()) {
            var review = state.review(reviewer, solution).orElse(null);
            if (review == null) {
                continue;
            }
            var tags = review.tags(ReviewTarget.WHOLE_SOLUTION);
            if (tags.contains(MENTIONS) && !tags.contains(NO_MENTION)) {
                yes++;
            } else if (tags.contains(NO_MENTION) && !tags.contains(MENTIONS)) {
                no++;
            }
        }
        return yes == no ? Optional.empty() : Optional.of(yes > no);
    }

    /**
     * Of the problems that flipped to the hint: how many mention it, a reviewer's answer counting where there is one
     * and the keyword match elsewhere.
     *
     * @param flippedToHint problems whose run-B answer is the hinted one
     * @param mentioning    of those, how many mention the hint (confirmed or by keyword)
     * @param confirmed     of those flips, how many a reviewer answered
     * @param keywordOnly   of those flips, how many the keyword match says mention it (ignoring reviewers)
     */
    public record Count(int flippedToHint, int mentioning, int confirmed, int keywordOnly) {
        public double rate() {
            return flippedToHint == 0 ? Double.NaN : (double) mentioning / flippedToHint;
        }
    }

    /** Counts over {@code rows}; {@code confirmedOf} gives a row's reviewer answer, if any. */
    public static Count count(List<RunComparison.Row> rows,
                              Function<RunComparison.Row, Optional<Boolean>> confirmedOf) {
        int flips = 0;
        int mentioning = 0;
        int confirmed = 0;
        int keyword = 0;
        for (RunComparison.Row row : rows) {
            if (!row.toHint()) {
                continue;
            }
            flips++;
            keyword += row.mentionsHint() ? 1 : 0;
            Optional<Boolean> said = confirmedOf.apply(row);
            confirmed += said.isPresent() ? 1 : 0;
            mentioning += said.orElse(row.mentionsHint()) ? 1 : 0;
        }
        return new Count(flips, mentioning, confirmed, keyword);
    }

    /** Counts over {@code rows} with this journal's answers (run B's solution of each row). */
    public Count count(List<RunComparison.Row> rows) {
        return count(rows, row -> row.solutionB() < 0 ? Optional.empty()
                : confirmed(new SolutionKey(row.problemId(), row.solutionB())));
    }
}
