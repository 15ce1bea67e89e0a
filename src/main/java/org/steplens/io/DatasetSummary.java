package org.steplens.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.steplens.model.Dataset;
import org.steplens.model.HumanRating;
import org.steplens.model.Problem;
import org.steplens.model.NamedScores;
import org.steplens.model.ScorerNames;
import org.steplens.model.ScorersSeen;
import org.steplens.model.Solution;
import org.steplens.model.StepProbabilities;

/**
 * Counts that describe a loaded dataset: sizes, scorers, labels, and whether a stated PRM solution score is the
 * product of its step probabilities. Used by {@code steplens info}; the lines are plain text.
 */
public record DatasetSummary(
        String format, int problems, long solutions, long steps, Set<String> stepScorers, Set<String> solutionScorers,
        long groundTruthAnswers, long finalAnswers, long correctKnown, long correct,
        long firstErrorLabels, long firstErrorErroneous,
        long errorStepSolutions, long errorStepErroneous, long errorStepsPastEnd,
        long ratedSolutions, long ratedSteps, long positive, long neutral, long negative, long unrated,
        long humanErroneous, long threeWaySolutions,
        long productChecked, long productReproduced, double productMaxDifference,
        List<String> ratedSolutionLines) {

    /** At most this many human-rated solutions are listed one by one. */
    static final int LISTED_RATED_SOLUTIONS = 10;
    /** A stated score within this of the product counts as reproduced (floating-point rounding only). */
    static final double REPRODUCED_TOLERANCE = 1e-12;

    public static DatasetSummary of(Dataset d) {
        Counter c = new Counter();
        for (Problem p : d.problems()) {
            c.add(p);
        }
        return c.summary(d);
    }

    /**
     * Counts problems as a load completes them, in file order, so the summary costs no pass of its own over a big
     * dataset afterwards (a pass over ~10^6 solutions that are no longer in the processor's caches, run once by
     * code not yet compiled, costs about a second there).
     */
    public static final class Running {
        private final Counter counter = new Counter();
        private final List<Problem> counted = new ArrayList<>();

        /** Counts problems completed by the load, in the order the dataset will list them. */
        public void add(List<Problem> completed) {
            for (Problem p : completed) {
                counter.add(p);
                counted.add(p);
            }
        }

        /**
         * The summary of {@code d}: from the counts when its problems are exactly the ones counted (the same
         * objects, in the same order: the model is immutable), else counted afresh.
         */
        public DatasetSummary of(Dataset d) {
            if (!d.holdsExactly(counted)) {
                return DatasetSummary.of(d);
            }
            return counter.summary(d);
        }
    }

    /** The summary as "name: value" lines. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add("format: " + format);
        out.add("problems: " + problems);
        out.add("solutions: " + solutions);
        out.add("steps: " + steps);
        out.add("step scorers: " + names(stepScorers));
        out.add("solution scorers: " + names(solutionScorers));
        out.add("ground-truth answers: " + groundTruthAnswers + " of " + problems + " problems");
        if (solutions > 0) {
            out.add("final answers: " + finalAnswers + " of " + solutions + " solutions");
            out.add("correctness known: " + correctKnown + " (" + correct + " correct, " + (correctKnown - correct)
                    + " incorrect)");
        }
        if (firstErrorLabels > 0) {
            out.add("first-error labels: " + firstErrorLabels + " (" + firstErrorErroneous + " erroneous, "
                    + (firstErrorLabels - firstErrorErroneous) + " correct)");
        }
        if (errorStepSolutions > 0) {
            out.add("error-step labels: " + errorStepSolutions + " solutions (" + errorStepErroneous
                    + " with error steps, " + (errorStepSolutions - errorStepErroneous) + " without)"
                    + (errorStepsPastEnd > 0 ? "; " + errorStepsPastEnd + " name a step past the last one" : ""));
        }
        if (ratedSolutions > 0) {
            out.add("human step ratings: " + ratedSteps + " steps in " + ratedSolutions + " solutions (" + positive
                    + " positive, " + neutral + " neutral, " + negative + " negative, " + unrated + " unrated)");
            out.add("human first errors: " + humanErroneous + " solutions with a step rated -1, "
                    + (ratedSolutions - humanErroneous) + " without");
            out.addAll(ratedSolutionLines);
        }
        if (threeWaySolutions > 0) {
            out.add("three-way step probabilities (rating_probs): " + threeWaySolutions + " solutions");
        }
        if (productChecked > 0) {
            out.add(String.format(Locale.ROOT,
                    "stated prm score = product of step prm probabilities (Π(P(1)+P(0)) for three-way): reproduced"
                            + " on %d of %d solutions, max |difference| %s", productReproduced, productChecked,
                    productMaxDifference == 0 ? "0" : String.format(Locale.ROOT, "%.3g", productMaxDifference)));
        }
        return out;
    }

    private static String names(Set<String> names) {
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    private static final class Counter {
        long groundTruth;
        long finalAnswers;
        long correctKnown;
        long correct;
        long firstErrorLabels;
        long firstErrorErroneous;
        long errorStepSolutions;
        long errorStepErroneous;
        long errorStepsPastEnd;
        long ratedSolutions;
        long ratedSteps;
        long positive;
        long neutral;
        long negative;
        long unrated;
        long humanErroneous;
        long threeWay;
        long productChecked;
        long productReproduced;
        double productMaxDifference;
        final List<String> ratedLines = new ArrayList<>();
        long steps;
        final ScorersSeen scorers = new ScorersSeen();
        private NamedScores lastScores;
        private int statedIndex = -1;

        void add(Problem p) {
            if (p.groundTruthAnswer() != null) {
                groundTruth++;
            }
            for (int i = 0; i < p.solutionCount(); i++) {
                add(p, i, p.solution(i));
            }
        }

        DatasetSummary summary(Dataset d) {
            return new DatasetSummary(d.format(), d.problemCount(), d.solutionCount(), steps,
                    scorers.stepScorers(), scorers.solutionScorers(), groundTruth, finalAnswers, correctKnown,
                    correct, firstErrorLabels, firstErrorErroneous, errorStepSolutions, errorStepErroneous,
                    errorStepsPastEnd, ratedSolutions, ratedSteps, positive, neutral, negative, unrated,
                    humanErroneous, threeWay, productChecked, productReproduced, productMaxDifference,
                    ratedSolutions <= LISTED_RATED_SOLUTIONS ? List.copyOf(ratedLines) : List.of());
        }

        /** One pass over the solutions (a big dataset's objects are far apart in memory: each pass costs). */
        private void add(Problem p, int index, Solution s) {
            steps += s.stepCount();
            scorers.add(s);
            if (s.finalAnswerOrNull() != null) {
                finalAnswers++;
            }
            Boolean isCorrect = s.correctOrNull();
            if (isCorrect != null) {
                correctKnown++;
                if (isCorrect) {
                    correct++;
                }
            }
            OptionalInt label = s.firstErrorLabel();
            if (label.isPresent()) {
                firstErrorLabels++;
                if (label.getAsInt() != Solution.NO_ERROR) {
                    firstErrorErroneous++;
                }
            }
            Optional<int[]> errorSteps = s.errorStepLabels();
            if (errorSteps.isPresent()) {
                errorStepSolutions++;
                int[] labels = errorSteps.get();
                if (labels.length > 0) {
                    errorStepErroneous++;
                }
                for (int l : labels) {
                    if (l >= s.stepCount()) {
                        errorStepsPastEnd++;
                        break;
                    }
                }
            }
            if (s.hasHumanRatings()) {
                addRatings(p, index, s);
            }
            if (s.hasThreeWay()) {
                threeWay++;
            }
            checkProduct(s);
        }

        private void addRatings(Problem p, int index, Solution s) {
            ratedSolutions++;
            StringBuilder line = new StringBuilder("  ").append(p.id()).append(" solution ").append(index + 1)
                    .append(": ratings");
            for (int i = 0; i < s.stepCount(); i++) {
                Optional<HumanRating> r = s.humanRating(i);
                if (r.isEmpty()) {
                    unrated++;
                    line.append(" ?");
                    continue;
                }
                ratedSteps++;
                line.append(' ').append(r.get().value());
                switch (r.get()) {
                    case POSITIVE -> positive++;
                    case NEUTRAL -> neutral++;
                    case NEGATIVE -> negative++;
                }
            }
            int first = s.humanFirstError().orElse(Solution.NO_ERROR);
            if (first != Solution.NO_ERROR) {
                humanErroneous++;
                line.append("; first error: step ").append(first + 1).append(" (index ").append(first).append(')');
            } else {
                line.append("; no step rated -1");
            }
            if (ratedLines.size() < LISTED_RATED_SOLUTIONS) {
                ratedLines.add(line.toString());
            }
        }

        private void checkProduct(Solution s) {
            NamedScores scores = s.scores();
            if (!scores.sameScorers(lastScores)) { // the index of "prm", found once per set of scorer names
                lastScores = scores;
                statedIndex = scores.indexOf(ScorerNames.PRM);
            }
            OptionalDouble stated = statedIndex < 0 ? OptionalDouble.empty() : OptionalDouble.of(scores.value(statedIndex));
            StepProbabilities probabilities = s.stepProbabilities();
            int prm = probabilities.indexOf(ScorerNames.PRM);
            if (stated.isEmpty() || prm < 0) {
                return;
            }
            double product = 1;
            for (int step = 0; step < probabilities.stepCount(prm); step++) {
                product *= probabilities.value(prm, step);
            }
            double difference = Math.abs(product - stated.getAsDouble());
            productChecked++;
            if (difference <= REPRODUCED_TOLERANCE) {
                productReproduced++;
            }
            productMaxDifference = Math.max(productMaxDifference, difference);
        }
    }
}
