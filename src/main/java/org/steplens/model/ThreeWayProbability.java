package org.steplens.model;

/**
 * A PRM's three-way probabilities for one step (PRM800K labels +1 / 0 / -1).
 *
 * @param positive P(+1)
 * @param neutral  P(0)
 * @param negative P(-1)
 */
public record ThreeWayProbability(double positive, double neutral, double negative) {

    /** P(correct) when a neutral step counts as correct: the convention of the released scores. */
    public double neutralAsPositive() {
        return positive + neutral;
    }

    /** P(correct) when a neutral step counts as incorrect. */
    public double neutralAsNegative() {
        return positive;
    }
}
