package org.steplens.deck;

import java.util.ArrayList;
import java.util.List;

/**
 * An ordered list of cases to present, immutable: every edit returns a new deck, so an undoable command only has to
 * keep the deck before and after.
 */
public record Deck(List<DeckCase> cases) {
    public static final Deck EMPTY = new Deck(List.of());

    public Deck {
        cases = List.copyOf(cases);
    }

    public int size() {
        return cases.size();
    }

    public DeckCase get(int i) {
        return cases.get(i);
    }

    /** The deck with {@code c} at the end. */
    public Deck add(DeckCase c) {
        List<DeckCase> next = new ArrayList<>(cases);
        next.add(c);
        return new Deck(next);
    }

    /** The deck with each of {@code more} at the end, in order, except those showing a solution it holds already. */
    public Deck addNew(List<DeckCase> more) {
        Deck next = this;
        for (DeckCase c : more) {
            if (next.indexOf(c) < 0) {
                next = next.add(c);
            }
        }
        return next;
    }

    public Deck remove(int i) {
        List<DeckCase> next = new ArrayList<>(cases);
        next.remove(i);
        return new Deck(next);
    }

    /** The deck with case {@code from} moved to position {@code to}. */
    public Deck move(int from, int to) {
        List<DeckCase> next = new ArrayList<>(cases);
        next.add(to, next.remove(from));
        return new Deck(next);
    }

    public Deck annotate(int i, String note) {
        List<DeckCase> next = new ArrayList<>(cases);
        next.set(i, next.get(i).withNote(note));
        return new Deck(next);
    }

    /** The position of the first case showing the same solution as {@code c}, -1 when none. */
    public int indexOf(DeckCase c) {
        for (int i = 0; i < cases.size(); i++) {
            if (cases.get(i).sameSolution(c)) {
                return i;
            }
        }
        return -1;
    }
}
