package org.steplens.ui.compare;

import java.util.ArrayList;
import java.util.List;
import org.steplens.compare.HintDetector;
import org.steplens.compare.StepAlignment;
import org.steplens.compare.WordDiff;

/**
 * Builds the rows of the side-by-side view from two sides: the core's {@link StepAlignment} decides the rows,
 * {@link WordDiff} the highlights inside a pair. Pure and bounded by the core's budgets; run it off the FX thread.
 */
public final class CompareRows {

    private static final HintDetector HINTS = HintDetector.standard();

    private CompareRows() {
    }

    public static List<CompareRow> of(CompareSide left, CompareSide right) {
        List<StepAlignment.Row> aligned = StepAlignment.align(left.solution().stepTexts(), right.solution().stepTexts());
        int divergence = StepAlignment.firstDivergence(aligned);
        List<CompareRow> rows = new ArrayList<>(aligned.size());
        for (int r = 0; r < aligned.size(); r++) {
            StepAlignment.Row a = aligned.get(r);
            String lt = a.left() >= 0 ? left.solution().stepText(a.left()) : "";
            String rt = a.right() >= 0 ? right.solution().stepText(a.right()) : "";
            List<WordDiff.Segment> diff = a.isPair() ? WordDiff.diff(lt, rt) : List.of();
            rows.add(new CompareRow(a.left(), a.right(), lt, rt, left.probability(a.left()),
                    right.probability(a.right()), a.similarity(), diff,
                    a.left() >= 0 && a.left() == left.firstError(), a.right() >= 0 && a.right() == right.firstError(),
                    r == divergence, marks(left, lt), marks(right, rt)));
        }
        return List.copyOf(rows);
    }

    /** Where a side's step mentions the hint it was given (none when it was given none). */
    private static List<HintDetector.Mention> marks(CompareSide side, String text) {
        return side.hint() == null || text.isEmpty() ? List.of() : HINTS.highlights(text, side.hint());
    }
}
