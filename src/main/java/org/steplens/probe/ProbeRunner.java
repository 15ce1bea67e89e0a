package org.steplens.probe;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.steplens.grade.Grader;
import org.steplens.model.Dataset;
import org.steplens.model.Problem;
import org.steplens.model.Solution;

/**
 * Runs one perturbation over a dataset: perturbs every solution it applies to, scores originals and perturbed
 * solutions with the same scorer, and measures the reaction ({@link ProbeReport}). The perturbed solutions come
 * back as a dataset (one problem each, named {@code ID~KIND~INDEX}, with what was done under "probe" in its
 * extra fields), ready to be written in native format.
 */
public final class ProbeRunner {
    /** Offsets from the perturbed step shown in the figure. */
    static final int FIRST_OFFSET = -3;
    static final int LAST_OFFSET = 5;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The report and the scored perturbed solutions. */
    public record Result(ProbeReport report, Dataset perturbed) {
    }

    private ProbeRunner() {
    }

    public static Result run(Dataset dataset, Perturbation kind, long seed, double threshold, Grader grader,
                             ProbeScorer scorer) throws Exception {
        List<Problem> perturbedProblems = new ArrayList<>();
        List<int[]> origin = new ArrayList<>(); // {problem index, solution index}
        List<Perturbed> changes = new ArrayList<>();
        int notApplicable = 0;
        List<Problem> problems = dataset.problems();
        for (int p = 0; p < problems.size(); p++) {
            Problem problem = problems.get(p);
            for (int s = 0; s < problem.solutionCount(); s++) {
                Optional<Perturbed> change = kind.apply(problem, s, seed, grader);
                if (change.isEmpty()) {
                    notApplicable++;
                    continue;
                }
                changes.add(change.get());
                origin.add(new int[] {p, s});
                perturbedProblems.add(asProblem(problem, s, change.get()));
            }
        }
        Dataset original = scorer.score(dataset);
        Dataset perturbed = scorer.score(new Dataset(dataset.name() + " (" + kind.id() + ")", dataset.format(),
                perturbedProblems));
        String name = scorer.name();

        int detected = 0;
        int flaggedBefore = 0;
        double dropSum = 0;
        int dropCount = 0;
        double watchedSum = 0;
        int watchedCount = 0;
        double agreeSum = 0;
        int agreeCount = 0;
        double otherSum = 0;
        int otherCount = 0;
        int span = LAST_OFFSET - FIRST_OFFSET + 1;
        double[] beforeSum = new double[span];
        double[] afterSum = new double[span];
        int[] offsetCount = new int[span];
        int applied = 0;
        for (int i = 0; i < changes.size(); i++) {
            Perturbed change = changes.get(i);
            Solution before = original.problems().get(origin.get(i)[0]).solution(origin.get(i)[1]);
            Solution after = perturbed.problems().get(i).solution(0);
            double[] pb = before.stepProbabilities().get(name).orElse(null);
            double[] pa = after.stepProbabilities().get(name).orElse(null);
            if (pb == null || pa == null) {
                continue; // too long for the model: reported by the scorer
            }
            applied++;
            if (kind == Perturbation.HINT) {
                double delta = product(pa) - product(pb);
                String answer = before.finalAnswer().orElse("");
                if (!answer.isBlank() && grader.grade(answer, change.hintedAnswer())) {
                    agreeSum += delta;
                    agreeCount++;
                } else {
                    otherSum += delta;
                    otherCount++;
                }
                detected += flaggedFrom(pa, 0, threshold) ? 1 : 0;
                flaggedBefore += flaggedFrom(pb, 0, threshold) ? 1 : 0;
                continue;
            }
            int w = change.watchedStep();
            int o = change.originalStep();
            detected += flaggedFrom(pa, w, threshold) ? 1 : 0;
            flaggedBefore += flaggedFrom(pb, o >= 0 ? o : pb.length, threshold) ? 1 : 0;
            if (w < pa.length) {
                watchedSum += pa[w];
                watchedCount++;
                if (o >= 0 && o < pb.length) {
                    dropSum += pb[o] - pa[w];
                    dropCount++;
                }
            }
            for (int k = 0; k < span; k++) {
                int off = FIRST_OFFSET + k;
                int ib = (o >= 0 ? o : w) + off;
                int ia = w + off;
                if (ib >= 0 && ib < pb.length && ia >= 0 && ia < pa.length) {
                    beforeSum[k] += pb[ib];
                    afterSum[k] += pa[ia];
                    offsetCount[k]++;
                }
            }
        }
        List<ProbeReport.OffsetMean> byOffset = new ArrayList<>();
        for (int k = 0; k < span; k++) {
            byOffset.add(new ProbeReport.OffsetMean(FIRST_OFFSET + k, mean(beforeSum[k], offsetCount[k]),
                    mean(afterSum[k], offsetCount[k]), offsetCount[k]));
        }
        ProbeReport report = new ProbeReport(kind, threshold, applied, notApplicable, detected, flaggedBefore,
                mean(dropSum, dropCount), mean(watchedSum, watchedCount),
                kind == Perturbation.HINT ? mean(agreeSum, agreeCount) : Double.NaN,
                kind == Perturbation.HINT ? mean(otherSum, otherCount) : Double.NaN, byOffset);
        return new Result(report, perturbed);
    }

    /** Whether some step at or after {@code from} is below the threshold (NaN steps never count). */
    static boolean flaggedFrom(double[] p, int from, double threshold) {
        for (int i = Math.max(0, from); i < p.length; i++) {
            if (p[i] < threshold) {
                return true;
            }
        }
        return false;
    }

    private static double product(double[] p) {
        double x = 1;
        for (double v : p) {
            if (!Double.isNaN(v)) {
                x *= v;
            }
        }
        return x;
    }

    private static double mean(double sum, int count) {
        return count == 0 ? Double.NaN : sum / count;
    }

    private static Problem asProblem(Problem problem, int index, Perturbed change) {
        Solution source = problem.solution(index);
        Solution.Builder b = Solution.builder().steps(change.steps());
        if (change.kind() != Perturbation.TRUNCATE) {
            source.finalAnswer().ifPresent(b::finalAnswer);
        }
        if (change.kind() == Perturbation.HINT || change.kind() == Perturbation.CONFIDENT_END) {
            source.correct().ifPresent(b::correct); // the answer is the same; whether it is right is unchanged
        }
        ObjectNode extra = MAPPER.createObjectNode();
        ObjectNode probe = extra.putObject("probe");
        probe.put("perturbation", change.kind().id());
        probe.put("description", change.description());
        probe.put("problem", problem.id());
        probe.put("solution", index);
        probe.put("watched_step", change.watchedStep());
        if (change.hintedAnswer() != null) {
            probe.put("hinted_answer", change.hintedAnswer());
        }
        return new Problem(problem.id() + "~" + change.kind().id() + "~" + index, change.problemText(),
                problem.groundTruthAnswer(), problem.groundTruthSolution(), problem.subject(), problem.level(),
                problem.source(), List.of(b.build()), extra.toString());
    }
}
