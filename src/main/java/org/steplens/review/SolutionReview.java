package org.steplens.review;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One reviewer's review of one solution: step ratings, tags and notes by step, and the solution's verdict,
 * "answer follows from the steps", tags and note. Immutable; {@link #apply} returns the changed copy.
 */
public final class SolutionReview {
    private final String reviewer;
    private final SolutionKey solution;
    private final NavigableMap<Integer, StepRating> ratings;
    private final NavigableMap<Integer, SortedSet<String>> tags;
    private final NavigableMap<Integer, String> notes;
    private final Verdict verdict;
    private final Boolean answerFollows;
    private final Instant created;
    private final Instant updated;

    private SolutionReview(String reviewer, SolutionKey solution, NavigableMap<Integer, StepRating> ratings,
                           NavigableMap<Integer, SortedSet<String>> tags, NavigableMap<Integer, String> notes,
                           Verdict verdict, Boolean answerFollows, Instant created, Instant updated) {
        this.reviewer = reviewer;
        this.solution = solution;
        this.ratings = ratings;
        this.tags = tags;
        this.notes = notes;
        this.verdict = verdict;
        this.answerFollows = answerFollows;
        this.created = created;
        this.updated = updated;
    }

    static SolutionReview empty(String reviewer, SolutionKey solution, Instant created) {
        return new SolutionReview(reviewer, solution, new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), null, null,
                created, created);
    }

    public String reviewer() {
        return reviewer;
    }

    public SolutionKey solution() {
        return solution;
    }

    public Optional<StepRating> rating(int step) {
        return Optional.ofNullable(ratings.get(step));
    }

    /** Ratings by 0-based step, in step order. */
    public Map<Integer, StepRating> ratings() {
        return Collections.unmodifiableMap(ratings);
    }

    /** Tags of a step, or of the solution for {@link ReviewTarget#WHOLE_SOLUTION}. */
    public Set<String> tags(int step) {
        SortedSet<String> t = tags.get(step);
        return t == null ? Set.of() : Collections.unmodifiableSet(t);
    }

    /** Every step (and {@link ReviewTarget#WHOLE_SOLUTION}) that has tags. */
    public Set<Integer> taggedSteps() {
        return Collections.unmodifiableSet(tags.keySet());
    }

    /** The note of a step, or of the solution for {@link ReviewTarget#WHOLE_SOLUTION}. */
    public Optional<String> note(int step) {
        return Optional.ofNullable(notes.get(step));
    }

    public Set<Integer> notedSteps() {
        return Collections.unmodifiableSet(notes.keySet());
    }

    public Optional<Verdict> verdict() {
        return Optional.ofNullable(verdict);
    }

    public Optional<Boolean> answerFollows() {
        return Optional.ofNullable(answerFollows);
    }

    public Instant created() {
        return created;
    }

    public Instant updated() {
        return updated;
    }

    /** The first step rated -1, if any. */
    public OptionalInt firstNegativeStep() {
        for (Map.Entry<Integer, StepRating> e : ratings.entrySet()) {
            if (e.getValue() == StepRating.NEGATIVE) {
                return OptionalInt.of(e.getKey());
            }
        }
        return OptionalInt.empty();
    }

    /**
     * The reviewer's first wrong step as ProcessBench labels it: the first step rated -1; -1 ("no error") when every
     * one of {@code stepCount} steps is rated and none is -1; empty when the review is not that far.
     */
    public OptionalInt firstErrorLabel(int stepCount) {
        OptionalInt negative = firstNegativeStep();
        if (negative.isPresent()) {
            return negative;
        }
        if (verdict == Verdict.CORRECT_REASONING || isFullyRated(stepCount)) {
            return OptionalInt.of(-1);
        }
        return OptionalInt.empty();
    }

    /** Whether the review is complete enough to count as done: every step rated up to the first -1, or a verdict. */
    public boolean isComplete(int stepCount) {
        return verdict != null || firstNegativeStep().isPresent() && ratedUpToFirstNegative() || isFullyRated(stepCount);
    }

    private boolean ratedUpToFirstNegative() {
        int first = firstNegativeStep().orElse(-1);
        for (int i = 0; i < first; i++) {
            if (!ratings.containsKey(i)) {
                return false;
            }
        }
        return true;
    }

    private boolean isFullyRated(int stepCount) {
        if (stepCount <= 0) {
            return false;
        }
        for (int i = 0; i < stepCount; i++) {
            if (!ratings.containsKey(i)) {
                return false;
            }
        }
        return true;
    }

    public boolean isEmpty() {
        return ratings.isEmpty() && tags.isEmpty() && notes.isEmpty() && verdict == null && answerFollows == null;
    }

    /** This review with {@code edit} applied (the edit must be this reviewer's and this solution's). */
    SolutionReview apply(ReviewEdit edit) {
        int step = edit.target().step();
        NavigableMap<Integer, StepRating> r = ratings;
        NavigableMap<Integer, SortedSet<String>> t = tags;
        NavigableMap<Integer, String> n = notes;
        Verdict v = verdict;
        Boolean f = answerFollows;
        switch (edit.op()) {
            case RATE -> r = with(ratings, step, (StepRating) edit.value());
            case TAG -> t = withTag(step, (String) edit.value(), true);
            case UNTAG -> t = withTag(step, (String) edit.value(), false);
            case NOTE -> {
                String note = (String) edit.value();
                n = with(notes, step, note == null || note.isBlank() ? null : note);
            }
            case VERDICT -> v = (Verdict) edit.value();
            case ANSWER_FOLLOWS -> f = (Boolean) edit.value();
            case DEFINE_TAG -> {
                return this;
            }
        }
        Instant when = edit.time().isAfter(updated) ? edit.time() : updated;
        return new SolutionReview(reviewer, solution, r, t, n, v, f, created, when);
    }

    private static <V> NavigableMap<Integer, V> with(NavigableMap<Integer, V> map, int key, V value) {
        NavigableMap<Integer, V> copy = new TreeMap<>(map);
        if (value == null) {
            copy.remove(key);
        } else {
            copy.put(key, value);
        }
        return copy;
    }

    private NavigableMap<Integer, SortedSet<String>> withTag(int step, String tag, boolean add) {
        SortedSet<String> set = new TreeSet<>(tags.getOrDefault(step, new TreeSet<>()));
        if (add) {
            set.add(tag);
        } else {
            set.remove(tag);
        }
        return with(tags, step, set.isEmpty() ? null : set);
    }
}
