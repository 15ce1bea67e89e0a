package org.steplens.ui.session;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Undo and redo for one window, after SceneBuilder's job manager: every user edit is a {@link Command} passed to
 * {@link #execute(Command)}, which runs it and puts it on the undo stack; {@link #undo()} and {@link #redo()} move
 * it between the two stacks, and a new command clears the redo stack.
 *
 * <p>The <em>revision</em> names the state of the document (what File ▸ Save writes): it changes whenever a command
 * that {@link Command#changesDocument() changes the document} is done, undone or redone, and comes back to an
 * earlier value when undo returns to an earlier state. The document is <em>dirty</em> while the revision differs
 * from the one last {@link #markSaved() saved}. Observers (menus, the window title, an autosave) listen to the
 * read-only properties. Use on the FX thread only.
 */
public final class CommandStack {
    /** Oldest edits are forgotten beyond this many (a long session of slider moves must not grow without bound). */
    public static final int LIMIT = 1_000;

    /** A command with the revision it leaves the document at. */
    private record Entry(Command command, long revisionAfter, long revisionBefore) {
    }

    private final Deque<Entry> undo = new ArrayDeque<>();
    private final Deque<Entry> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoDescription = new ReadOnlyStringWrapper(this, "undoDescription", "");
    private final ReadOnlyStringWrapper redoDescription = new ReadOnlyStringWrapper(this, "redoDescription", "");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private long savedRevision;
    private long lastRevision;
    private boolean running;

    /**
     * Runs {@code command} and makes it the one {@link #undo()} reverts; the redo stack is cleared. When the
     * previous command {@linkplain Command#mergeWith merges} with it, the two become one undo step. A command that
     * throws is not recorded (the exception propagates).
     */
    public void execute(Command command) {
        guard(command::execute);
        redo.clear();
        Entry top = undo.peek();
        Command merged = top == null ? null : top.command().mergeWith(command);
        if (merged != null) {
            undo.pop();
            push(merged, top.revisionBefore());
        } else {
            push(command, revision.get());
        }
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        update();
    }

    private void push(Command command, long before) {
        long after = command.changesDocument() ? ++lastRevision : before;
        undo.push(new Entry(command, after, before));
        revision.set(after);
    }

    /** Reverts the last command; false when there is none. */
    public boolean undo() {
        Entry e = undo.peek();
        if (e == null || running) {
            return false;
        }
        guard(e.command()::undo);
        redo.push(undo.pop());
        revision.set(e.revisionBefore());
        update();
        return true;
    }

    /** Applies the last undone command again; false when there is none. */
    public boolean redo() {
        Entry e = redo.peek();
        if (e == null || running) {
            return false;
        }
        guard(e.command()::redo);
        undo.push(redo.pop());
        revision.set(e.revisionAfter());
        update();
        return true;
    }

    /** Records that the document as it is now has been saved: it is clean until the next change. */
    public void markSaved() {
        markSaved(revision.get());
    }

    /**
     * Records that the document as it was at {@code savedAt} has been saved (a save that ran in the background while
     * the user went on editing leaves the document dirty).
     */
    public void markSaved(long savedAt) {
        savedRevision = savedAt;
        update();
    }

    /** Forgets every command (a different dataset was opened); the new document starts clean. */
    public void clear() {
        undo.clear();
        redo.clear();
        revision.set(++lastRevision);
        savedRevision = revision.get();
        update();
    }

    /** Commands must not run commands: an edit inside an edit could not be undone on its own. */
    private void guard(Runnable action) {
        if (running) {
            throw new IllegalStateException("a command may not execute, undo or redo another command");
        }
        running = true;
        try {
            action.run();
        } finally {
            running = false;
        }
    }

    private void update() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        undoDescription.set(undo.isEmpty() ? "" : undo.peek().command().description());
        redoDescription.set(redo.isEmpty() ? "" : redo.peek().command().description());
        dirty.set(revision.get() != savedRevision);
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** The description of the command {@link #undo()} would revert; "" when none. */
    public ReadOnlyStringProperty undoDescriptionProperty() {
        return undoDescription.getReadOnlyProperty();
    }

    /** The description of the command {@link #redo()} would apply; "" when none. */
    public ReadOnlyStringProperty redoDescriptionProperty() {
        return redoDescription.getReadOnlyProperty();
    }

    /** The document's state; see the class comment. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public long revision() {
        return revision.get();
    }

    /** True while the document has changes that were not saved. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }
}
