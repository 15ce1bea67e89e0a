package org.steplens.ui.solution;

import org.steplens.model.HumanRating;

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
 */
public record StepRow(int index, String text, double probability, HumanRating human, boolean firstError,
                      boolean belowThreshold, boolean humanFirstError) {

    public int number() {
        return index + 1;
    }
}
