package org.steplens.model;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One candidate solution: its steps, its final answer, whether that answer is correct (when known), scores by
 * named scorer, and human labels. Immutable; {@link #toBuilder()} makes a changed copy.
 *
 * <p>Labels use 0-based step indices throughout. {@link #firstErrorLabel()} is ProcessBench's {@code label}:
 * the index of the earliest wrong step, or {@link #NO_ERROR}; PRMBench's 1-based {@code error_steps} are stored
 * 0-based in {@link #errorStepLabels()}.
 */
public final class Solution {
    /** A first-error label meaning "every step is correct". */
    public static final int NO_ERROR = -1;

    private static final int UNLABELLED = Integer.MIN_VALUE;
    private static final byte UNRATED = Byte.MIN_VALUE;

    private final String id;
    private final StepTexts steps;
    private final String finalAnswer;
    private final Boolean correct;
    private final NamedScores scores;
    private final StepProbabilities stepProbabilities;
    private final double[] threeWay;
    private final byte[] humanRatings;
    private final int firstErrorLabel;
    private final int[] errorStepLabels;
    private final String generator;
    private final String extraJson;

    private Solution(Builder b) {
        this.id = b.id;
        this.steps = b.steps;
        this.finalAnswer = b.finalAnswer;
        this.correct = b.correct;
        this.scores = b.scores;
        this.stepProbabilities = b.stepProbabilities;
        this.threeWay = b.threeWay;
        this.humanRatings = b.humanRatings;
        this.firstErrorLabel = b.firstErrorLabel;
        this.errorStepLabels = b.errorStepLabels;
        this.generator = b.generator;
        this.extraJson = b.extraJson;
        if (threeWay != null && threeWay.length != 3 * steps.count()) {
            throw new IllegalArgumentException("three-way probabilities for " + threeWay.length / 3 + " steps, solution has " + steps.count());
        }
        if (humanRatings != null && humanRatings.length != steps.count()) {
            throw new IllegalArgumentException("human ratings for " + humanRatings.length + " steps, solution has " + steps.count());
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.steps = steps;
        b.finalAnswer = finalAnswer;
        b.correct = correct;
        b.scores = scores;
        b.stepProbabilities = stepProbabilities;
        b.threeWay = threeWay;
        b.humanRatings = humanRatings;
        b.firstErrorLabel = firstErrorLabel;
        b.errorStepLabels = errorStepLabels;
        b.generator = generator;
        b.extraJson = extraJson;
        return b;
    }

    /** An identifier unique within its problem, if the source gave one. */
    public Optional<String> id() {
        return Optional.ofNullable(id);
    }

    public int stepCount() {
        return steps.count();
    }

    public String stepText(int index) {
        return steps.get(index);
    }

    /** The step texts, as an unmodifiable list. */
    public List<String> stepTexts() {
        return steps.all();
    }

    /** How the step texts are stored (strings, or UTF-8 in a {@link TextStore}); for writers of compact files. */
    public StepTexts stepTextStorage() {
        return steps;
    }

    /** Views of the steps, created on demand. */
    public List<Step> steps() {
        return new AbstractList<>() {
            @Override
            public Step get(int index) {
                return new Step(index, steps.get(index), Solution.this);
            }

            @Override
            public int size() {
                return steps.count();
            }
        };
    }

    /** The whole solution as one text, steps separated by blank lines. */
    public String fullText() {
        return String.join("\n\n", steps.all());
    }

    /** The final answer as extracted or given by the source; empty when the solution has none. */
    public Optional<String> finalAnswer() {
        return Optional.ofNullable(finalAnswer);
    }

    /** Whether the final answer is correct, when the source or a grader decided it. */
    public Optional<Boolean> correct() {
        return Optional.ofNullable(correct);
    }

    /**
     * {@link #finalAnswer()} and {@link #correct()} without an Optional, null when absent: for passes over millions
     * of solutions (an Optional per call there is a few hundred MB of garbage on a paper-sized file, and the JIT
     * shares one branch profile of {@code Optional.ofNullable} among all its callers: a value present where every
     * earlier one was absent, or the reverse, throws the compiled pass away and compiles it again).
     */
    public String finalAnswerOrNull() {
        return finalAnswer;
    }

    /** See {@link #finalAnswerOrNull()}. */
    public Boolean correctOrNull() {
        return correct;
    }

    /** {@link #id()}, null when absent; see {@link #finalAnswerOrNull()}. */
    public String idOrNull() {
        return id;
    }

    /** {@link #generator()}, null when absent; see {@link #finalAnswerOrNull()}. */
    public String generatorOrNull() {
        return generator;
    }

    /** {@link #extraJson()}, null when absent; see {@link #finalAnswerOrNull()}. */
    public String extraJsonOrNull() {
        return extraJson;
    }

    public NamedScores scores() {
        return scores;
    }

    public OptionalDouble score(String scorer) {
        return scores.get(scorer);
    }

    public StepProbabilities stepProbabilities() {
        return stepProbabilities;
    }

    public OptionalDouble stepProbability(String scorer, int step) {
        double p = stepProbabilities.get(scorer, step);
        return Double.isNaN(p) ? OptionalDouble.empty() : OptionalDouble.of(p);
    }

    public boolean hasThreeWay() {
        return threeWay != null;
    }

    public Optional<ThreeWayProbability> threeWay(int step) {
        if (threeWay == null) {
            return Optional.empty();
        }
        return Optional.of(new ThreeWayProbability(threeWay[3 * step], threeWay[3 * step + 1], threeWay[3 * step + 2]));
    }

    /** One packed three-way value, {@code threeWayPacked()[i]} without the copy (writers of compact files). */
    public double threeWayValue(int i) {
        return threeWay[i];
    }

    /** The three-way probabilities packed as P(+1), P(0), P(-1) per step (a copy), or null when there are none. */
    public double[] threeWayPacked() {
        return threeWay == null ? null : threeWay.clone();
    }

    public boolean hasHumanRatings() {
        return humanRatings != null;
    }

    public Optional<HumanRating> humanRating(int step) {
        if (humanRatings == null || humanRatings[step] == UNRATED) {
            return Optional.empty();
        }
        return Optional.of(HumanRating.of(humanRatings[step]));
    }

    /**
     * The human first error: ProcessBench's label when present, else the first step a human rated -1
     * (PRM800K), else {@link #NO_ERROR} when every step is rated; empty when there is no human judgement.
     */
    public OptionalInt humanFirstError() {
        if (firstErrorLabel != UNLABELLED) {
            return OptionalInt.of(firstErrorLabel);
        }
        if (humanRatings == null) {
            return OptionalInt.empty();
        }
        for (int i = 0; i < humanRatings.length; i++) {
            if (humanRatings[i] == -1) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.of(NO_ERROR);
    }

    /** ProcessBench's label exactly as given: first wrong step (0-based) or {@link #NO_ERROR}. */
    public OptionalInt firstErrorLabel() {
        return firstErrorLabel == UNLABELLED ? OptionalInt.empty() : OptionalInt.of(firstErrorLabel);
    }

    /** PRMBench's error steps, 0-based; empty when the source has none. */
    public Optional<int[]> errorStepLabels() {
        return errorStepLabels == null ? Optional.empty() : Optional.of(errorStepLabels.clone());
    }

    public boolean hasHumanLabels() {
        return humanRatings != null || firstErrorLabel != UNLABELLED || errorStepLabels != null;
    }

    /** The model that wrote the solution, when known. */
    public Optional<String> generator() {
        return Optional.ofNullable(generator);
    }

    /** Fields of the source record the model does not interpret, as compact JSON object text; kept for round trips. */
    public Optional<String> extraJson() {
        return Optional.ofNullable(extraJson);
    }

    // -- derived copies -------------------------------------------------------------------------------------

    public Solution withScore(String scorer, double value) {
        return toBuilder().scores(scores.with(scorer, value)).build();
    }

    public Solution withStepProbabilities(String scorer, double[] probabilities) {
        return toBuilder().stepProbabilities(stepProbabilities.with(scorer, probabilities)).build();
    }

    public Solution withCorrect(Boolean isCorrect) {
        return toBuilder().correct(isCorrect).build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Solution s
                && Objects.equals(id, s.id)
                && steps.equals(s.steps)
                && Objects.equals(finalAnswer, s.finalAnswer)
                && Objects.equals(correct, s.correct)
                && scores.equals(s.scores)
                && stepProbabilities.equals(s.stepProbabilities)
                && Arrays.equals(threeWay, s.threeWay)
                && Arrays.equals(humanRatings, s.humanRatings)
                && firstErrorLabel == s.firstErrorLabel
                && Arrays.equals(errorStepLabels, s.errorStepLabels)
                && Objects.equals(generator, s.generator)
                && Objects.equals(extraJson, s.extraJson);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, steps.count(), finalAnswer, correct, scores);
    }

    @Override
    public String toString() {
        return "Solution[" + (id == null ? "" : id + ", ") + steps.count() + " steps, answer=" + finalAnswer
                + ", correct=" + correct + ", scores=" + scores + "]";
    }

    /** Builds a {@link Solution}; every field is optional except the steps (which may be empty). */
    public static final class Builder {
        private String id;
        private StepTexts steps = StepTexts.NONE;
        private String finalAnswer;
        private Boolean correct;
        private NamedScores scores = NamedScores.EMPTY;
        private StepProbabilities stepProbabilities = StepProbabilities.EMPTY;
        private double[] threeWay;
        private byte[] humanRatings;
        private int firstErrorLabel = UNLABELLED;
        private int[] errorStepLabels;
        private String generator;
        private String extraJson;

        private Builder() {
        }

        public Builder id(String value) {
            this.id = value;
            return this;
        }

        public Builder steps(List<String> value) {
            this.steps = StepTexts.of(value);
            return this;
        }

        /** The steps as stored elsewhere (see {@link StepTexts#stored}). */
        public Builder stepTexts(StepTexts value) {
            this.steps = Objects.requireNonNull(value);
            return this;
        }

        public Builder finalAnswer(String value) {
            this.finalAnswer = value;
            return this;
        }

        public Builder correct(Boolean value) {
            this.correct = value;
            return this;
        }

        public Builder scores(NamedScores value) {
            this.scores = Objects.requireNonNull(value);
            return this;
        }

        public Builder score(String scorer, double value) {
            this.scores = scores.with(scorer, value);
            return this;
        }

        public Builder stepProbabilities(StepProbabilities value) {
            this.stepProbabilities = Objects.requireNonNull(value);
            return this;
        }

        public Builder stepProbabilities(String scorer, double[] value) {
            this.stepProbabilities = stepProbabilities.with(scorer, value);
            return this;
        }

        /** Three-way probabilities, one {@link ThreeWayProbability} per step, or null for none. */
        public Builder threeWay(List<ThreeWayProbability> value) {
            if (value == null) {
                this.threeWay = null;
                return this;
            }
            double[] packed = new double[3 * value.size()];
            for (int i = 0; i < value.size(); i++) {
                ThreeWayProbability p = value.get(i);
                packed[3 * i] = p.positive();
                packed[3 * i + 1] = p.neutral();
                packed[3 * i + 2] = p.negative();
            }
            this.threeWay = packed;
            return this;
        }

        /** Three-way probabilities packed as P(+1), P(0), P(-1) per step (see {@link #threeWayPacked()}), or null. */
        public Builder threeWayPacked(double[] packed) {
            this.threeWay = packed == null ? null : packed.clone();
            return this;
        }

        /** The first {@code length} values of {@code packed} (copied) as {@link #threeWayPacked(double[])}. */
        public Builder threeWayPacked(double[] packed, int length) {
            this.threeWay = Arrays.copyOf(packed, length);
            return this;
        }

        /** Human ratings per step; a null entry is an unrated step; a null list means no ratings at all. */
        public Builder humanRatings(List<HumanRating> value) {
            if (value == null) {
                this.humanRatings = null;
                return this;
            }
            byte[] packed = new byte[value.size()];
            for (int i = 0; i < packed.length; i++) {
                HumanRating r = value.get(i);
                packed[i] = r == null ? UNRATED : (byte) r.value();
            }
            this.humanRatings = packed;
            return this;
        }

        /** ProcessBench's label: index of the first wrong step, or {@link #NO_ERROR}; null clears it. */
        public Builder firstErrorLabel(Integer value) {
            this.firstErrorLabel = value == null ? UNLABELLED : value;
            return this;
        }

        /** PRMBench's error steps, 0-based; null for none. */
        public Builder errorStepLabels(int[] value) {
            this.errorStepLabels = value == null ? null : value.clone();
            return this;
        }

        public Builder generator(String value) {
            this.generator = value == null ? null : value.intern();
            return this;
        }

        public Builder extraJson(String value) {
            this.extraJson = value;
            return this;
        }

        public Solution build() {
            return new Solution(this);
        }
    }
}
