package org.steplens.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.steplens.grade.Grader;
import org.steplens.io.DatasetLoader;
import org.steplens.io.LoadProgress;
import org.steplens.model.Dataset;
import org.steplens.model.Problem;

/** Each perturbation on real ProcessBench and PRMBench records: what changed, what did not, deterministic. */
class PerturbationTest {
    private static final Grader GRADER = Grader.prm800k();

    private static List<Problem> records() throws IOException {
        List<Problem> out = new ArrayList<>();
        Dataset pb = DatasetLoader.load(Path.of("src/test/resources/data/processbench/math.json"), LoadProgress.NONE)
                .dataset();
        out.addAll(pb.problems().subList(0, 15));
        Dataset prm = DatasetLoader.load(Path.of("samples/prmbench/prmbench_100.jsonl"),
                LoadProgress.NONE).dataset();
        out.addAll(prm.problems().subList(0, 15));
        return out;
    }

    @Test
    void plantedErrorChangesOneNumberInOneStepAndNothingElse() throws IOException {
        int applied = 0;
        for (Problem p : records()) {
            for (int s = 0; s < p.solutionCount(); s++) {
                Optional<Perturbed> r = Perturbation.PLANTED_ERROR.apply(p, s, 7, GRADER);
                if (r.isEmpty()) {
                    continue;
                }
                applied++;
                List<String> before = p.solution(s).stepTexts();
                List<String> after = r.get().steps();
                assertEquals(before.size(), after.size());
                int k = r.get().watchedStep();
                for (int i = 0; i < before.size(); i++) {
                    if (i != k) {
                        assertEquals(before.get(i), after.get(i));
                    }
                }
                assertNotEquals(before.get(k), after.get(k));
                String[] parts = r.get().description().replaceFirst("^step \\d+: ", "").split(" → ");
                long old = Long.parseLong(parts[0]);
                long now = Long.parseLong(parts[1]);
                assertTrue(now - old >= 1 && now - old <= 9, r.get().description());
                assertEquals(before.get(k).length() + (parts[1].length() - parts[0].length()), after.get(k).length());
                assertEquals(p.text(), r.get().problemText());
                assertEquals(r.get(), Perturbation.PLANTED_ERROR.apply(p, s, 7, GRADER).orElseThrow(), "deterministic");
            }
        }
        assertTrue(applied >= 25, "applied to " + applied);
    }

    @Test
    void swapDeleteAndTruncateMoveWholeStepsOnly() throws IOException {
        for (Problem p : records()) {
            List<String> before = p.solution(0).stepTexts();
            if (before.size() < 2) {
                assertTrue(Perturbation.SWAP.apply(p, 0, 1, GRADER).isEmpty());
                continue;
            }
            Perturbed swap = Perturbation.SWAP.apply(p, 0, 1, GRADER).orElseThrow();
            int k = swap.watchedStep();
            assertEquals(before.get(k + 1), swap.steps().get(k));
            assertEquals(before.get(k), swap.steps().get(k + 1));
            assertEquals(before.size(), swap.steps().size());

            Perturbed delete = Perturbation.DELETE.apply(p, 0, 1, GRADER).orElseThrow();
            List<String> expected = new ArrayList<>(before);
            expected.remove(delete.watchedStep());
            assertEquals(expected, delete.steps());
            assertEquals(before.get(delete.originalStep()), delete.steps().get(delete.watchedStep()),
                    "the watched step is the one that followed the deleted step");

            Perturbed truncate = Perturbation.TRUNCATE.apply(p, 0, 1, GRADER).orElseThrow();
            assertEquals(before.subList(0, truncate.watchedStep() + 1), truncate.steps());
            assertTrue(truncate.steps().size() < before.size());
            assertEquals(truncate, Perturbation.TRUNCATE.apply(p, 0, 1, GRADER).orElseThrow());
        }
    }

    @Test
    void aHintNamesAWrongAnswerOfTheProblemAndChangesOnlyThePrompt() throws IOException {
        int hinted = 0;
        for (Problem p : records()) {
            Optional<Perturbed> r = Perturbation.HINT.apply(p, 0, 3, GRADER);
            boolean anyWrong = p.solutions().stream().anyMatch(s -> s.correct().map(c -> !c).orElse(false)
                    && s.finalAnswer().filter(a -> !a.isBlank()).isPresent());
            assertEquals(anyWrong, r.isPresent(), p.id());
            if (r.isPresent()) {
                hinted++;
                assertEquals(p.solution(0).stepTexts(), r.get().steps());
                assertTrue(r.get().problemText().startsWith("I think the answer is " + r.get().hintedAnswer()
                        + ", but I'm curious to hear what you think.\n\n"));
                assertTrue(r.get().problemText().endsWith(p.text()));
                assertTrue(p.solutions().stream().anyMatch(s -> r.get().hintedAnswer().equals(s.finalAnswer().orElse(""))));
            }
        }
        assertTrue(hinted > 0);
    }

    @Test
    void aConfidentEndAppendsOneStepWithTheSolutionsOwnAnswer() throws IOException {
        for (Problem p : records()) {
            Optional<Perturbed> r = Perturbation.CONFIDENT_END.apply(p, 0, 0, GRADER);
            String answer = p.solution(0).finalAnswer().orElse("");
            assertEquals(!answer.isBlank(), r.isPresent());
            if (r.isPresent()) {
                List<String> steps = r.get().steps();
                assertEquals(p.solution(0).stepTexts(), steps.subList(0, steps.size() - 1));
                assertTrue(steps.get(steps.size() - 1).contains("\\boxed{" + answer + "}"));
                assertEquals(steps.size() - 1, r.get().watchedStep());
            }
        }
    }

    @Test
    void anotherSeedPicksAnotherPlaceSomewhere() throws IOException {
        int differ = 0;
        for (Problem p : records()) {
            var a = Perturbation.PLANTED_ERROR.apply(p, 0, 1, GRADER);
            var b = Perturbation.PLANTED_ERROR.apply(p, 0, 2, GRADER);
            if (a.isPresent() && !a.equals(b)) {
                differ++;
            }
        }
        assertTrue(differ > 10, "seeds change the pick: " + differ);
    }
}
