package org.steplens.deck;

import java.util.Objects;
import org.steplens.select.PrmAggregation;

/**
 * One case of a deck: a candidate solution of a problem, shown under the analysis settings it was bookmarked with,
 * and the presenter's note.
 *
 * @param problemId   the problem's id in the data file
 * @param candidate   the candidate's 0-based index
 * @param scorer      the step scorer's name
 * @param aggregation how step probabilities were aggregated
 * @param threshold   the first-error threshold, in [0, 1]
 * @param note        the presenter's note, "" for none
 */
public record DeckCase(String problemId, int candidate, String scorer, PrmAggregation aggregation, double threshold,
                       String note) {
    /** Notes are for a slide, not an essay; longer ones are cut when read (a size budget on untrusted text). */
    public static final int MAX_NOTE = 4_000;

    public DeckCase {
        Objects.requireNonNull(problemId, "problemId");
        Objects.requireNonNull(scorer, "scorer");
        Objects.requireNonNull(aggregation, "aggregation");
        note = note == null ? "" : note.length() > MAX_NOTE ? note.substring(0, MAX_NOTE) : note;
        if (candidate < 0) {
            throw new IllegalArgumentException("candidate must be >= 0, got " + candidate);
        }
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in [0, 1], got " + threshold);
        }
    }

    public DeckCase withNote(String value) {
        return new DeckCase(problemId, candidate, scorer, aggregation, threshold, value);
    }

    /** Whether this case shows the same solution as {@code other} (settings and note aside). */
    public boolean sameSolution(DeckCase other) {
        return problemId.equals(other.problemId) && candidate == other.candidate;
    }
}
