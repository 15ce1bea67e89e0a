package org.steplens.ui.session;

/**
 * One candidate as the inspector shows it, under the current {@link AnalysisSettings}.
 *
 * @param index             the candidate's position in the problem
 * @param stepProbabilities P(correct) per step under the settings; NaN for an unscored step; empty when unscored
 * @param prmScore          the aggregated PRM score, NaN when unscored
 * @param ormScore          the ORM score, NaN when absent
 * @param firstError        the first step predicted incorrect (P below the threshold), {@link #NO_ERROR} when none,
 *                          {@link #UNSCORED} when the candidate has no step scores
 * @param answer            the final answer, or null when the candidate has none
 * @param correct           whether the answer is correct, null when unknown
 */
public record CandidateReport(int index, double[] stepProbabilities, double prmScore, double ormScore, int firstError,
                              String answer, Boolean correct) {
    public static final int NO_ERROR = -1;
    public static final int UNSCORED = -2;

    public boolean scored() {
        return firstError != UNSCORED;
    }

    public double stepProbability(int step) {
        return step < stepProbabilities.length ? stepProbabilities[step] : Double.NaN;
    }
}
