package org.steplens.grade;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerClusteringTest {
    private final AnswerClustering clustering = new AnswerClustering(Grader.prm800k());

    @Test
    void equivalentAnswersShareAClassOrderedByFirstMember() {
        List<AnswerCluster> classes = clustering.cluster(Arrays.asList(
                "\\frac{1}{2}", "7", "0.5", null, "1/2", "  ", "7.0", "\\dfrac12", "8"));
        assertEquals(3, classes.size());
        assertEquals(new AnswerCluster("\\frac{1}{2}", new int[] {0, 2, 4, 7}), classes.get(0));
        assertEquals(new AnswerCluster("7", new int[] {1, 6}), classes.get(1));
        assertEquals(new AnswerCluster("8", new int[] {8}), classes.get(2));
    }

    @Test
    void nonTransitiveDecisionsResolveToTheFirstMatchingClass() {
        // 0.5 equals both 1/2 and 2/4, which differ from each other: 0.5 joins the earlier class
        List<AnswerCluster> classes = clustering.cluster(List.of("2/4", "1/2", "0.5"));
        assertEquals(2, classes.size());
        assertArrayEquals(new int[] {0, 2}, classes.get(0).members());
        assertArrayEquals(new int[] {1}, classes.get(1).members());
        List<AnswerCluster> other = clustering.cluster(List.of("1/2", "2/4", "0.5"));
        assertArrayEquals(new int[] {0, 2}, other.get(0).members());
    }

    @Test
    void tuplesAndTextAnswers() {
        List<AnswerCluster> classes = clustering.cluster(List.of("(1, 2)", "\\left(1,2\\right)", "(2,1)",
                "\\text{Evelyn}", "evelyn"));
        assertEquals(3, classes.size());
        assertArrayEquals(new int[] {0, 1}, classes.get(0).members());
        assertArrayEquals(new int[] {2}, classes.get(1).members());
        assertArrayEquals(new int[] {3, 4}, classes.get(2).members());
    }

    @Test
    void emptyAndAllBlankInputsGiveNoClasses() {
        assertEquals(List.of(), clustering.cluster(List.of()));
        assertEquals(List.of(), clustering.cluster(Arrays.asList(null, "", " \n")));
    }

    @Test
    void clusteringIsDeterministicAndFastFor1860Answers() throws IOException {
        // 1,860 answers drawn from one MATH500 problem's answer and typical model variants
        List<JsonNode> problems = GraderRealDataTest.jsonl("/data/math500/test.jsonl");
        List<String> pool = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            pool.add(problems.get(i).get("answer").asText());
        }
        List<String> answers = new ArrayList<>();
        java.util.Random rnd = new java.util.Random(7);
        for (int i = 0; i < 1860; i++) {
            String a = pool.get(rnd.nextInt(pool.size()));
            answers.add(rnd.nextBoolean() ? a : " " + a.replace("\\frac", "\\dfrac") + " ");
        }
        // speed is GradeBenchmark's job (app/bench); here only the result
        List<AnswerCluster> first = new AnswerClustering(Grader.prm800k(java.time.Duration.ofSeconds(5))).cluster(answers);
        List<AnswerCluster> second = clustering.cluster(answers);
        assertEquals(first, second);
        int total = first.stream().mapToInt(AnswerCluster::size).sum();
        assertEquals(1860, total);
        assertTrue(first.size() <= 40, "classes: " + first.size());
    }
}
