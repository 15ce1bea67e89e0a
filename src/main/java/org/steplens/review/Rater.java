package org.steplens.review;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.steplens.analyze.FirstErrorPredictor;
import org.steplens.analyze.StepTruth;
import org.steplens.model.Dataset;
import org.steplens.model.Problem;
import org.steplens.model.Solution;

/**
 * Someone or something that judges steps as -1 / 0 / +1: a reviewer, a PRM at a threshold, or the labels the
 * dataset came with. Missing judgements (unrated, unsure, after a first error) are empty.
 */
public interface Rater {
    String name();

    /** The rating of one step (-1, 0 or 1), or empty when this rater gave none. */
    Optional<Integer> rating(SolutionKey solution, int step);

    /** The first wrong step (0-based, or -1 for none), or empty when this rater did not get that far. */
    OptionalInt firstError(SolutionKey solution, int stepCount);

    /** The solutions this rater judged at all. */
    Set<SolutionKey> solutions();

    /** A reviewer, from a review state. Unsure counts as missing. */
    static Rater reviewer(ReviewState state, String reviewer) {
        return new Rater() {
            @Override
            public String name() {
                return reviewer;
            }

            @Override
            public Optional<Integer> rating(SolutionKey solution, int step) {
                return state.review(reviewer, solution).flatMap(r -> r.rating(step)).flatMap(StepRating::prm800kValue);
            }

            @Override
            public OptionalInt firstError(SolutionKey solution, int stepCount) {
                return state.review(reviewer, solution).map(r -> r.firstErrorLabel(stepCount))
                        .orElse(OptionalInt.empty());
            }

            @Override
            public Set<SolutionKey> solutions() {
                return state.reviewsBy(reviewer).keySet();
            }
        };
    }

    /**
     * A step scorer at a threshold: +1 at or above it, -1 below. {@code probabilities} gives a solution's step
     * probabilities under the user's settings (scorer and neutral policy), or null when it has none.
     */
    static Rater prm(String name, Dataset dataset, java.util.function.Function<Solution, double[]> probabilities,
                     double threshold) {
        DatasetIndex index = new DatasetIndex(dataset);
        return new Rater() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Optional<Integer> rating(SolutionKey key, int step) {
                double[] p = index.solution(key).map(probabilities).orElse(null);
                if (p == null || step >= p.length || Double.isNaN(p[step])) {
                    return Optional.empty();
                }
                return Optional.of(p[step] >= threshold ? 1 : -1);
            }

            @Override
            public OptionalInt firstError(SolutionKey key, int stepCount) {
                double[] p = index.solution(key).map(probabilities).orElse(null);
                return p == null ? OptionalInt.empty() : OptionalInt.of(FirstErrorPredictor.predict(p, threshold));
            }

            @Override
            public Set<SolutionKey> solutions() {
                return index.keys();
            }
        };
    }

    /**
     * The dataset's own human labels: PRM800K step ratings as given (0 stays 0), or a first-error label
     * (ProcessBench): steps before it +1, it -1, later steps missing.
     */
    static Rater datasetLabels(Dataset dataset) {
        DatasetIndex index = new DatasetIndex(dataset);
        return new Rater() {
            @Override
            public String name() {
                return "dataset labels";
            }

            @Override
            public Optional<Integer> rating(SolutionKey key, int step) {
                Solution s = index.solution(key).orElse(null);
                if (s == null || step >= s.stepCount()) {
                    return Optional.empty();
                }
                if (s.hasHumanRatings() && s.firstErrorLabel().isEmpty()) {
                    return s.humanRating(step).map(r -> r.value());
                }
                byte[] truth = StepTruth.of(s, true);
                if (truth == null || truth[step] == StepTruth.UNKNOWN) {
                    return Optional.empty();
                }
                return Optional.of(truth[step] == StepTruth.RIGHT ? 1 : -1);
            }

            @Override
            public OptionalInt firstError(SolutionKey key, int stepCount) {
                return index.solution(key).map(Solution::humanFirstError).orElse(OptionalInt.empty());
            }

            @Override
            public Set<SolutionKey> solutions() {
                Set<SolutionKey> out = new java.util.TreeSet<>();
                for (SolutionKey k : index.keys()) {
                    if (index.solution(k).map(Solution::hasHumanLabels).orElse(false)) {
                        out.add(k);
                    }
                }
                return out;
            }
        };
    }

    /** Solutions of a dataset by key. */
    final class DatasetIndex {
        private final java.util.Map<String, Problem> problems = new java.util.HashMap<>();
        private final Set<SolutionKey> keys = new java.util.TreeSet<>();

        public DatasetIndex(Dataset dataset) {
            for (Problem p : dataset.problems()) {
                problems.putIfAbsent(p.id(), p);
                for (int i = 0; i < p.solutionCount(); i++) {
                    keys.add(new SolutionKey(p.id(), i));
                }
            }
        }

        public Optional<Solution> solution(SolutionKey key) {
            Problem p = problems.get(key.problemId());
            return p == null || key.solution() >= p.solutionCount() ? Optional.empty()
                    : Optional.of(p.solution(key.solution()));
        }

        public Optional<Problem> problem(String id) {
            return Optional.ofNullable(problems.get(id));
        }

        public Set<SolutionKey> keys() {
            return keys;
        }
    }
}
