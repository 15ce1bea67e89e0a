package org.steplens.analyze;

/**
 * ProcessBench metrics on one subset.
 *
 * @param subset             e.g. "gsm8k"
 * @param erroneous          records with an error (label ≥ 0)
 * @param correct            records without (label -1)
 * @param accuracyErroneous  share of erroneous records whose first error was found exactly (0–1; 0 when none)
 * @param accuracyCorrect    share of correct records predicted error-free (0–1; 0 when none)
 * @param f1                 harmonic mean of the two accuracies (0 when both are 0)
 */
public record SubsetMetrics(String subset, int erroneous, int correct, double accuracyErroneous,
                            double accuracyCorrect, double f1) {

    static SubsetMetrics of(String subset, int erroneous, int hitsErroneous, int correct, int hitsCorrect) {
        double accE = erroneous == 0 ? 0 : (double) hitsErroneous / erroneous;
        double accC = correct == 0 ? 0 : (double) hitsCorrect / correct;
        return new SubsetMetrics(subset, erroneous, correct, accE, accC, harmonicMean(accE, accC));
    }

    static double harmonicMean(double a, double b) {
        return a + b == 0 ? 0 : 2 * a * b / (a + b);
    }
}
