package org.steplens.analyze;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.steplens.model.Dataset;
import org.steplens.model.Problem;
import org.steplens.model.Solution;
import org.steplens.select.StepScoring;

/**
 * ProcessBench's metric (Zheng et al. 2024): per subset, accuracy on erroneous records (the first error found
 * exactly), accuracy on correct records (no error predicted), their harmonic mean F1, and the average F1 over
 * subsets.
 */
public final class ProcessBenchMetrics {
    private ProcessBenchMetrics() {
    }

    /** Metrics of labelled predictions, subsets in order of first appearance. */
    public static ProcessBenchReport compute(List<LabelledPrediction> records, double threshold, String tunedOn) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (LabelledPrediction r : records) {
            int[] c = counts.computeIfAbsent(r.subset(), k -> new int[4]);
            int base = r.erroneous() ? 0 : 2;
            c[base]++;
            if (r.hit()) {
                c[base + 1]++;
            }
        }
        List<SubsetMetrics> subsets = new ArrayList<>();
        double sum = 0;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            SubsetMetrics m = SubsetMetrics.of(e.getKey(), c[0], c[1], c[2], c[3]);
            subsets.add(m);
            sum += m.f1();
        }
        return new ProcessBenchReport(subsets, subsets.isEmpty() ? 0 : sum / subsets.size(), threshold, tunedOn);
    }

    /** Thresholds the step probabilities under the scoring on every labelled solution its scorer scored. */
    public static ProcessBenchReport compute(Dataset dataset, StepScoring scoring, double threshold) {
        List<LabelledPrediction> records = new ArrayList<>();
        for (LabelledSteps s : LabelledSteps.of(dataset, scoring)) {
            records.add(new LabelledPrediction(s.id(), s.subset(), s.label(),
                    FirstErrorPredictor.predict(s.probabilities(), threshold)));
        }
        return compute(records, threshold, null);
    }

    /**
     * ProcessBench's protocol for a PRM: the threshold that maximises F1 on {@code tuneOn} (see
     * {@link ThresholdSearch}), applied to every subset.
     */
    public static ProcessBenchReport computeTuned(Dataset dataset, StepScoring scoring, String tuneOn) {
        List<LabelledSteps> all = LabelledSteps.of(dataset, scoring);
        List<LabelledSteps> tuning = all.stream().filter(s -> s.subset().equals(tuneOn)).toList();
        if (tuning.isEmpty()) {
            throw new IllegalArgumentException("no labelled records scored by '" + scoring.scorer() + "' in subset '" + tuneOn
                    + "'; subsets: " + all.stream().map(LabelledSteps::subset).distinct().toList());
        }
        double threshold = ThresholdSearch.bestF1(tuning).threshold();
        List<LabelledPrediction> records = new ArrayList<>();
        for (LabelledSteps s : all) {
            records.add(new LabelledPrediction(s.id(), s.subset(), s.label(),
                    FirstErrorPredictor.predict(s.probabilities(), threshold)));
        }
        return compute(records, threshold, tuneOn);
    }

    /**
     * Joins predictions by record id with the dataset's labels. Ids are the problem id, or "problemId#k" for the
     * k-th solution of a problem with several. Records without a prediction are reported as missing.
     *
     * @throws IllegalArgumentException naming the first unknown or missing id
     */
    public static ProcessBenchReport compute(Dataset dataset, Map<String, Integer> predictionsById) {
        List<LabelledPrediction> records = new ArrayList<>();
        int missing = 0;
        String firstMissing = null;
        java.util.Set<String> known = new java.util.HashSet<>();
        for (Problem p : dataset.problems()) {
            for (int i = 0; i < p.solutionCount(); i++) {
                Solution s = p.solution(i);
                OptionalInt label = s.humanFirstError();
                if (label.isEmpty()) {
                    continue;
                }
                String id = LabelledSteps.recordId(p, i);
                known.add(id);
                Integer prediction = predictionsById.get(id);
                if (prediction == null) {
                    missing++;
                    firstMissing = firstMissing == null ? id : firstMissing;
                    continue;
                }
                records.add(new LabelledPrediction(id, LabelledSteps.subsetOf(p), label.getAsInt(), prediction));
            }
        }
        if (missing > 0) {
            throw new IllegalArgumentException(missing + (missing == 1 ? " labelled record has" : " labelled records have")
                    + " no prediction, e.g. '" + firstMissing + "'");
        }
        for (String id : predictionsById.keySet()) {
            if (!known.contains(id)) {
                throw new IllegalArgumentException("prediction for unknown record '" + id + "'");
            }
        }
        return compute(records, Double.NaN, null);
    }
}
