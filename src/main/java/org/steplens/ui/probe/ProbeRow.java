package org.steplens.ui.probe;

/**
 * One step of the probed candidate as the probe panel shows it.
 *
 * @param index    0-based position in the variant (or the original when there is no variant)
 * @param text     the step as the PRM sees it
 * @param before   P(correct) of the original step it stands for under the probe's model; NaN when new or unscored
 * @param after    P(correct) in the variant; NaN when unscored
 * @param edited   true when the text differs from the original step (or the step is new)
 */
public record ProbeRow(int index, String text, double before, double after, boolean edited) {
    /** after − before; NaN when either is missing. */
    public double delta() {
        return after - before;
    }
}
