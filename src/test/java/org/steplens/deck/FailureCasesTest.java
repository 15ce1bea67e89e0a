package org.steplens.deck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.steplens.analyze.Failure;
import org.steplens.analyze.FailureKind;
import org.steplens.analyze.ProblemFailures;
import org.steplens.io.DatasetLoader;
import org.steplens.io.LoadProgress;
import org.steplens.model.Dataset;
import org.steplens.model.Problem;
import org.steplens.model.Solution;
import org.steplens.analyze.FirstErrorPredictor;
import org.steplens.select.StepScoring;
import org.steplens.select.PrmAggregation;

/**
 * "Add to deck" on a failure filter's result, on the bundled Qwen2.5-Math best-of-8 sample scored by the tiny PRM:
 * every problem the filter keeps gives exactly one case, its candidate really shows the failure, and the candidate
 * on screen wins when it is one of the examples.
 */
class FailureCasesTest {
    private static final String SCORER = "steplens-tiny-prm";
    private static final PrmAggregation PRODUCT = PrmAggregation.parse("product");
    private static Dataset data;

    @BeforeAll
    static void load() throws Exception {
        data = DatasetLoader.load(Path.of("samples/default.steplens.jsonl"), LoadProgress.NONE).dataset();
    }

    private static ProblemFailures failures(Problem p, double threshold) {
        return new ProblemFailures(p, SCORER, PRODUCT, threshold);
    }

    @Test
    void oneCasePerFilteredProblemShowingTheFailure() {
        double threshold = 0.1;
        FailureKind kind = FailureKind.RIGHT_ANSWER_WRONG_STEP;
        List<Problem> filtered = data.problems().stream().filter(p -> failures(p, threshold).has(kind)).toList();
        assertTrue(filtered.size() >= 3 && filtered.size() < data.problems().size(),
                "the sample has some right answers with a wrong step and some problems without: " + filtered.size());
        FailureCases.Found found = FailureCases.of(filtered, List.of(kind),
                new FailureCases.Settings(SCORER, PRODUCT, threshold, null, -1), () -> false);
        assertEquals(filtered.stream().map(Problem::id).toList(), found.cases().stream().map(DeckCase::problemId).toList());
        assertEquals(0, found.leftOut());
        for (int i = 0; i < filtered.size(); i++) {
            DeckCase c = found.cases().get(i);
            Solution s = filtered.get(i).solution(c.candidate());
            assertEquals(Boolean.TRUE, s.correct().orElse(null), c.toString());
            assertTrue(FirstErrorPredictor.predict(s, StepScoring.of(SCORER), threshold).orElse(-1) >= 0,
                    "a step of " + c + " is below the threshold");
            assertEquals(failures(filtered.get(i), threshold).of(kind).get(0).solutionIndex(), c.candidate());
            assertEquals(SCORER, c.scorer());
            assertEquals(threshold, c.threshold());
            assertTrue(c.note().startsWith("Right answer, wrong step: correct answer "), c.note());
        }
    }

    @Test
    void theCandidateOnScreenWinsWhenItShowsTheFailure() {
        double threshold = 0.1;
        List<FailureKind> kinds = List.of(FailureKind.METHODS_DISAGREE, FailureKind.RIGHT_ANSWER_WRONG_STEP);
        Problem p = data.problems().stream()
                .filter(x -> failures(x, threshold).of(FailureKind.RIGHT_ANSWER_WRONG_STEP).size() >= 2)
                .findFirst().orElseThrow();
        List<Failure> examples = failures(p, threshold).of(FailureKind.RIGHT_ANSWER_WRONG_STEP);
        int second = examples.get(1).solutionIndex();
        assertEquals(second, FailureCases.of(List.of(p), kinds,
                new FailureCases.Settings(SCORER, PRODUCT, threshold, p.id(), second), () -> false).cases().get(0).candidate());
        // a shown candidate that is no example (a wrong answer) does not replace the first example
        int wrong = -1;
        for (int i = 0; i < p.solutionCount(); i++) {
            if (Boolean.FALSE.equals(p.solution(i).correct().orElse(null))) {
                wrong = i;
            }
        }
        List<Failure> first = failures(p, threshold).of(FailureKind.METHODS_DISAGREE);
        int expected = first.isEmpty() ? examples.get(0).solutionIndex() : first.get(0).solutionIndex();
        if (wrong >= 0 && wrong != expected) {
            assertEquals(expected, FailureCases.of(List.of(p), kinds,
                    new FailureCases.Settings(SCORER, PRODUCT, threshold, p.id(), wrong), () -> false).cases().get(0).candidate());
        }
    }

    @Test
    void aProblemWithoutTheFailureGivesNoCaseAndNoFilterIsAnError() {
        Problem clean = data.problems().stream()
                .filter(p -> !failures(p, 0.5).has(FailureKind.RIGHT_ANSWER_WRONG_STEP)).findFirst().orElseThrow();
        FailureCases.Settings at = new FailureCases.Settings(SCORER, PRODUCT, 0.5, null, -1);
        assertTrue(FailureCases.of(List.of(clean), List.of(FailureKind.RIGHT_ANSWER_WRONG_STEP), at, () -> false)
                .cases().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> FailureCases.of(List.of(clean), List.of(), at, () -> false));
        assertThrows(java.util.concurrent.CancellationException.class, () -> FailureCases.of(List.of(clean),
                List.of(FailureKind.METHODS_DISAGREE), at, () -> true));
    }

    @Test
    void addingCasesTheDeckHoldsSkipsThem() {
        DeckCase a = new DeckCase("1", 2, SCORER, PRODUCT, 0.5, "");
        DeckCase b = new DeckCase("2", 0, SCORER, PRODUCT, 0.5, "");
        Deck deck = Deck.EMPTY.add(a).addNew(List.of(a.withNote("again"), b, b));
        assertEquals(List.of(a, b), deck.cases());
        assertFalse(deck.cases().contains(a.withNote("again")));
    }
}
