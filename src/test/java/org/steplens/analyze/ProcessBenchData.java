package org.steplens.analyze;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.steplens.model.Dataset;
import org.steplens.model.Problem;
import org.steplens.model.Solution;
import org.steplens.select.RealData;

/** The real ProcessBench files as the loader will read them: one problem per record, source "processbench/<subset>". */
final class ProcessBenchData {
    static final List<String> SUBSETS = List.of("gsm8k", "math", "olympiadbench", "omnimath");

    private ProcessBenchData() {
    }

    static List<JsonNode> raw(String subset) {
        List<JsonNode> out = new ArrayList<>();
        RealData.json("processbench/" + subset + ".json").forEach(out::add);
        return out;
    }

    static Dataset load() {
        List<Problem> problems = new ArrayList<>();
        for (String subset : SUBSETS) {
            for (JsonNode r : raw(subset)) {
                List<String> steps = new ArrayList<>();
                r.get("steps").forEach(s -> steps.add(s.asText()));
                Solution s = Solution.builder().steps(steps).firstErrorLabel(r.get("label").asInt())
                        .correct(r.get("final_answer_correct").asBoolean()).generator(r.get("generator").asText()).build();
                problems.add(new Problem(r.get("id").asText(), r.get("problem").asText(), null, null, null, null,
                        "processbench/" + subset, List.of(s), null));
            }
        }
        return new Dataset("processbench", "ProcessBench", problems);
    }

    /**
     * Adds step probabilities under {@code scorer} that a decent PRM might give: mostly high before the labelled
     * error, low-ish at it, random after. Deterministic for a seed.
     */
    static Dataset withGeneratedScores(Dataset d, String scorer, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Problem> out = new ArrayList<>();
        for (Problem p : d.problems()) {
            Solution s = p.solution(0);
            int label = s.firstErrorLabel().orElseThrow();
            double[] probs = new double[s.stepCount()];
            for (int i = 0; i < probs.length; i++) {
                double r = random.nextDouble();
                probs[i] = label >= 0 && i == label ? 0.9 * r : label >= 0 && i > label ? r : 1 - 0.6 * r * r * r;
            }
            out.add(p.withSolutions(List.of(s.withStepProbabilities(scorer, probs))));
        }
        return d.withProblems(out);
    }
}
