package org.steplens.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Perturbed MATH500 answers against the originals, with the decisions the PRM800K grader makes on them. */
class PerturbedMath500Test {
    @Test
    void perturbationsGetTheReferenceDecisions() throws IOException {
        List<String> wrong = new ArrayList<>();
        int asserted = 0;
        for (JsonNode p : GraderRealDataTest.jsonl("/data/math500/test.jsonl")) {
            String truth = p.get("answer").asText();
            for (AnswerPerturbations.Variant v : AnswerPerturbations.of(truth)) {
                if (v.expected() == null) {
                    continue;
                }
                asserted++;
                boolean got = Grader.prm800k().grade(v.given(), truth);
                if (got != v.expected()) {
                    wrong.add(v.kind() + ": " + v.given() + " vs " + truth + " -> " + got);
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(asserted > 3000, "asserted " + asserted);
    }
}
