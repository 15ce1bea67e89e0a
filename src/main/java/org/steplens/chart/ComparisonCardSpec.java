package org.steplens.chart;

import java.util.List;
import java.util.Objects;

/**
 * Two solutions side by side as a figure: one row per aligned pair of steps (or a step facing a gap), each step
 * tinted by its probability on the shared scale, the probability delta (right − left) between the columns, the
 * first divergence and each side's first predicted error marked.
 *
 * @param title      e.g. the problem id
 * @param problem    the problem statement as readable text
 * @param leftTitle  what the left column is, e.g. "Candidate 2 · answer 420 · correct"
 * @param rightTitle the same for the right
 * @param scorer     the scorer whose probabilities tint the steps
 * @param rows       the aligned rows, in order
 * @param provenance footer and metadata, or null
 */
public record ComparisonCardSpec(String title, String problem, String leftTitle, String rightTitle, String scorer,
                                 List<Row> rows, Provenance provenance) implements FigureSpec {

    /**
     * One aligned row; a side with step -1 is a gap.
     *
     * @param leftStep        left step index or -1
     * @param leftText        readable text ("" for a gap)
     * @param leftP           P(correct), NaN when unscored or a gap
     * @param leftFirstError  the left step is that side's first predicted error
     * @param rightStep       right step index or -1
     * @param rightText       readable text
     * @param rightP          P(correct)
     * @param rightFirstError the right step is that side's first predicted error
     * @param firstDivergence the first row where the two solutions differ
     */
    public record Row(int leftStep, String leftText, double leftP, boolean leftFirstError, int rightStep,
                      String rightText, double rightP, boolean rightFirstError, boolean firstDivergence) {
    }

    public ComparisonCardSpec {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(problem, "problem");
        rows = List.copyOf(rows);
    }
}
