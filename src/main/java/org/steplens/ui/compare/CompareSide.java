package org.steplens.ui.compare;

import org.steplens.model.Problem;
import org.steplens.model.Solution;

/**
 * One side of a comparison: a solution with its step probabilities under the user's settings.
 *
 * @param title         what the column header says, e.g. "Candidate 3 · answer 19 · correct"
 * @param problem       the problem it answers
 * @param solution      the solution
 * @param probabilities P(correct) per step (NaN for an unscored step), or an empty array when unscored
 * @param firstError    the first step predicted incorrect, or a negative number when none (or unscored)
 */
public record CompareSide(String title, Problem problem, Solution solution, double[] probabilities, int firstError) {

    public double probability(int step) {
        return step >= 0 && step < probabilities.length ? probabilities[step] : Double.NaN;
    }
}
