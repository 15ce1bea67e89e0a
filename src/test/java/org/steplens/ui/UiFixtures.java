package org.steplens.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.steplens.model.Dataset;
import org.steplens.model.HumanRating;
import org.steplens.model.Problem;
import org.steplens.model.ScorerNames;
import org.steplens.model.Solution;
import org.steplens.model.ThreeWayProbability;

/** Datasets built in code for ViewModel tests and the benchmark. */
public final class UiFixtures {
    private UiFixtures() {
    }

    /**
     * The first record of src/test/resources/data/lightman/scored_sample_example1.json, typed in: four steps whose
     * P(correct) (neutral as positive) is 0.4069, 0.9429, 0.9576, 0.2492.
     */
    public static Solution lightmanExample1() {
        return Solution.builder()
                .steps(List.of(
                        "I know that a $90^\\circ$ rotation around the origin in the complex plane can be achieved by multiplying the complex number by $i$, since $i$ has a magnitude of 1 and an argument of $90^\\circ$.",
                        "So, I can write the rotation as $(7 + 2i)i = 7i + 2i^2.$",
                        "To simplify this expression, I recall that $i^2 = -1$, so I can substitute that and get $7i - 2.$",
                        "This is the resulting complex number after the rotation.\n\n# Answer\n\n7i - 2"))
                .threeWay(List.of(
                        new ThreeWayProbability(0.387681464904673, 0.01925049232449113, 0.593068042770836),
                        new ThreeWayProbability(0.9101000509718192, 0.0327972565325028, 0.05710269249567796),
                        new ThreeWayProbability(0.9291714977657496, 0.028413614709511318, 0.04241488752473914),
                        new ThreeWayProbability(0.1384993425138924, 0.11073959768554346, 0.7507610598005641)))
                .stepProbabilities(ScorerNames.PRM, new double[]{0.387681464904673 + 0.01925049232449113,
                        0.9101000509718192 + 0.0327972565325028, 0.9291714977657496 + 0.028413614709511318,
                        0.1384993425138924 + 0.11073959768554346})
                .score(ScorerNames.ORM, 0.6326445937156677)
                .score(ScorerNames.PRM, 0.09157553704097245)
                .finalAnswer("7i - 2")
                .correct(true)
                .build();
    }

    /** A problem with the real record above plus {@code extra} generated candidates. */
    public static Problem rotationProblem(int extra, long seed) {
        List<Solution> solutions = new ArrayList<>();
        solutions.add(lightmanExample1());
        solutions.addAll(candidates(extra, new Random(seed), "-2+7i"));
        return new Problem("test/precalculus/779.json",
                "A $90^\\circ$ rotation around the origin in the counter-clockwise direction is applied to $7 + 2i.$  What is the resulting complex number?",
                "-2+7i", null, "Precalculus", 2, "lightman", solutions, null);
    }

    /** {@code problems} Lightman-shaped problems of {@code candidates} candidates each (the benchmark's 500 × 1,860). */
    public static Dataset generated(int problems, int candidates, long seed) {
        Random r = new Random(seed);
        String[] subjects = {"Algebra", "Geometry", "Number Theory", "Precalculus", "Prealgebra", "Counting & Probability"};
        List<Problem> list = new ArrayList<>(problems);
        for (int p = 0; p < problems; p++) {
            String truth = Integer.toString(r.nextInt(200));
            list.add(new Problem("test/generated/" + p + ".json",
                    "Problem " + p + ": find $x$ such that $\\frac{x}{2} + " + p + " = " + (p + 7) + "$ and $x^2 \\geq 0$.",
                    truth, null, subjects[p % subjects.length], 1 + p % 5, p % 3 == 0 ? "math500" : "lightman",
                    candidates(candidates, r, truth), null));
        }
        return new Dataset("generated", "generated", list);
    }

    private static List<Solution> candidates(int n, Random r, String truth) {
        List<Solution> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            boolean right = r.nextDouble() < 0.4;
            String answer = right ? truth : Integer.toString(r.nextInt(12));
            int steps = 3 + r.nextInt(9);
            List<String> texts = new ArrayList<>(steps);
            List<ThreeWayProbability> probs = new ArrayList<>(steps);
            double[] p = new double[steps];
            for (int s = 0; s < steps; s++) {
                texts.add(s == steps - 1 ? "So the answer is $\\boxed{" + answer + "}$."
                        : "We compute $" + s + " \\cdot x = " + (s * 3) + "$, so the next term is $\\frac{" + s + "}{" + (s + 2) + "}$.");
                double pos = right ? 0.6 + 0.4 * r.nextDouble() : r.nextDouble();
                double neu = (1 - pos) * r.nextDouble() * 0.5;
                probs.add(new ThreeWayProbability(pos, neu, 1 - pos - neu));
                p[s] = pos + neu;
            }
            double product = 1;
            for (double v : p) {
                product *= v;
            }
            out.add(Solution.builder().steps(texts).threeWay(probs).stepProbabilities(ScorerNames.PRM, p)
                    .score(ScorerNames.PRM, product).score(ScorerNames.ORM, right ? 0.5 + 0.5 * r.nextDouble() : r.nextDouble())
                    .finalAnswer(answer).correct(right)
                    .humanRatings(i == 0 ? ratings(steps) : null)
                    .build());
        }
        return out;
    }

    private static List<HumanRating> ratings(int steps) {
        List<HumanRating> h = new ArrayList<>();
        for (int s = 0; s < steps; s++) {
            h.add(s == 1 ? HumanRating.NEGATIVE : HumanRating.POSITIVE);
        }
        return h;
    }
}
