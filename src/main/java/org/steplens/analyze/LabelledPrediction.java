package org.steplens.analyze;

/**
 * One record's human first-error label next to a prediction.
 *
 * @param id         the record's id (problem id, plus "#solution" when a problem has several)
 * @param subset     the ProcessBench subset, e.g. "gsm8k", or "all" when the source names none
 * @param label      the human first wrong step, 0-based, or -1 for a correct solution
 * @param prediction the predicted first wrong step, or -1
 */
public record LabelledPrediction(String id, String subset, int label, int prediction) {

    public boolean erroneous() {
        return label >= 0;
    }

    /** ProcessBench's notion of a hit: the exact step for an erroneous record, "no error" for a correct one. */
    public boolean hit() {
        return label == prediction;
    }
}
