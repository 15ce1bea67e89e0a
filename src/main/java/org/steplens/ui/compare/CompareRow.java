package org.steplens.ui.compare;

import java.util.List;
import org.steplens.compare.HintDetector;
import org.steplens.compare.WordDiff;

/**
 * One row of the side-by-side view: a pair of aligned steps, or one step facing a gap.
 *
 * @param left             step index on the left, -1 for a gap
 * @param right            step index on the right, -1 for a gap
 * @param leftText         the left step's text ("" for a gap)
 * @param rightText        the right step's text
 * @param leftP            P(correct) of the left step, NaN for a gap or an unscored step
 * @param rightP           the same on the right
 * @param similarity       the pair's similarity (0 for a gap)
 * @param diff             word-level differences of a pair (left text: SAME+REMOVED, right text: SAME+ADDED);
 *                         empty for a gap
 * @param leftFirstError   the left step is that side's first predicted error
 * @param rightFirstError  the same on the right
 * @param firstDivergence  the first row where the solutions are not the same step for step
 * @param leftMarks        places in the left text a reviewer should look at (mentions of a hint), by offset
 * @param rightMarks       the same in the right text
 */
public record CompareRow(int left, int right, String leftText, String rightText, double leftP, double rightP,
                         double similarity, List<WordDiff.Segment> diff, boolean leftFirstError,
                         boolean rightFirstError, boolean firstDivergence, List<HintDetector.Mention> leftMarks,
                         List<HintDetector.Mention> rightMarks) {

    public boolean isPair() {
        return left >= 0 && right >= 0;
    }

    /** Right minus left P(correct); NaN unless both sides have a scored step here. */
    public double delta() {
        return rightP - leftP;
    }
}
