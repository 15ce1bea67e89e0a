package org.steplens.probe;

import java.util.List;

/**
 * A solution after one perturbation.
 *
 * @param kind          which perturbation
 * @param problemText   the problem as the PRM will see it (changed only by a hint)
 * @param steps         the perturbed steps
 * @param watchedStep   the step where the change should show: the changed step, the step that follows a removal,
 *                      the last kept step, or the appended step; -1 for a hint (which concerns every step)
 * @param originalStep  the step of the original solution whose text the watched step had before (-1 if none)
 * @param description   what was done, in words, e.g. "step 4: 12 → 15"
 * @param hintedAnswer  for a hint, the answer it names; else null
 */
public record Perturbed(Perturbation kind, String problemText, List<String> steps, int watchedStep, int originalStep,
                        String description, String hintedAnswer) {
    public Perturbed {
        steps = List.copyOf(steps);
    }
}
