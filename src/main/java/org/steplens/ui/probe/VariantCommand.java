package org.steplens.ui.probe;

import java.util.function.Consumer;
import org.steplens.ui.session.Command;

/** One edit of a probe variant (a step's text, an inserted or deleted step, the problem): swaps before and after. */
final class VariantCommand implements Command {
    private final Consumer<Variant> target;
    private final Variant before;
    private final Variant after;
    private final String description;

    /**
     * @param target where the variant is shown (the probe model); receives {@code before} on undo
     * @param before the variant before the edit, or null when the edit creates it
     */
    VariantCommand(Consumer<Variant> target, Variant before, Variant after, String description) {
        this.target = target;
        this.before = before;
        this.after = after;
        this.description = description;
    }

    @Override
    public void execute() {
        target.accept(after);
    }

    @Override
    public void undo() {
        target.accept(before);
    }

    @Override
    public String description() {
        return description;
    }

    /** Variants live in the review journal, not in the file that File ▸ Save writes. */
    @Override
    public boolean changesDocument() {
        return false;
    }
}
