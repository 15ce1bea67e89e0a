package org.steplens.ui.solution;

import org.steplens.model.HumanRating;
import org.steplens.ui.common.PrmColorScale;

/**
 * One step as the solution view shows it.
 *
 * @param index            0-based
 * @param text             the step as written
 * @param probability      P(correct) under the current settings, NaN when unscored
 * @param human            the human rating, or null
 * @param firstError       true for the first step predicted incorrect
 * @param belowThreshold   true when P(correct) is below the threshold
 * @param humanFirstError  true for the step humans marked as the first error
 * @param threshold        the threshold the flags were computed with (NaN: unknown)
 */
public record StepRow(int index, String text, double probability, HumanRating human, boolean firstError,
                      boolean belowThreshold, boolean humanFirstError, double threshold) {

    /** A row whose threshold is unknown: its label has the usual two decimals. */
    public StepRow(int index, String text, double probability, HumanRating human, boolean firstError,
                   boolean belowThreshold, boolean humanFirstError) {
        this(index, text, probability, human, firstError, belowThreshold, humanFirstError, Double.NaN);
    }

    /** The probability as shown, with enough digits to tell which side of the threshold it falls. */
    public String label() {
        return PrmColorScale.label(probability, threshold);
    }

    public int number() {
        return index + 1;
    }
}
