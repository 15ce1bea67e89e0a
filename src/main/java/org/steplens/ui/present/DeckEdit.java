package org.steplens.ui.present;

import java.util.function.Consumer;
import org.steplens.deck.Deck;
import org.steplens.ui.session.Command;

/**
 * One edit of the deck (bookmark, move, note, removal) as an undoable command: the deck before and after. The deck
 * file is not the data file, so the edit leaves the document clean; the deck saves itself.
 */
record DeckEdit(Consumer<Deck> target, Deck before, Deck after, String description) implements Command {

    @Override
    public void execute() {
        target.accept(after);
    }

    @Override
    public void undo() {
        target.accept(before);
    }

    @Override
    public boolean changesDocument() {
        return false;
    }
}
