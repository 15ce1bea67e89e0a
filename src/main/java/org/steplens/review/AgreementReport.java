package org.steplens.review;

import java.util.List;
import java.util.Map;

/**
 * How far raters agree on step ratings and on the first wrong step.
 *
 * @param raters             rater names, in the order used by the confusion matrix and disagreements
 * @param units              steps rated by at least two raters
 * @param exactAgreement     share of those steps where every rater gave the same rating
 * @param cohenKappa         Cohen's kappa over steps both raters rated (two raters only; NaN otherwise or when undefined)
 * @param krippendorffAlpha  Krippendorff's alpha, ordinal metric, missing data allowed (NaN when undefined)
 * @param confusion          two raters: counts [row rater's rating + 1][column rater's rating + 1]; null otherwise
 * @param firstErrors        per pair of raters, agreement on the first wrong step (the ProcessBench label)
 * @param disagreements      steps where the raters' ratings differ, in solution and step order
 * @param firstErrorDisagreements solutions where two raters' first wrong steps differ
 */
public record AgreementReport(List<String> raters, int units, double exactAgreement, double cohenKappa,
                              double krippendorffAlpha, int[][] confusion, List<PairAgreement> firstErrors,
                              List<Disagreement> disagreements, List<FirstErrorDisagreement> firstErrorDisagreements) {

    /**
     * First-error agreement of two raters.
     *
     * @param a        one rater
     * @param b        the other
     * @param compared solutions both got far enough to give a first wrong step
     * @param equal    of those, solutions where both name the same step (or both none)
     */
    public record PairAgreement(String a, String b, int compared, int equal) {
        public double rate() {
            return compared == 0 ? Double.NaN : (double) equal / compared;
        }
    }

    /** A step the raters rate differently; a rater's missing rating is absent from the map. */
    public record Disagreement(SolutionKey solution, int step, Map<String, Integer> ratings) {
    }

    /** A solution whose first wrong step two raters see differently (-1 = none). */
    public record FirstErrorDisagreement(SolutionKey solution, String a, int firstErrorA, String b, int firstErrorB) {
    }
}
