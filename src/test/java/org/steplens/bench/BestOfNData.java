package org.steplens.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.steplens.model.Dataset;
import org.steplens.model.Problem;
import org.steplens.model.ScorerNames;
import org.steplens.model.Solution;
import org.steplens.model.ThreeWayProbability;

/**
 * Generated data shaped like Lightman et al.'s scored samples: per sample, steps with three-way probabilities,
 * step P(correct) = P(+1) + P(0) under "prm", the stated product under solution score "prm", an ORM score, an
 * answer (sometimes none) and is_correct. Correct samples tend to score higher, wrong answers cluster on a few
 * distractors, so every method has something to do. Deterministic for a seed.
 */
public final class BestOfNData {
    private static final String[] STEP_TEXT = {"Let x be the unknown.", "Then 2x + 3 = 11.", "So 2x = 8.",
            "Dividing by 2 gives x = 4.", "Check: 2*4 + 3 = 11.", "Hence the value is found.",
            "We simplify the expression.", "Substituting back confirms it."};

    private BestOfNData() {
    }

    /** {@code problems} problems with pool sizes drawn uniformly from [minPool, maxPool]. */
    public static Dataset generate(int problems, int minPool, int maxPool, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Problem> out = new ArrayList<>(problems);
        for (int p = 0; p < problems; p++) {
            int pool = minPool + random.nextInt(maxPool - minPool + 1);
            double u = random.nextDouble();
            double difficulty = 0.002 + 0.9 * u * u;
            String truth = Integer.toString(100 + p);
            List<Solution> sols = new ArrayList<>(pool);
            for (int s = 0; s < pool; s++) {
                sols.add(sample(random, difficulty, truth, s));
            }
            out.add(new Problem("test/generated/" + p + ".json", "Generated problem " + p, truth, null, "Algebra",
                    1 + p % 5, "generated", sols, null));
        }
        return new Dataset("generated", "Lightman scored samples (generated)", out);
    }

    private static Solution sample(SplittableRandom random, double pCorrect, String truth, int index) {
        boolean right = random.nextDouble() < pCorrect;
        boolean hasAnswer = random.nextDouble() >= 0.03;
        String answer = !hasAnswer ? null : right ? truth : distractor(random, truth);
        int steps = 3 + random.nextInt(6);
        int errorStep = right ? -1 : random.nextInt(steps);
        List<String> text = new ArrayList<>(steps);
        List<ThreeWayProbability> threeWay = new ArrayList<>(steps);
        double[] stepP = new double[steps];
        double product = 1;
        for (int i = 0; i < steps; i++) {
            text.add(STEP_TEXT[(index + i) % STEP_TEXT.length]);
            double r = random.nextDouble();
            double negative = i == errorStep ? 0.05 + 0.7 * r : 0.45 * r * r * r;
            double neutral = (1 - negative) * 0.15 * random.nextDouble();
            double positive = 1 - negative - neutral;
            threeWay.add(new ThreeWayProbability(positive, neutral, negative));
            stepP[i] = positive + neutral;
            product *= stepP[i];
        }
        double orm = right ? 0.35 + 0.65 * random.nextDouble() : 0.75 * random.nextDouble();
        return Solution.builder().id("s" + index).steps(text).threeWay(threeWay)
                .stepProbabilities(ScorerNames.PRM, stepP).score(ScorerNames.PRM, product).score(ScorerNames.ORM, orm)
                .finalAnswer(answer).correct(answer != null && right).build();
    }

    /** Wrong answers pile up on a few values, the first most often; all are distinct integers under any grader. */
    private static String distractor(SplittableRandom random, String truth) {
        double r = random.nextDouble();
        int k = r < 0.45 ? 1 : r < 0.7 ? 2 : r < 0.85 ? 3 : 4 + random.nextInt(20);
        return Integer.toString(Integer.parseInt(truth) + 1000 * k);
    }
}
