package org.steplens.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.steplens.model.Dataset;
import org.steplens.model.HumanRating;
import org.steplens.model.Problem;
import org.steplens.model.ScorerNames;
import org.steplens.model.Solution;
import org.steplens.model.ThreeWayProbability;

class ReadersOnRealDataTest {

    @Test
    void processBenchSubsetsHaveThePublishedCounts() throws IOException {
        int[] records = {400, 1000, 1000, 1000};
        int[] erroneous = {207, 594, 661, 759};
        String[] subsets = {"gsm8k", "math", "olympiadbench", "omnimath"};
        for (int i = 0; i < 4; i++) {
            Dataset d = TestData.loadClean(TestData.processBench().get(i));
            assertEquals(ProcessBenchReader.NAME, d.format());
            assertEquals(records[i], d.problemCount());
            assertEquals(records[i], d.solutionCount());
            long errors = d.problems().stream().map(p -> p.solution(0))
                    .filter(s -> s.firstErrorLabel().getAsInt() != Solution.NO_ERROR).count();
            assertEquals(erroneous[i], errors, subsets[i]);
            String subset = "processbench/" + subsets[i];
            assertTrue(d.problems().stream().allMatch(p -> p.source().equals(subset)), subset);
        }
    }

    @Test
    void processBenchRecordFields() throws IOException {
        Problem p = TestData.loadClean(TestData.file("processbench/gsm8k.json")).problems().get(0);
        assertEquals("gsm8k-0", p.id());
        assertTrue(p.text().startsWith("Sue lives in a fun neighborhood.  One weekend, the"));
        Solution s = p.solution(0);
        assertEquals(4, s.stepCount());
        assertTrue(s.stepText(0).startsWith("To find out how many more pink plastic flamingos were out th"));
        assertEquals(OptionalInt.of(1), s.firstErrorLabel());
        assertEquals(OptionalInt.of(1), s.humanFirstError());
        assertEquals(false, s.correct().orElseThrow());
        assertEquals("Qwen2-7B-Instruct", s.generator().orElseThrow());
    }

    @Test
    void processBenchSubsetsOpenedTogetherKeepTheirSubset() throws IOException {
        LoadResult r = DatasetLoader.loadAll(TestData.processBench(), LoadProgress.NONE);
        assertEquals(List.of(), r.errors());
        assertEquals(3400, r.dataset().problemCount());
        assertEquals(ProcessBenchReader.NAME, r.format());
        assertEquals("processbench/gsm8k", r.dataset().problems().get(0).source());
        assertEquals("processbench/omnimath", r.dataset().problems().get(3399).source());
    }

    @Test
    void prmBenchHasTwoSolutionsPerRecordWithZeroBasedErrorSteps() throws IOException {
        Dataset d = TestData.loadClean(TestData.file("prmbench/prmbench.jsonl.gz"));
        assertEquals(PrmBenchReader.NAME, d.format());
        assertEquals(6216, d.problemCount());
        assertEquals(6216, d.problems().stream().map(Problem::id).distinct().count(), "ids are unique");
        Problem p = d.problems().get(0);
        assertEquals("prm_test_p1_0/circular", p.id());
        assertTrue(p.text().startsWith("Three pencils and a jumbo eraser cost $1"));
        Solution original = p.solution(0);
        Solution modified = p.solution(1);
        assertEquals("original", original.id().orElseThrow());
        assertEquals(6, original.stepCount());
        assertTrue(original.errorStepLabels().isEmpty(), "the original process claims no labels");
        assertFalse(original.hasHumanLabels());
        assertEquals(7, modified.stepCount());
        assertArrayEquals(new int[] {2, 3, 4}, modified.errorStepLabels().orElseThrow());
        JsonNode extra = Json.MAPPER.readTree(modified.extraJson().orElseThrow());
        assertEquals("circular", extra.path("classification").asText());
        assertTrue(extra.path("reason").asText().startsWith("Steps 3, 4, and 5 introduce circular reasoning"));
        assertEquals("[3,4,5,6]", extra.path("modified_steps").toString());
        assertEquals("prm_test_p1_0", Json.MAPPER.readTree(p.extraJson()).path("idx").asText());
    }

    @Test
    void prmBenchMultiSolutionRecordsHaveGroundTruthAndNoErrorSteps() throws IOException {
        Dataset d = TestData.loadClean(TestData.file("prmbench/prmbench.jsonl.gz"));
        Problem p = d.problems().stream().filter(q -> q.id().equals("prm_test_p1_0/multi_solutions")).findFirst()
                .orElseThrow();
        assertEquals("29", p.groundTruthAnswer());
        assertArrayEquals(new int[0], p.solution(1).errorStepLabels().orElseThrow());
        assertTrue(d.problems().stream().anyMatch(q -> q.id().equals("prm_test_p2_863/multi_solutions#2")),
                "a repeated idx/classification gets a suffix");
    }

    @Test
    void prmBenchProcessesGivenAsJsonStringsReadTheSame(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws IOException {
        String line;
        try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(new java.util.zip.GZIPInputStream(
                java.nio.file.Files.newInputStream(TestData.file("prmbench/prmbench.jsonl.gz"))),
                java.nio.charset.StandardCharsets.UTF_8))) {
            line = in.readLine();
        }
        com.fasterxml.jackson.databind.node.ObjectNode record =
                (com.fasterxml.jackson.databind.node.ObjectNode) Json.MAPPER.readTree(line);
        com.fasterxml.jackson.databind.node.ObjectNode asStrings = record.deepCopy();
        asStrings.put("original_process", record.get("original_process").toString());
        asStrings.put("modified_process", record.get("modified_process").toString());
        com.fasterxml.jackson.databind.node.ObjectNode broken = record.deepCopy();
        broken.put("modified_process", "[\"step one\", ");
        java.nio.file.Path f = dir.resolve("strings.jsonl");
        java.nio.file.Files.writeString(f, line + "\n" + Json.compact(asStrings) + "\n" + Json.compact(broken) + "\n");
        LoadResult r = DatasetLoader.load(f, LoadProgress.NONE);
        assertEquals(List.of(f + ":3: modified_process is a string that is not a JSON array: truncated JSON: the "
                + "record ends before it is complete"), r.errors().stream().map(LoadError::message).toList());
        Problem asArrays = r.dataset().problems().get(0);
        Problem fromStrings = r.dataset().problems().get(1);
        assertEquals("prm_test_p1_0/circular#2", fromStrings.id());
        assertEquals(asArrays.solutions(), fromStrings.solutions());
    }

    @Test
    void math500IsFiveHundredProblemsWithReferenceSolutions() throws IOException {
        Dataset d = TestData.loadClean(TestData.file("math500/test.jsonl"));
        assertEquals(Math500Reader.NAME, d.format());
        assertEquals(500, d.problemCount());
        assertEquals(0, d.solutionCount());
        Problem p = d.problems().get(0);
        assertEquals("test/precalculus/807.json", p.id());
        assertEquals("\\left( 3, \\frac{\\pi}{2} \\right)", p.groundTruthAnswer());
        assertEquals("Precalculus", p.subject());
        assertEquals(2, p.level());
        assertTrue(p.groundTruthSolution().startsWith("We have that $r = \\sqrt{0^2 + 3^2} = 3.$"));
    }

    @Test
    void lightmanRecordKeepsThreeWayProbabilitiesAndStatedScores() throws IOException {
        Dataset d = TestData.loadClean(TestData.file("lightman/scored_sample_example1.json"));
        assertEquals(LightmanReader.NAME, d.format());
        Problem p = d.problems().get(0);
        assertEquals("test/precalculus/779.json", p.id());
        assertEquals("-2+7i", p.groundTruthAnswer());
        assertEquals("Precalculus", p.subject());
        assertEquals(2, p.level());
        Solution s = p.solution(0);
        assertEquals(4, s.stepCount());
        assertEquals("7i - 2", s.finalAnswer().orElseThrow());
        assertEquals(true, s.correct().orElseThrow());
        assertEquals(0.09157553704097245, s.score(ScorerNames.PRM).getAsDouble());
        assertEquals(0.6326445937156677, s.score(ScorerNames.ORM).getAsDouble());
        assertEquals(new ThreeWayProbability(0.387681464904673, 0.01925049232449113, 0.593068042770836),
                s.threeWay(0).orElseThrow());
        assertEquals(0.387681464904673 + 0.01925049232449113, s.stepProbability(ScorerNames.PRM, 0).getAsDouble());
        double product = 1;
        for (int i = 0; i < s.stepCount(); i++) {
            product *= s.threeWay(i).orElseThrow().neutralAsPositive();
        }
        assertEquals(s.score(ScorerNames.PRM).getAsDouble(), product, 0.0, "prm_score = Π(P(1)+P(0)) exactly");
    }

    @Test
    void lightmanSamplesOfOneProblemAreGroupedInFileOrder() throws IOException {
        // the two example records, as lines of one file, plus a second sample of the first problem
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("lightman");
        String one = Json.compact(Json.MAPPER.readTree(TestData.file("lightman/scored_sample_example1.json").toFile()));
        String two = Json.compact(Json.MAPPER.readTree(TestData.file("lightman/scored_sample_example2.json").toFile()));
        String oneAgain = one.replace("\"is_correct\":true", "\"is_correct\":false");
        java.nio.file.Path file = dir.resolve("samples.jsonl");
        java.nio.file.Files.writeString(file, one + "\n" + oneAgain + "\n" + two + "\n");
        Dataset d = TestData.loadClean(file);
        assertEquals(2, d.problemCount());
        assertEquals(2, d.problems().get(0).solutionCount());
        assertEquals(true, d.problems().get(0).solution(0).correct().orElseThrow());
        assertEquals(false, d.problems().get(0).solution(1).correct().orElseThrow());
        assertEquals(1, d.problems().get(1).solutionCount());
    }

    @Test
    void prm800kSampleHasHumanRatingsAndFirstErrors() throws IOException {
        Dataset d = TestData.loadClean(TestData.file("prm800k/samples_prm800k.jsonl"));
        assertEquals(Prm800kReader.NAME, d.format());
        assertEquals(6, d.problemCount());
        assertTrue(d.hasHumanLabels());
        // line 1, phase 1: step 2 is the labeller's own step (unrated), the last one chosen from 5 completions
        Solution first = d.problems().get(0).solution(0);
        assertEquals(6, first.stepCount());
        assertEquals("We have $3p+e=1.24$ and $5p+e=1.82$.", first.stepText(1));
        assertTrue(first.humanRating(1).isEmpty());
        assertEquals(HumanRating.POSITIVE, first.humanRating(5).orElseThrow());
        assertEquals("That means a pencil costs 29 cents.\n\n# Answer\n\n29", first.stepText(5));
        assertEquals(OptionalInt.of(Solution.NO_ERROR), first.humanFirstError());
        JsonNode extra = Json.MAPPER.readTree(first.extraJson().orElseThrow());
        assertEquals("solution", extra.path("finish_reason").asText());
        assertEquals("[1]", extra.path("human_steps").toString());
        assertEquals(5, extra.path("alternatives").path("1").size(), "all five rejected completions kept");
        assertEquals(4, extra.path("alternatives").path("5").size());
        assertEquals("29", d.problems().get(0).groundTruthAnswer());

        // line 2, phase 2 "found_error": the path ends at the pre-generated step rated -1
        Problem phase2 = d.problems().get(1);
        Solution found = phase2.solution(0);
        assertEquals("28800", phase2.groundTruthAnswer());
        assertTrue(phase2.groundTruthSolution().startsWith("Choose any seat in which to place the Independent"));
        assertEquals(7, found.stepCount());
        assertEquals(OptionalInt.of(6), found.humanFirstError());
        assertEquals(HumanRating.NEUTRAL, found.humanRating(1).orElseThrow());
        assertTrue(found.stepText(6).startsWith("For the Democrats, there are 5! ways to order them in a line"));
        JsonNode extra2 = Json.MAPPER.readTree(found.extraJson().orElseThrow());
        assertEquals("found_error", extra2.path("finish_reason").asText());
        assertEquals("7200", extra2.path("pre_generated_answer").asText());
        assertEquals(13, extra2.path("pre_generated_steps").size());
        assertEquals(3, extra2.path("alternatives").path("6").size());

        // line 5, "give_up": the trailing step without completions adds no step; the human step is kept
        Solution gaveUp = d.problems().get(4).solution(0);
        assertEquals(8, gaveUp.stepCount());
        assertTrue(gaveUp.stepText(7).startsWith("By symmetry, we have that the intersection"));
        assertEquals("give_up", Json.MAPPER.readTree(gaveUp.extraJson().orElseThrow()).path("finish_reason").asText());

        // line 6, the screening record: no ground truth, flagged as screening
        Problem screening = d.problems().get(5);
        assertEquals(null, screening.groundTruthAnswer());
        assertTrue(Json.MAPPER.readTree(screening.solution(0).extraJson().orElseThrow())
                .path("is_initial_screening_question").asBoolean());
    }

    @Test
    void prettyPrintedPrm800kFilesHoldingSeveralRecordsLoadEachRecord() throws IOException {
        LoadResult r = DatasetLoader.load(TestData.file("prm800k/prm800k-phase1-train-example.json"), LoadProgress.NONE);
        assertEquals(List.of(), r.errors());
        assertEquals(3, r.dataset().problemCount());
        Dataset phase2 = TestData.loadClean(TestData.file("prm800k/prm800k-phase2-test-example.json"));
        assertEquals(OptionalInt.of(6), phase2.problems().get(0).solution(0).humanFirstError());
    }

    @Test
    void mathShepherdStepsAndLabels() throws IOException {
        Dataset d = TestData.loadClean(TestData.file("mathshepherd/samples_math-shepherd.jsonl"));
        assertEquals(MathShepherdReader.NAME, d.format());
        assertEquals(7, d.problemCount());
        Problem p = d.problems().get(0);
        assertTrue(p.text().startsWith("Janet pays $40/hour for 3 hours per week of clarinet lessons"));
        assertTrue(p.text().endsWith("in a year?"));
        assertEquals("math-shepherd/gsm8k", p.source());
        Solution s = p.solution(0);
        assertEquals(5, s.stepCount());
        assertEquals("Step 1: Janet spends 3 hours + 5 hours = <<3+5=8>>8 hours per week on music lessons.",
                s.stepText(0));
        assertEquals("Step 5: She spends 260 * 52 = <<260*52=13520>>13520 on music lessons in a year. The answer is: 13520",
                s.stepText(4));
        assertEquals(HumanRating.POSITIVE, s.humanRating(3).orElseThrow());
        assertEquals(HumanRating.NEGATIVE, s.humanRating(4).orElseThrow());
        assertEquals(OptionalInt.of(4), s.humanFirstError());
    }

    @Test
    void qwenBestOfEight() throws IOException {
        Dataset d = TestData.loadClean(TestData.file("qwen25math/math_cot_100.jsonl"));
        assertEquals(QwenRmMajReader.NAME, d.format());
        assertEquals(100, d.problemCount());
        assertEquals(800, d.solutionCount());
        Problem p = d.problems().get(0);
        assertEquals("0", p.id());
        assertEquals("420", p.groundTruthAnswer());
        assertEquals(3, p.level());
        Solution s = p.solution(0);
        assertEquals("420", s.finalAnswer().orElseThrow());
        assertEquals(true, s.correct().orElseThrow());
        assertEquals(3.546875, s.score(ScorerNames.ORM).getAsDouble());
        assertEquals(9, s.stepCount());
        assertTrue(s.stepText(0).startsWith("To find the value of \\(10.0000198"));
        assertFalse(Json.MAPPER.readTree(p.extraJson()).has("response"), "response repeats code: not stored twice");
    }
}
