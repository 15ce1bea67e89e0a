package org.steplens.score;

/**
 * How the model's output at a marker becomes a step probability.
 *
 * @param kind       LM logits, a classification head, or a value head
 * @param positive   LM head: the token meaning "correct" (e.g. "+")
 * @param negative   LM head: the token meaning "incorrect" (e.g. "-")
 * @param positiveId LM head: explicit vocabulary id of {@code positive}, or -1 to look it up in the tokenizer
 * @param negativeId LM head: explicit vocabulary id of {@code negative}, or -1 to look it up
 * @param classIndex classification head: the class meaning "correct"
 * @param sigmoid    value head: apply a sigmoid (false when the model already outputs a probability)
 */
public record Head(Kind kind, String positive, String negative, long positiveId, long negativeId, int classIndex,
                   boolean sigmoid) {

    public enum Kind {
        /** Softmax over the "+" and "-" logits of a language-model head; the "+" share. */
        LM,
        /** Softmax over a classification head's classes; the share of {@code classIndex}. */
        TWO_CLASS,
        /** A single value per position, through a sigmoid. */
        VALUE
    }

    /**
     * The probability of "correct" from the model's output row at one position. For an LM head the row holds only
     * the positive and negative labels' logits, in that order (the graph keeps just those, see {@link ReadoutGraph}).
     */
    double probability(java.nio.FloatBuffer out, int rowStart, int rowLength) {
        switch (kind) {
            case LM -> {
                double plus = out.get(rowStart);
                double minus = out.get(rowStart + 1);
                return 1.0 / (1.0 + Math.exp(minus - plus));
            }
            case TWO_CLASS -> {
                double max = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < rowLength; c++) {
                    max = Math.max(max, out.get(rowStart + c));
                }
                double sum = 0;
                for (int c = 0; c < rowLength; c++) {
                    sum += Math.exp(out.get(rowStart + c) - max);
                }
                return Math.exp(out.get(rowStart + classIndex) - max) / sum;
            }
            case VALUE -> {
                double v = out.get(rowStart);
                return sigmoid ? 1.0 / (1.0 + Math.exp(-v)) : v;
            }
            default -> throw new IllegalStateException(kind.toString());
        }
    }
}
