package org.steplens.model;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A read-only view of one step of a {@link Solution}. Created on demand; the solution stores the numbers.
 *
 * @param index    0-based position in the solution
 * @param text     the step as written
 * @param solution the solution it belongs to
 */
public record Step(int index, String text, Solution solution) {

    /** The probability that this step is correct according to the named scorer, if it scored this step. */
    public OptionalDouble probability(String scorer) {
        return solution.stepProbability(scorer, index);
    }

    public Optional<ThreeWayProbability> threeWay() {
        return solution.threeWay(index);
    }

    public Optional<HumanRating> humanRating() {
        return solution.humanRating(index);
    }

    /** 1-based number, as people count steps. */
    public int number() {
        return index + 1;
    }

    @Override
    public String toString() {
        return "Step " + number() + ": " + text;
    }
}
