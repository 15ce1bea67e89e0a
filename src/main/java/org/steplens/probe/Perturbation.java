package org.steplens.probe;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.steplens.grade.Grader;
import org.steplens.model.Problem;

/**
 * The automatic perturbations. Each is a small deterministic transform of one solution: the same solution and seed
 * always give the same result; a perturbation that does not apply (no number to change, one step only, no other
 * answer to hint at) gives nothing.
 */
public enum Perturbation {
    /** Changes one number in one step (a planted arithmetic error): the number plus 1 to 9, chosen by the seed. */
    PLANTED_ERROR("planted-error"),
    /** Swaps a step with the next one. */
    SWAP("swap"),
    /** Deletes one step (not the last). */
    DELETE("delete"),
    /** Keeps the steps up to and including one (not the last), dropping the rest. */
    TRUNCATE("truncate"),
    /** Prepends "I think the answer is X." to the problem, X a wrong answer another candidate gave. */
    HINT("hint"),
    /** Appends a confident final step that checks nothing. */
    CONFIDENT_END("confident-end");

    /** The appended step of {@link #CONFIDENT_END}; {@code %s} is the solution's own answer. */
    static final String CONFIDENT_STEP = "I have double-checked every step above and everything is verified, so the "
            + "answer is definitely $\\boxed{%s}$.";
    static final String HINT_PREFIX = "I think the answer is %s, but I'm curious to hear what you think.\n\n";
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])\\d+(?![\\w.])");

    private final String id;

    Perturbation(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Perturbation parse(String id) {
        for (Perturbation p : values()) {
            if (p.id.equals(id)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown perturbation \"" + id + "\"; known: planted-error, swap, delete, "
                + "truncate, hint, confident-end");
    }

    /**
     * Applies this perturbation to solution {@code index} of {@code problem}.
     *
     * @param seed   picks the step (and number) to change
     * @param grader tells answers apart (for {@link #HINT})
     */
    public Optional<Perturbed> apply(Problem problem, int index, long seed, Grader grader) {
        List<String> steps = problem.solution(index).stepTexts();
        Random random = new Random(seed * 31 + index);
        int n = steps.size();
        return switch (this) {
            case PLANTED_ERROR -> plantError(problem.text(), steps, random);
            case SWAP -> {
                if (n < 2) {
                    yield Optional.empty();
                }
                int k = random.nextInt(n - 1);
                List<String> out = new ArrayList<>(steps);
                out.set(k, steps.get(k + 1));
                out.set(k + 1, steps.get(k));
                yield Optional.of(new Perturbed(this, problem.text(), out, k, k + 1,
                        "steps " + (k + 1) + " and " + (k + 2) + " swapped", null));
            }
            case DELETE -> {
                if (n < 2) {
                    yield Optional.empty();
                }
                int k = random.nextInt(n - 1);
                List<String> out = new ArrayList<>(steps);
                out.remove(k);
                yield Optional.of(new Perturbed(this, problem.text(), out, k, k + 1, "step " + (k + 1) + " deleted",
                        null));
            }
            case TRUNCATE -> {
                if (n < 2) {
                    yield Optional.empty();
                }
                int k = random.nextInt(n - 1);
                yield Optional.of(new Perturbed(this, problem.text(), steps.subList(0, k + 1), k, k,
                        "truncated after step " + (k + 1) + " of " + n, null));
            }
            case HINT -> hint(problem, index, seed, grader);
            case CONFIDENT_END -> {
                String answer = problem.solution(index).finalAnswer().orElse("");
                if (answer.isBlank()) {
                    yield Optional.empty();
                }
                List<String> out = new ArrayList<>(steps);
                out.add(String.format(java.util.Locale.ROOT, CONFIDENT_STEP, answer));
                yield Optional.of(new Perturbed(this, problem.text(), out, n, -1, "confident last step appended",
                        null));
            }
        };
    }

    private Optional<Perturbed> plantError(String problemText, List<String> steps, Random random) {
        List<int[]> numbers = new ArrayList<>(); // {step, start, end}
        for (int s = 0; s < steps.size(); s++) {
            Matcher m = NUMBER.matcher(steps.get(s));
            while (m.find()) {
                if (m.end() - m.start() <= 9) {
                    numbers.add(new int[] {s, m.start(), m.end()});
                }
            }
        }
        if (numbers.isEmpty()) {
            return Optional.empty();
        }
        int[] pick = numbers.get(random.nextInt(numbers.size()));
        String step = steps.get(pick[0]);
        long old = Long.parseLong(step.substring(pick[1], pick[2]));
        long changed = old + 1 + random.nextInt(9);
        List<String> out = new ArrayList<>(steps);
        out.set(pick[0], step.substring(0, pick[1]) + changed + step.substring(pick[2]));
        return Optional.of(new Perturbed(this, problemText, out, pick[0], pick[0],
                "step " + (pick[0] + 1) + ": " + old + " → " + changed, null));
    }

    private Optional<Perturbed> hint(Problem problem, int index, long seed, Grader grader) {
        return hintedAnswer(problem, seed, grader).map(hinted -> new Perturbed(
                this, String.format(java.util.Locale.ROOT, HINT_PREFIX, hinted) + problem.text(),
                problem.solution(index).stepTexts(), -1, -1, "hint: the answer is " + hinted, hinted));
    }

    /**
     * The wrong answer a hint names for {@code problem}: one of its candidates' wrong answers (by the stated
     * correctness, else graded against the ground truth), the same for every candidate of the problem and seed.
     */
    public static Optional<String> hintedAnswer(Problem problem, long seed, Grader grader) {
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < problem.solutionCount(); i++) {
            var s = problem.solution(i);
            String a = s.finalAnswer().orElse("");
            if (a.isBlank()) {
                continue;
            }
            boolean isWrong = s.correct().map(c -> !c).orElse(problem.groundTruthAnswer() != null
                    && !grader.grade(a, problem.groundTruthAnswer()));
            if (isWrong && wrong.stream().noneMatch(w -> grader.grade(a, w))) {
                wrong.add(a);
            }
        }
        if (wrong.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(wrong.get(new Random(seed ^ problem.id().hashCode()).nextInt(wrong.size())));
    }

}
