package org.steplens.review;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every reviewer's reviews, as the fold of the journal's edits. Thread-safe; the reviews it hands out are
 * immutable snapshots.
 */
public final class ReviewState {
    /** The tags offered to every reviewer; reviewers add their own with {@link ReviewOp#DEFINE_TAG}. */
    public static final List<String> DEFAULT_TAGS = List.of("arithmetic error", "unsupported leap",
            "unfaithful to the answer", "restates", "hallucinated fact", "sycophantic", "skips a case");

    private final Map<String, Map<SolutionKey, SolutionReview>> byReviewer = new TreeMap<>();
    private final Set<String> customTags = new LinkedHashSet<>();
    private long edits;

    /** Applies one edit. */
    public synchronized void apply(ReviewEdit edit) {
        edits++;
        if (edit.op() == ReviewOp.DEFINE_TAG) {
            if (!DEFAULT_TAGS.contains((String) edit.value())) {
                customTags.add((String) edit.value());
            }
            return;
        }
        SolutionKey key = edit.target().solutionKey();
        Map<SolutionKey, SolutionReview> mine = byReviewer.computeIfAbsent(edit.reviewer(), r -> new TreeMap<>());
        SolutionReview before = mine.get(key);
        SolutionReview after = (before == null ? SolutionReview.empty(edit.reviewer(), key, edit.time()) : before)
                .apply(edit);
        if (after.isEmpty()) {
            mine.remove(key);
        } else {
            mine.put(key, after);
        }
    }

    public synchronized void applyAll(Iterable<ReviewEdit> all) {
        for (ReviewEdit e : all) {
            apply(e);
        }
    }

    /** How many edits were folded in. */
    public synchronized long editCount() {
        return edits;
    }

    public synchronized Optional<SolutionReview> review(String reviewer, SolutionKey solution) {
        Map<SolutionKey, SolutionReview> mine = byReviewer.get(reviewer);
        return mine == null ? Optional.empty() : Optional.ofNullable(mine.get(solution));
    }

    /** Reviewers with at least one non-empty review, sorted. */
    public synchronized List<String> reviewers() {
        List<String> out = new ArrayList<>();
        byReviewer.forEach((name, reviews) -> {
            if (!reviews.isEmpty()) {
                out.add(name);
            }
        });
        return out;
    }

    /** One reviewer's reviews, sorted by problem id and solution index. */
    public synchronized Map<SolutionKey, SolutionReview> reviewsBy(String reviewer) {
        return Collections.unmodifiableMap(new TreeMap<>(byReviewer.getOrDefault(reviewer, Map.of())));
    }

    /** The default tags followed by the ones reviewers added. */
    public synchronized List<String> tagVocabulary() {
        List<String> out = new ArrayList<>(DEFAULT_TAGS);
        out.addAll(customTags);
        return out;
    }

    /**
     * The fewest edits that rebuild this state: what compaction writes. Times are the review's creation time for
     * its first edit and its last update for the rest.
     */
    public synchronized List<ReviewEdit> snapshot() {
        List<ReviewEdit> out = new ArrayList<>();
        for (String tag : customTags) {
            out.add(ReviewEdit.defineTag("steplens", tag).at(java.time.Instant.EPOCH));
        }
        for (Map<SolutionKey, SolutionReview> reviews : byReviewer.values()) {
            for (SolutionReview r : reviews.values()) {
                out.addAll(editsOf(r));
            }
        }
        return out;
    }

    /** Edits that recreate one review from nothing. */
    static List<ReviewEdit> editsOf(SolutionReview r) {
        List<ReviewEdit> out = new ArrayList<>();
        String who = r.reviewer();
        String problem = r.solution().problemId();
        int sol = r.solution().solution();
        r.ratings().forEach((step, rating) -> out.add(new ReviewEdit(r.updated(), who, ReviewOp.RATE,
                ReviewTarget.step(problem, sol, step), rating)));
        for (int step : r.taggedSteps()) {
            for (String tag : r.tags(step)) {
                out.add(new ReviewEdit(r.updated(), who, ReviewOp.TAG, new ReviewTarget(problem, sol, step), tag));
            }
        }
        for (int step : r.notedSteps()) {
            out.add(new ReviewEdit(r.updated(), who, ReviewOp.NOTE, new ReviewTarget(problem, sol, step),
                    r.note(step).orElseThrow()));
        }
        r.verdict().ifPresent(v -> out.add(new ReviewEdit(r.updated(), who, ReviewOp.VERDICT,
                ReviewTarget.solution(problem, sol), v)));
        r.answerFollows().ifPresent(f -> out.add(new ReviewEdit(r.updated(), who, ReviewOp.ANSWER_FOLLOWS,
                ReviewTarget.solution(problem, sol), f)));
        if (!out.isEmpty()) {
            out.set(0, out.get(0).at(r.created()));
        }
        return out;
    }
}
