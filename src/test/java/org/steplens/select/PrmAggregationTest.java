package org.steplens.select;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.steplens.model.ScorerNames;
import org.steplens.model.Solution;
import org.steplens.select.PrmAggregation.NeutralPolicy;
import org.steplens.select.PrmAggregation.Reduction;

class PrmAggregationTest {

    @Test
    void defaultAggregationReproducesLightmansStatedPrmScore() {
        for (String f : List.of("lightman/scored_sample_example1.json", "lightman/scored_sample_example2.json")) {
            JsonNode r = RealData.json(f);
            // Strip the stated score so the value must come from the steps.
            Solution s = RealData.lightmanSolution(r).toBuilder().scores(org.steplens.model.NamedScores.EMPTY).build();
            double stated = r.get("prm_score").asDouble();
            assertEquals(stated, PrmAggregation.DEFAULT.score(s, ScorerNames.PRM).orElseThrow(), 1e-12, f);
        }
    }

    @Test
    void otherAggregationsFollowTheirDefinitionsOnRealRecord() {
        JsonNode r = RealData.json("lightman/scored_sample_example1.json");
        Solution s = RealData.lightmanSolution(r);
        double min = 1;
        double minNeg = 1;
        double prodNeg = 1;
        double last = 0;
        double lastNeg = 0;
        for (JsonNode p : r.get("rating_probs")) {
            double pos = p.get("1").asDouble();
            double both = pos + p.get("0").asDouble();
            min = Math.min(min, both);
            minNeg = Math.min(minNeg, pos);
            prodNeg *= pos;
            last = both;
            lastNeg = pos;
        }
        assertEquals(min, score(s, Reduction.MIN, NeutralPolicy.POSITIVE), 0);
        assertEquals(minNeg, score(s, Reduction.MIN, NeutralPolicy.NEGATIVE), 0);
        assertEquals(prodNeg, score(s, Reduction.PRODUCT, NeutralPolicy.NEGATIVE), 1e-15);
        assertEquals(last, score(s, Reduction.LAST, NeutralPolicy.POSITIVE), 0);
        assertEquals(lastNeg, score(s, Reduction.LAST, NeutralPolicy.NEGATIVE), 0);
        // Example 1's last step, P(+1)+P(0) = 0.249..., is its weakest, below the first step's 0.407.
        assertEquals(0.1384993425138924 + 0.11073959768554346, min, 1e-15);
    }

    private static double score(Solution s, Reduction r, NeutralPolicy n) {
        return new PrmAggregation(r, n).score(s, ScorerNames.PRM).orElseThrow();
    }

    @Test
    void neutralPolicyIsIgnoredWithoutThreeWayProbabilities() {
        Solution s = Solution.builder().steps(List.of("a", "b")).stepProbabilities("m", new double[] {0.5, 0.8}).build();
        assertEquals(0.4, new PrmAggregation(Reduction.PRODUCT, NeutralPolicy.NEGATIVE).score(s, "m").orElseThrow(), 1e-15);
        assertEquals(0.5, new PrmAggregation(Reduction.MIN, NeutralPolicy.NEGATIVE).score(s, "m").orElseThrow(), 0);
        assertEquals(0.8, new PrmAggregation(Reduction.LAST, NeutralPolicy.POSITIVE).score(s, "m").orElseThrow(), 0);
    }

    @Test
    void incompleteStepsFallBackToStatedScoreOnlyForTheDefault() {
        Solution s = Solution.builder().steps(List.of("a", "b")).stepProbabilities("prm", new double[] {0.5, Double.NaN})
                .score("prm", 0.3).build();
        assertEquals(0.3, PrmAggregation.DEFAULT.score(s, "prm").orElseThrow(), 0);
        assertTrue(PrmAggregation.parse("min").score(s, "prm").isEmpty());
        assertNull(PrmAggregation.DEFAULT.stepProbabilities(s, "prm"));
        assertTrue(PrmAggregation.DEFAULT.score(s, "other").isEmpty());
        Solution noSteps = Solution.builder().build();
        assertTrue(PrmAggregation.parse("last").score(noSteps, "prm").isEmpty());
    }

    @Test
    void parsesLabelsAndRejectsUnknownOnes() {
        assertEquals(PrmAggregation.DEFAULT, PrmAggregation.parse("product"));
        assertEquals(new PrmAggregation(Reduction.MIN, NeutralPolicy.NEGATIVE), PrmAggregation.parse("min-neutral-negative"));
        assertEquals("last-neutral-positive", PrmAggregation.parse("LAST-neutral-positive").label());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PrmAggregation.parse("mean"));
        assertEquals("unknown aggregation 'mean': expected product, min or last, optionally with -neutral-positive "
                + "or -neutral-negative", e.getMessage());
    }
}
