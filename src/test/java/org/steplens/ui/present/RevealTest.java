package org.steplens.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.steplens.ui.present.Reveal.Kind;

class RevealTest {

    @Test
    void stepThenProbabilityThenTheFirstErrorBeatThenTheFinale() {
        Reveal r = Reveal.start(3, 1, true);
        assertEquals(3 * 2 + 1 + 1, r.total());
        assertNull(r.current());
        assertFalse(r.stepVisible(0));

        r = r.next();
        assertTrue(r.stepVisible(0));
        assertFalse(r.probabilityVisible(0), "the first press shows the text only");
        r = r.next();
        assertTrue(r.probabilityVisible(0));
        assertFalse(r.stepVisible(1));
        r = r.next().next();
        assertEquals(new Reveal.Beat(Kind.PROBABILITY, 1), r.current());
        assertFalse(r.firstErrorVisible(), "the error frame waits for its own beat");
        r = r.next();
        assertEquals(Kind.FIRST_ERROR, r.current().kind());
        assertTrue(r.firstErrorVisible());
        assertFalse(r.stepVisible(2));
        r = r.next().next();
        assertFalse(r.finaleVisible());
        r = r.next();
        assertTrue(r.finaleVisible());
        assertTrue(r.finished());
        assertSame(r, r.next(), "nothing after the last beat");
    }

    @Test
    void backUndoesOneBeatAndStopsAtTheProblem() {
        Reveal r = Reveal.start(2, 0, false).next().next().next();
        assertTrue(r.firstErrorVisible());
        r = r.back();
        assertFalse(r.firstErrorVisible());
        assertTrue(r.probabilityVisible(0));
        r = r.back().back();
        assertFalse(r.stepVisible(0));
        assertSame(r, r.back());
    }

    @Test
    void revealAllAndBlackScreen() {
        Reveal r = Reveal.start(4, -1, false).all();
        assertTrue(r.probabilityVisible(3));
        assertFalse(r.firstErrorVisible(), "no error beat when no step is below the threshold");
        assertEquals(8, r.total());
        Reveal black = Reveal.start(4, -1, false).next().toggleBlack();
        assertTrue(black.black());
        Reveal lit = black.next();
        assertFalse(lit.black());
        assertEquals(1, lit.shown(), "the key that lights the screen does not advance");
        assertFalse(black.toggleBlack().black());
    }

    @Test
    void anEmptySolutionHasOnlyTheFinale() {
        Reveal r = Reveal.start(0, -1, true);
        assertEquals(1, r.total());
        assertTrue(r.next().finaleVisible());
        assertEquals(0, Reveal.start(0, -1, false).total());
    }
}
