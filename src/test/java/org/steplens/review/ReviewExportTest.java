package org.steplens.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steplens.io.DatasetLoader;
import org.steplens.io.LoadProgress;
import org.steplens.io.LoadResult;
import org.steplens.model.Dataset;
import org.steplens.model.HumanRating;
import org.steplens.model.Problem;
import org.steplens.model.Solution;

/** Exports read back by StepLens's own readers, and agreement with real ProcessBench labels. */
class ReviewExportTest {
    private static final Path GSM8K = Path.of("src/test/resources/data/processbench/gsm8k.json");

    @TempDir
    Path dir;

    private static Dataset processBench() throws IOException {
        return DatasetLoader.load(GSM8K, LoadProgress.NONE).dataset();
    }

    @Test
    void prm800kExportReadsBackWithTheSameRatings() throws IOException {
        Dataset ds = processBench();
        ReviewState state = new ReviewState();
        List<List<HumanRating>> expected = new ArrayList<>();
        for (int p = 0; p < 12; p++) {
            Problem problem = ds.problems().get(p);
            Solution s = problem.solution(0);
            int label = s.firstErrorLabel().orElseThrow();
            int last = label < 0 ? s.stepCount() - 1 : label;
            for (int i = 0; i <= last; i++) {
                // a mix of +1, 0 and unsure before the first error, -1 at it
                StepRating r = i == label ? StepRating.NEGATIVE : i % 4 == 1 ? StepRating.NEUTRAL
                        : i % 4 == 3 ? StepRating.UNSURE : StepRating.POSITIVE;
                state.apply(ReviewEdit.rate("ana", ReviewTarget.step(problem.id(), 0, i), r));
            }
            state.apply(ReviewEdit.tag("ana", ReviewTarget.step(problem.id(), 0, 0), "restates"));
        }
        // expected ratings in export order (problem ids sorted as strings)
        for (SolutionKey key : state.reviewsBy("ana").keySet()) {
            SolutionReview r = state.review("ana", key).orElseThrow();
            List<HumanRating> ratings = new ArrayList<>();
            int last = r.firstNegativeStep().orElse(new Rater.DatasetIndex(ds).solution(key).orElseThrow().stepCount() - 1);
            for (int i = 0; i <= last; i++) {
                ratings.add(r.rating(i).flatMap(StepRating::prm800kValue).map(HumanRating::of).orElse(null));
            }
            expected.add(ratings);
        }
        Path out = dir.resolve("ana.prm800k.jsonl");
        try (OutputStream o = Files.newOutputStream(out)) {
            assertEquals(12, ReviewExport.write(ReviewExport.Format.PRM800K, state, DatasetFingerprint.of(GSM8K),
                    new Rater.DatasetIndex(ds), o));
        }
        LoadResult back = DatasetLoader.load(out, LoadProgress.NONE);
        assertEquals("PRM800K", back.format());
        assertEquals(List.of(), back.errors());
        List<List<HumanRating>> actual = new ArrayList<>();
        for (Problem p : back.dataset().problems()) {
            for (Solution s : p.solutions()) {
                List<HumanRating> ratings = new ArrayList<>();
                for (int i = 0; i < s.stepCount(); i++) {
                    ratings.add(s.humanRating(i).orElse(null));
                }
                actual.add(ratings);
            }
        }
        assertEquals(expected, actual);

        // and StepLens's own import gives back the whole review, unsure steps and tags included
        ReviewImport.Imported imported = ReviewImport.read(out);
        ReviewState again = new ReviewState();
        again.applyAll(imported.edits());
        assertEquals(state.reviewsBy("ana").keySet(), again.reviewsBy("ana").keySet());
        for (SolutionKey key : state.reviewsBy("ana").keySet()) {
            assertEquals(state.review("ana", key).orElseThrow().ratings(), again.review("ana", key).orElseThrow().ratings());
            assertEquals(state.review("ana", key).orElseThrow().tags(0), again.review("ana", key).orElseThrow().tags(0));
        }
    }

    @Test
    void csvHasOneRowAStepWithQuotedText() throws IOException {
        Dataset ds = processBench();
        ReviewState state = new ReviewState();
        Problem p = ds.problems().get(0);
        state.apply(ReviewEdit.rate("ana", ReviewTarget.step(p.id(), 0, 0), StepRating.POSITIVE));
        state.apply(ReviewEdit.note("ana", ReviewTarget.step(p.id(), 0, 0), "ok, \"fine\""));
        Path out = dir.resolve("ana.csv");
        try (OutputStream o = Files.newOutputStream(out)) {
            ReviewExport.write(ReviewExport.Format.CSV, state, DatasetFingerprint.of(GSM8K), new Rater.DatasetIndex(ds), o);
        }
        String csv = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("reviewer,problem_id,solution,step,rating,tags,note,verdict,answer_follows,"
                + "solution_tags,solution_note,step_text\r\n"), csv);
        assertTrue(csv.contains("\r\nana," + p.id() + ",0,0,+1,,\"ok, \"\"fine\"\"\","), csv);
        long rows = csv.lines().count() - 1;
        assertTrue(rows >= p.solution(0).stepCount(), "one row a step (step texts may span lines)");
    }

    @Test
    void reviewerAgainstProcessBenchLabelsOnRealRecords() throws IOException {
        Dataset ds = processBench();
        ReviewState state = new ReviewState();
        List<SolutionKey> reviewed = new ArrayList<>();
        int agreeing = 0;
        int compared = 0;
        for (int p = 0; p < 20; p++) {
            Problem problem = ds.problems().get(p);
            Solution s = problem.solution(0);
            int label = s.firstErrorLabel().orElseThrow();
            // the reviewer follows the label on even records, and on odd ones calls the last step wrong instead
            int mine = p % 2 == 0 ? label : s.stepCount() - 1;
            int last = mine < 0 ? s.stepCount() - 1 : mine;
            for (int i = 0; i <= last; i++) {
                state.apply(ReviewEdit.rate("ana", ReviewTarget.step(problem.id(), 0, i),
                        i == mine ? StepRating.NEGATIVE : StepRating.POSITIVE));
            }
            reviewed.add(new SolutionKey(problem.id(), 0));
            compared++;
            agreeing += mine == label ? 1 : 0;
        }
        Rater.DatasetIndex index = new Rater.DatasetIndex(ds);
        AgreementReport r = Agreement.of(List.of(Rater.reviewer(state, "ana"), Rater.datasetLabels(ds)), reviewed,
                k -> index.solution(k).orElseThrow().stepCount());
        assertEquals(List.of(new AgreementReport.PairAgreement("ana", "dataset labels", compared, agreeing)),
                r.firstErrors());
        assertTrue(agreeing >= 10 && agreeing < 20, "every even record agrees; odd ones only by chance");
        assertEquals(compared - agreeing, r.firstErrorDisagreements().size());
        int[][] c = r.confusion();
        int total = 0;
        for (int[] row : c) {
            for (int v : row) {
                total += v;
            }
        }
        assertEquals(r.units(), total);
        assertEquals(0, c[1][0] + c[1][1] + c[1][2], "nobody rated 0");
    }
}
