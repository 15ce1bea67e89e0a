package org.steplens.ui.session;

/**
 * One user edit that can be undone: the unit of the {@link CommandStack}. Implementations hold what they need to
 * go both ways (e.g. the value before and after), capture it when they are built, and change shared state only in
 * {@link #execute()}, {@link #undo()} and {@link #redo()}. All three run on the FX thread and must be quick: do
 * slow work before building the command and let the command only swap in the result.
 *
 * <p>To add an edit (a step rating, a probe, a deck change): write a small class implementing this interface and
 * pass an instance to {@link CommandStack#execute(Command)} (or a session method that does).
 */
public interface Command {

    /** Applies the edit for the first time. */
    void execute();

    /** Reverts exactly what {@link #execute()} (or {@link #redo()}) did. */
    void undo();

    /** Applies the edit again after an undo; by default the same as {@link #execute()}. */
    default void redo() {
        execute();
    }

    /** What the Edit menu shows after "Undo" / "Redo", e.g. "threshold 0.35" or "rating of step 3". */
    String description();

    /**
     * Whether this edit changes what File ▸ Save would write (scores, reviews, probes), so that the window shows it
     * as unsaved. View choices such as the threshold are undoable but leave the document clean.
     */
    default boolean changesDocument() {
        return true;
    }

    /**
     * Folds {@code next}, just executed, into this command so that one gesture (a slider drag) is one undo step.
     * Return the combined command (undoing it must restore the state before this one), or null to keep them
     * separate (the default).
     */
    default Command mergeWith(Command next) {
        return null;
    }
}
