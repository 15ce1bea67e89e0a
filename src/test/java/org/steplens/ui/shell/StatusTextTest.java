package org.steplens.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Status-bar messages keep their gist on one short line; the details go to the tooltip. */
class StatusTextTest {

    @Test
    void theCudaFallbackDetailLeavesTheLine() {
        String full = "Scoring 1,000 solutions with tiny-prm on CPU (CUDA unavailable: libcudart.so.12: cannot open "
                + "shared object file: No such file or directory)…";
        assertEquals("Scoring 1,000 solutions with tiny-prm on CPU…", StatusText.brief(full, 60));
        assertTrue(StatusText.shortened(full, 60));
    }

    @Test
    void longTextIsCutAtAWordAndShortTextIsKept() {
        String summary = "math_cot_100.jsonl · Qwen2.5-Math rm/maj · 100 problems · 800 candidates";
        assertEquals(summary, StatusText.brief(summary, 90));
        assertFalse(StatusText.shortened(summary, 90));
        String cut = StatusText.brief("Scored with tiny-prm on CPU: 1,000 scored, 0 from cache, 3 skipped. "
                + "3 solutions were longer than the model's 512 tokens", 60);
        assertTrue(cut.length() <= 60 && cut.endsWith("…"), cut);
        assertEquals("Scored with tiny-prm on CPU: 1,000 scored, 0 from cache, 3…", cut);
        assertEquals("", StatusText.brief(null, 10));
        assertEquals("(only details)", StatusText.brief("(only details)", 40), "nothing but a parenthesis stays");
    }
}
