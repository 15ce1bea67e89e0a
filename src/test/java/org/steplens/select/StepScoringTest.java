package org.steplens.select;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.steplens.model.ScorerNames;
import org.steplens.model.Solution;
import org.steplens.model.ThreeWayProbability;
import org.steplens.select.PrmAggregation.NeutralPolicy;

class StepScoringTest {
    private static final double[] NONE = new double[0];

    @Test
    void threeWayProbabilitiesOfTheRealLightmanRecordFollowTheNeutralPolicy() {
        Solution s = RealData.lightman().problems().get(1).solution(0);
        double[] positive = new StepScoring(ScorerNames.PRM, NeutralPolicy.POSITIVE).probabilities(s);
        double[] negative = new StepScoring(ScorerNames.PRM, NeutralPolicy.NEGATIVE).probabilities(s);
        assertEquals(8, positive.length);
        assertEquals(0.8835529071911838 + 0.11539006327929774, positive[5], 1e-15);
        assertEquals(0.8835529071911838, negative[5], 1e-15);
        assertArrayEquals(positive, StepScoring.of(ScorerNames.PRM).probabilities(s), "positive is the default");
    }

    @Test
    void otherScorersAreReadAsStoredAndGapsAreNaN() {
        Solution s = Solution.builder().steps(List.of("a", "b", "c"))
                .threeWay(List.of(new ThreeWayProbability(0.1, 0.8, 0.1), new ThreeWayProbability(0.1, 0.8, 0.1),
                        new ThreeWayProbability(0.1, 0.8, 0.1)))
                .stepProbabilities("local", new double[] {0.9, Double.NaN, 0.2})
                .stepProbabilities("short", new double[] {0.7}).build();
        double[] local = new StepScoring("local", NeutralPolicy.NEGATIVE).probabilities(s);
        assertArrayEquals(new double[] {0.9, Double.NaN, 0.2}, local, "the neutral policy is the file's PRM's only");
        assertFalse(StepScoring.complete(local));
        assertArrayEquals(new double[] {0.7, Double.NaN, Double.NaN}, StepScoring.of("short").probabilities(s));
        assertArrayEquals(NONE, StepScoring.of("absent").probabilities(s));
        assertFalse(StepScoring.complete(NONE));
        assertTrue(StepScoring.complete(new StepScoring(ScorerNames.PRM, NeutralPolicy.NEGATIVE).probabilities(s)));
    }
}
