package org.steplens.select;

import java.util.Locale;
import java.util.OptionalDouble;
import org.steplens.model.Solution;

/**
 * How a solution's PRM score is made from its step probabilities (Lightman et al. 2023, Table 4).
 *
 * @param reduction how the step probabilities combine: their product, their minimum, or the last one
 * @param neutral   whether a step the PRM rates neutral (0) counts as correct; only matters when the solution
 *                  carries three-way probabilities (then P(correct) = P(+1) + P(0), or P(+1) alone)
 */
public record PrmAggregation(Reduction reduction, NeutralPolicy neutral) {

    /** The paper's default and the convention of the released scores: product, neutral counted as positive. */
    public static final PrmAggregation DEFAULT = new PrmAggregation(Reduction.PRODUCT, NeutralPolicy.POSITIVE);

    public enum Reduction { PRODUCT, MIN, LAST }

    public enum NeutralPolicy { POSITIVE, NEGATIVE }

    public PrmAggregation {
        java.util.Objects.requireNonNull(reduction, "reduction");
        java.util.Objects.requireNonNull(neutral, "neutral");
    }

    /**
     * Parses {@code product}, {@code min} or {@code last}, optionally followed by {@code -neutral-positive} or
     * {@code -neutral-negative} (default positive), e.g. {@code min-neutral-negative}.
     */
    public static PrmAggregation parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        NeutralPolicy policy = NeutralPolicy.POSITIVE;
        if (t.endsWith("-neutral-negative")) {
            policy = NeutralPolicy.NEGATIVE;
            t = t.substring(0, t.length() - "-neutral-negative".length());
        } else if (t.endsWith("-neutral-positive")) {
            t = t.substring(0, t.length() - "-neutral-positive".length());
        }
        Reduction r = switch (t) {
            case "product", "prod" -> Reduction.PRODUCT;
            case "min", "minimum" -> Reduction.MIN;
            case "last" -> Reduction.LAST;
            default -> throw new IllegalArgumentException("unknown aggregation '" + text
                    + "': expected product, min or last, optionally with -neutral-positive or -neutral-negative");
        };
        return new PrmAggregation(r, policy);
    }

    /** The name {@link #parse} reads back, e.g. {@code product-neutral-positive}. */
    public String label() {
        return reduction.name().toLowerCase(Locale.ROOT) + "-neutral-" + neutral.name().toLowerCase(Locale.ROOT);
    }

    /** Combines step probabilities; NaN for an empty array or when any entry is NaN. */
    public double reduce(double[] probabilities) {
        if (probabilities.length == 0) {
            return Double.NaN;
        }
        double acc = reduction == Reduction.MIN ? Double.POSITIVE_INFINITY : 1.0;
        for (double p : probabilities) {
            if (Double.isNaN(p)) {
                return Double.NaN;
            }
            acc = switch (reduction) {
                case PRODUCT -> acc * p;
                case MIN -> Math.min(acc, p);
                case LAST -> p;
            };
        }
        return acc;
    }

    /** The per-step P(correct) this aggregation uses ({@link StepScoring}), or null unless every step is scored. */
    public double[] stepProbabilities(Solution solution, String scorer) {
        double[] p = new StepScoring(scorer, neutral).probabilities(solution);
        return StepScoring.complete(p) ? p : null;
    }

    /**
     * The solution's PRM score by the named step scorer. When the step probabilities are incomplete, the solution
     * score stated under the same scorer name is used instead, but only for {@link #DEFAULT} (that is what stated
     * PRM scores mean by convention); otherwise empty.
     */
    public OptionalDouble score(Solution solution, String scorer) {
        double[] p = stepProbabilities(solution, scorer);
        if (p != null) {
            return OptionalDouble.of(reduce(p));
        }
        return equals(DEFAULT) ? solution.score(scorer) : OptionalDouble.empty();
    }
}
