package org.steplens.ui.compare;

import org.steplens.analyze.FirstErrorPredictor;
import org.steplens.model.Problem;
import org.steplens.model.Solution;
import org.steplens.select.StepScoring;
import org.steplens.ui.session.AnalysisSettings;

/**
 * One side of a comparison: a solution with its step probabilities under one step scorer.
 *
 * @param title         what the column header says, e.g. "Candidate 3 · answer 19 · correct"
 * @param problem       the problem it answers
 * @param solution      the solution
 * @param probabilities P(correct) per step (NaN for an unscored step), or an empty array when unscored
 * @param firstError    the first step predicted incorrect, or a negative number when none (or unscored)
 * @param scorer        the step scorer the probabilities come from (null: the session's, not named)
 * @param hint          the answer the prompt hinted at, whose mentions in this side's steps are highlighted for a
 *                      reviewer; null for no highlights
 */
public record CompareSide(String title, Problem problem, Solution solution, double[] probabilities, int firstError,
                          String scorer, String hint) {

    public CompareSide(String title, Problem problem, Solution solution, double[] probabilities, int firstError) {
        this(title, problem, solution, probabilities, firstError, null, null);
    }

    /** {@code solution} under the step scorer {@code scorer}, with the user's neutral policy and threshold. */
    public static CompareSide under(String title, Problem problem, Solution solution, String scorer,
                                    AnalysisSettings settings) {
        double[] p = new StepScoring(scorer, settings.aggregation().neutral()).probabilities(solution);
        int firstError = p.length == 0 ? -1 : FirstErrorPredictor.predict(p, settings.threshold());
        return new CompareSide(title, problem, solution, p, firstError, scorer, null);
    }

    /** The same side with the hinted answer's mentions highlighted. */
    public CompareSide withHint(String hintedAnswer) {
        return new CompareSide(title, problem, solution, probabilities, firstError, scorer, hintedAnswer);
    }

    public double probability(int step) {
        return step >= 0 && step < probabilities.length ? probabilities[step] : Double.NaN;
    }
}
