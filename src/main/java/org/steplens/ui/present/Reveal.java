package org.steplens.ui.present;

import java.util.ArrayList;
import java.util.List;

/**
 * The staged reveal of one solution as a small state machine (no JavaFX, no nodes): a list of beats and the
 * position in it. For every step there is a beat that shows its text and one that shows its PRM probability and
 * tint; the first predicted error gets a beat of its own (frame and label) right after its probability; an optional
 * last beat shows the human labels and the ground truth. Position -1 shows only the problem. Immutable: every move
 * returns a new value.
 */
public final class Reveal {

    /** What one press of Space shows. */
    public enum Kind { STEP, PROBABILITY, FIRST_ERROR, FINALE }

    /** One beat: what it shows and for which step (-1 for the finale). */
    public record Beat(Kind kind, int step) {
    }

    private final List<Beat> beats;
    private final int position;
    private final boolean black;

    private Reveal(List<Beat> beats, int position, boolean black) {
        this.beats = beats;
        this.position = position;
        this.black = black;
    }

    /**
     * The reveal of a solution before the first beat.
     *
     * @param steps      the number of steps
     * @param firstError the first predicted error (0-based), -1 for none
     * @param finale     whether a last beat shows the human labels and the ground truth
     */
    public static Reveal start(int steps, int firstError, boolean finale) {
        List<Beat> beats = new ArrayList<>(2 * steps + 2);
        for (int i = 0; i < steps; i++) {
            beats.add(new Beat(Kind.STEP, i));
            beats.add(new Beat(Kind.PROBABILITY, i));
            if (i == firstError) {
                beats.add(new Beat(Kind.FIRST_ERROR, i));
            }
        }
        if (finale) {
            beats.add(new Beat(Kind.FINALE, -1));
        }
        return new Reveal(List.copyOf(beats), -1, false);
    }

    /** One beat on (Space, →); a pressed key while the screen is black only lights it again. */
    public Reveal next() {
        if (black) {
            return new Reveal(beats, position, false);
        }
        return position + 1 < beats.size() ? new Reveal(beats, position + 1, false) : this;
    }

    /** One beat back (←). */
    public Reveal back() {
        if (black) {
            return new Reveal(beats, position, false);
        }
        return position >= 0 ? new Reveal(beats, position - 1, false) : this;
    }

    /** Everything at once (R). */
    public Reveal all() {
        return new Reveal(beats, beats.size() - 1, false);
    }

    /** Blacks the screen or lights it again (B); the position is kept. */
    public Reveal toggleBlack() {
        return new Reveal(beats, position, !black);
    }

    public boolean black() {
        return black;
    }

    /** The beat shown last, or null before the first. */
    public Beat current() {
        return position < 0 ? null : beats.get(position);
    }

    /** 1-based number of beats shown so far, and how many there are: "3 / 17". */
    public int shown() {
        return position + 1;
    }

    public int total() {
        return beats.size();
    }

    public boolean finished() {
        return position == beats.size() - 1;
    }

    /** Whether step {@code i}'s text is shown. */
    public boolean stepVisible(int i) {
        return reached(Kind.STEP, i);
    }

    /** Whether step {@code i}'s probability and tint are shown. */
    public boolean probabilityVisible(int i) {
        return reached(Kind.PROBABILITY, i);
    }

    /** Whether the first-error frame and label are shown. */
    public boolean firstErrorVisible() {
        for (int k = 0; k <= position; k++) {
            if (beats.get(k).kind() == Kind.FIRST_ERROR) {
                return true;
            }
        }
        return false;
    }

    /** Whether the human labels and the ground truth are shown. */
    public boolean finaleVisible() {
        return position >= 0 && beats.get(position).kind() == Kind.FINALE;
    }

    private boolean reached(Kind kind, int step) {
        for (int k = 0; k <= position; k++) {
            Beat b = beats.get(k);
            if (b.kind() == kind && b.step() == step) {
                return true;
            }
        }
        return false;
    }
}
