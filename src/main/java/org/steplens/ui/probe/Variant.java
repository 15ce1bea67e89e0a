package org.steplens.ui.probe;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A hand-edited copy of one candidate: the problem text and steps the PRM is asked about instead of the original.
 * Immutable; every edit returns a new variant, so an undoable command only has to hold the one before and after.
 *
 * @param name        what the user calls it, e.g. "variant 1"
 * @param problemText the problem as the PRM will see it
 * @param steps       the steps, in order (never empty)
 */
public record Variant(String name, String problemText, List<String> steps) {
    public Variant {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(problemText, "problemText");
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a variant needs at least one step");
        }
    }

    public Variant withStep(int index, String text) {
        List<String> out = new ArrayList<>(steps);
        out.set(index, text);
        return new Variant(name, problemText, out);
    }

    /** A new step at {@code index} (0 … size), the later steps moving down by one. */
    public Variant withInserted(int index, String text) {
        List<String> out = new ArrayList<>(steps);
        out.add(index, text);
        return new Variant(name, problemText, out);
    }

    /** Without step {@code index}; the last step cannot be deleted. */
    public Variant withDeleted(int index) {
        List<String> out = new ArrayList<>(steps);
        out.remove(index);
        return new Variant(name, problemText, out);
    }

    public Variant withProblem(String text) {
        return new Variant(name, text, steps);
    }
}
