package org.steplens.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.steplens.model.Dataset;
import org.steplens.model.Problem;
import org.steplens.model.Solution;
import org.steplens.select.StepScoring;

/**
 * A solution with a human first-error label and a scorer's step probabilities: the unit of first-error metrics.
 *
 * @param id            "problemId", or "problemId#k" when the problem has several solutions
 * @param subset        the part of {@code Problem.source} after "processbench/", else the source, else "all"
 * @param label         the human first error (0-based) or -1
 * @param probabilities the step probabilities under the scoring ({@link StepScoring})
 */
public record LabelledSteps(String id, String subset, int label, double[] probabilities) {

    /** Every solution with a human first error that the scorer scored, in dataset order. */
    public static List<LabelledSteps> of(Dataset dataset, StepScoring scoring) {
        List<LabelledSteps> out = new ArrayList<>();
        for (Problem p : dataset.problems()) {
            for (int i = 0; i < p.solutionCount(); i++) {
                Solution s = p.solution(i);
                OptionalInt label = s.humanFirstError();
                double[] probs = scoring.probabilities(s);
                if (label.isPresent() && probs.length > 0) {
                    out.add(new LabelledSteps(recordId(p, i), subsetOf(p), label.getAsInt(), probs));
                }
            }
        }
        return out;
    }

    static String recordId(Problem p, int solution) {
        return p.solutionCount() == 1 ? p.id() : p.id() + "#" + solution;
    }

    static String subsetOf(Problem p) {
        String source = p.source();
        if (source == null || source.isBlank()) {
            return "all";
        }
        return source.startsWith("processbench/") ? source.substring("processbench/".length()) : source;
    }
}
