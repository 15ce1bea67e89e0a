package org.steplens.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.DoubleFunction;
import org.steplens.model.Problem;
import org.steplens.model.Solution;
import org.steplens.select.StepScoring;
import java.util.Objects;

/**
 * A solution as a figure for a slide or a paper: the problem, each step tinted by the scorer's probability that
 * it is correct, the predicted and the human first error, and the final answer with its verdict.
 *
 * @param title           the problem id (and the solution's, when it has one); the card's heading is the start of
 *                        the problem, the id leads its subtitle
 * @param problem         the problem statement as written, LaTeX math included (the card typesets it)
 * @param steps           the steps, in order
 * @param finalAnswer     the final answer, or null
 * @param correct         whether it is correct, or null when unknown
 * @param predictedError  index of the first step below the threshold, or -1 for none, or null when unscored
 * @param humanError      the human first error (-1 for none), or null when unlabelled
 * @param scorer          the scorer whose probabilities tint the steps
 * @param threshold       the first-error threshold
 * @param provenance      footer and metadata, or null
 */
public record SolutionCardSpec(String title, String problem, List<Step> steps, String finalAnswer, Boolean correct,
                               Integer predictedError, Integer humanError, String scorer, double threshold,
                               Provenance provenance) implements FigureSpec {

    /**
     * One step.
     *
     * @param text        as written, LaTeX math included
     * @param probability the scorer's P(correct), NaN when unscored
     * @param tint        its colour on the probability scale
     */
    public record Step(String text, double probability, ChartColor tint) {
        public Step {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(tint, "tint");
        }
    }

    /** The card of one solution, steps tinted by the shared {@link ProbabilityScale}. */
    public static SolutionCardSpec of(Problem problem, Solution solution, StepScoring scoring, double threshold,
                                      Integer predictedError, Provenance provenance) {
        return of(problem, solution, scoring, threshold, predictedError, ProbabilityScale::color, provenance);
    }

    /**
     * The card of one solution, with a caller-given colour scale.
     *
     * @param scoring        the scorer and neutral policy whose step probabilities ({@link StepScoring}) tint the steps
     * @param predictedError the first step below the threshold under {@code scoring} (e.g. from the analyze
     *                       package's first-error predictor), -1 for none, null when the scorer did not score it
     * @param tint           the probability colour scale the UI uses (NaN means unscored)
     */
    public static SolutionCardSpec of(Problem problem, Solution solution, StepScoring scoring, double threshold,
                                      Integer predictedError, DoubleFunction<ChartColor> tint, Provenance provenance) {
        List<Step> steps = new ArrayList<>();
        double[] probabilities = scoring.probabilities(solution);
        for (int i = 0; i < solution.stepCount(); i++) {
            double p = i < probabilities.length ? probabilities[i] : Double.NaN;
            steps.add(new Step(solution.stepText(i), p, tint.apply(p)));
        }
        OptionalInt human = solution.humanFirstError();
        String title = problem.id() + solution.id().map(id -> " · " + id).orElse("");
        return new SolutionCardSpec(title, problem.text(), steps, solution.finalAnswer().orElse(null),
                solution.correct().orElse(null), predictedError, human.isPresent() ? human.getAsInt() : null, scoring.scorer(),
                threshold, provenance);
    }

    public SolutionCardSpec {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(problem, "problem");
        steps = List.copyOf(steps);
    }
}
