package org.steplens.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Undo and redo on the command stack, with a document edit (a list of words) and the session's settings. */
class CommandStackTest {
    private final CommandStack stack = new CommandStack();
    private final List<String> words = new ArrayList<>();

    /** A document edit: appends a word. */
    private Command add(String word) {
        return new Command() {
            @Override
            public void execute() {
                words.add(word);
            }

            @Override
            public void undo() {
                words.remove(words.size() - 1);
            }

            @Override
            public String description() {
                return "add " + word;
            }
        };
    }

    @Test
    void executeUndoRedo() {
        assertFalse(stack.canUndoProperty().get());
        stack.execute(add("a"));
        stack.execute(add("b"));
        assertEquals(List.of("a", "b"), words);
        assertEquals("add b", stack.undoDescriptionProperty().get());
        assertTrue(stack.undo());
        assertEquals(List.of("a"), words);
        assertTrue(stack.canRedoProperty().get());
        assertEquals("add b", stack.redoDescriptionProperty().get());
        assertEquals("add a", stack.undoDescriptionProperty().get());
        assertTrue(stack.redo());
        assertEquals(List.of("a", "b"), words);
        assertFalse(stack.canRedoProperty().get());
        assertEquals("", stack.redoDescriptionProperty().get());
        assertTrue(stack.undo());
        assertTrue(stack.undo());
        assertTrue(words.isEmpty());
        assertFalse(stack.undo(), "nothing left to undo");
        assertFalse(stack.canUndoProperty().get());
    }

    @Test
    void aNewCommandClearsRedo() {
        stack.execute(add("a"));
        stack.execute(add("b"));
        stack.undo();
        stack.execute(add("c"));
        assertFalse(stack.canRedoProperty().get());
        assertFalse(stack.redo());
        assertEquals(List.of("a", "c"), words);
    }

    @Test
    void dirtyUntilSavedAndCleanAgainWhenUndoReturnsToTheSavedState() {
        assertFalse(stack.isDirty());
        long start = stack.revision();
        stack.execute(add("a"));
        assertTrue(stack.isDirty());
        assertNotEquals(start, stack.revision());
        stack.markSaved();
        assertFalse(stack.isDirty());
        stack.execute(add("b"));
        assertTrue(stack.isDirty());
        stack.undo();
        assertFalse(stack.isDirty(), "back at the saved state");
        stack.undo();
        assertTrue(stack.isDirty(), "before the saved state");
        stack.redo();
        assertFalse(stack.isDirty());
        stack.execute(add("c"));
        stack.undo();
        stack.execute(add("d"));
        assertTrue(stack.isDirty(), "a different edit at the same depth is not the saved state");
        stack.clear();
        assertFalse(stack.isDirty());
        assertFalse(stack.canUndoProperty().get());
    }

    @Test
    void settingsChangesAreUndoableButLeaveTheDocumentClean() {
        Session session = new Session();
        CommandStack commands = session.commands();
        AnalysisSettings start = session.settings();
        session.changeSettings(start.withThreshold(0.35));
        session.changeSettings(session.settings().withNeutralAsPositive(false));
        assertEquals("neutral counts as incorrect", commands.undoDescriptionProperty().get());
        assertFalse(commands.isDirty());
        commands.undo();
        assertEquals(start.withThreshold(0.35), session.settings());
        commands.undo();
        assertEquals(start, session.settings());
        commands.redo();
        assertEquals("threshold 0.35", commands.undoDescriptionProperty().get());
        session.changeSettings(session.settings());
        assertEquals("threshold 0.35", commands.undoDescriptionProperty().get(), "no command for no change");
    }

    @Test
    void oneDragIsOneUndoStep() {
        Session session = new Session();
        AnalysisSettings start = session.settings();
        Object drag = new Object();
        for (double t : new double[]{0.45, 0.4, 0.33, 0.3}) {
            session.changeSettings(session.settings().withThreshold(t), drag);
        }
        session.changeSettings(session.settings().withThreshold(0.6), new Object());
        assertEquals("threshold 0.60", session.commands().undoDescriptionProperty().get());
        session.commands().undo();
        assertEquals(0.3, session.settings().threshold(), "the second drag is its own step");
        assertEquals("threshold 0.30", session.commands().undoDescriptionProperty().get());
        session.commands().undo();
        assertEquals(start, session.settings(), "the whole first drag undone at once");
        assertFalse(session.commands().canUndoProperty().get());
        session.commands().redo();
        assertEquals(0.3, session.settings().threshold());
    }

    @Test
    void aCommandMayNotRunAnotherAndAFailedOneIsNotRecorded() {
        Command nested = new Command() {
            @Override
            public void execute() {
                stack.execute(add("inner"));
            }

            @Override
            public void undo() {
            }

            @Override
            public String description() {
                return "nested";
            }
        };
        assertThrows(IllegalStateException.class, () -> stack.execute(nested));
        assertFalse(stack.canUndoProperty().get());
        assertTrue(words.isEmpty());
        stack.execute(add("a"));
        assertTrue(stack.undo(), "the stack still works after the refused command");
    }
}
