package org.steplens.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewStoreTest {
    private static final SolutionKey S = new SolutionKey("gsm8k-0", 0);

    @TempDir
    Path dir;

    private Path dataset() throws IOException {
        Path data = dir.resolve("run.jsonl");
        if (!Files.exists(data)) {
            Files.copy(Path.of("src/test/resources/data/processbench/gsm8k.json"), data);
        }
        return data;
    }

    @Test
    void everyKindOfEditSurvivesAReopen() throws IOException {
        Path data = dataset();
        try (ReviewStore store = ReviewStore.openFor(data)) {
            assertEquals(dir.resolve("run.steplens-review.jsonl"), store.path());
            store.apply(ReviewEdit.rate("ana", ReviewTarget.step("gsm8k-0", 0, 0), StepRating.POSITIVE));
            store.apply(ReviewEdit.rate("ana", ReviewTarget.step("gsm8k-0", 0, 1), StepRating.NEGATIVE));
            store.apply(ReviewEdit.rate("ana", ReviewTarget.step("gsm8k-0", 0, 2), StepRating.UNSURE));
            store.apply(ReviewEdit.tag("ana", ReviewTarget.step("gsm8k-0", 0, 1), "arithmetic error"));
            store.apply(ReviewEdit.tag("ana", ReviewTarget.solution("gsm8k-0", 0), "sycophantic"));
            store.apply(ReviewEdit.note("ana", ReviewTarget.step("gsm8k-0", 0, 1), "7 × 8 is not 54, \"clearly\""));
            store.apply(ReviewEdit.verdict("ana", S, Verdict.FIRST_WRONG_STEP));
            store.apply(ReviewEdit.answerFollows("ana", S, false));
            store.apply(ReviewEdit.defineTag("ana", "copies the hint"));
        }
        try (ReviewStore again = ReviewStore.openFor(data)) {
            assertEquals(List.of(), again.notices());
            SolutionReview r = again.state().review("ana", S).orElseThrow();
            assertEquals(Optional.of(StepRating.POSITIVE), r.rating(0));
            assertEquals(Optional.of(StepRating.NEGATIVE), r.rating(1));
            assertEquals(Optional.of(StepRating.UNSURE), r.rating(2));
            assertEquals(Set.of("arithmetic error"), r.tags(1));
            assertEquals(Set.of("sycophantic"), r.tags(ReviewTarget.WHOLE_SOLUTION));
            assertEquals(Optional.of("7 × 8 is not 54, \"clearly\""), r.note(1));
            assertEquals(Optional.of(Verdict.FIRST_WRONG_STEP), r.verdict());
            assertEquals(Optional.of(false), r.answerFollows());
            assertTrue(again.state().tagVocabulary().contains("copies the hint"));
            assertEquals(1, r.firstErrorLabel(5).getAsInt());
        }
    }

    @Test
    void undoIsAnEditThatPutsTheOldValueBack() throws IOException {
        Path data = dataset();
        ReviewTarget step = ReviewTarget.step("gsm8k-0", 0, 0);
        try (ReviewStore store = ReviewStore.openFor(data)) {
            store.apply(ReviewEdit.rate("ana", step, StepRating.POSITIVE));
            store.apply(ReviewEdit.rate("ana", step, StepRating.NEGATIVE));
            store.apply(ReviewEdit.rate("ana", step, StepRating.POSITIVE)); // undo of the second
            store.apply(ReviewEdit.rate("ana", step, null)); // undo of the first: nothing left
            assertTrue(store.state().review("ana", S).isEmpty());
        }
        try (ReviewStore again = ReviewStore.openFor(data)) {
            assertTrue(again.state().review("ana", S).isEmpty());
            assertEquals(4, again.state().editCount());
        }
    }

    @Test
    void aTornLastLineIsIgnoredWithANoticeAndTheNextEditStartsOnItsOwnLine() throws IOException {
        Path data = dataset();
        Path journal;
        try (ReviewStore store = ReviewStore.openFor(data)) {
            store.apply(ReviewEdit.rate("ana", ReviewTarget.step("gsm8k-0", 0, 0), StepRating.POSITIVE));
            journal = store.path();
        }
        Files.writeString(journal, "{\"t\":\"2026-12-01T10:00:00Z\",\"reviewer\":\"ana\",\"op\":\"ra",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        try (ReviewStore again = ReviewStore.openFor(data)) {
            assertEquals(List.of("run.steplens-review.jsonl:3: last line is incomplete (the program stopped while "
                    + "writing it); ignored"), again.notices());
            again.apply(ReviewEdit.rate("ana", ReviewTarget.step("gsm8k-0", 0, 1), StepRating.NEGATIVE));
        }
        try (ReviewStore third = ReviewStore.openFor(data)) {
            assertEquals(List.of(), third.notices(), "the torn fragment was cut off before appending");
            assertEquals(2, third.state().review("ana", S).orElseThrow().ratings().size());
        }
    }

    @Test
    void openingADatasetWritesNothingUntilTheFirstEdit() throws IOException {
        Path data = dataset();
        try (ReviewStore store = ReviewStore.openFor(data)) {
            store.compact();
            assertTrue(Files.notExists(store.path()));
        }
        try (var files = Files.list(dir)) {
            assertEquals(List.of("run.jsonl"), files.map(f -> f.getFileName().toString()).toList());
        }
    }

    @Test
    void aDamagedLineInTheMiddleIsNamedAndTheRestStillLoads() throws IOException {
        Path data = dataset();
        Path journal;
        try (ReviewStore store = ReviewStore.openFor(data)) {
            store.apply(ReviewEdit.rate("ana", ReviewTarget.step("gsm8k-0", 0, 2), StepRating.POSITIVE));
            journal = store.path();
        }
        Files.writeString(journal, "not json at all\n"
                + "{\"t\":\"2026-12-01T10:00:00Z\",\"reviewer\":\"ana\",\"op\":\"rate\",\"key\":{\"problem\":\"gsm8k-0\","
                + "\"solution\":0,\"step\":0},\"value\":7}\n"
                + "{\"t\":\"2026-12-01T10:00:01Z\",\"reviewer\":\"ana\",\"op\":\"rate\",\"key\":{\"problem\":\"gsm8k-0\","
                + "\"solution\":0,\"step\":1},\"value\":-1}\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        try (ReviewStore again = ReviewStore.openFor(data)) {
            assertEquals(2, again.notices().size());
            assertTrue(again.notices().get(0).startsWith("run.steplens-review.jsonl:3: not JSON"), again.notices().get(0));
            assertEquals("run.steplens-review.jsonl:4: a step rating is -1, 0 or 1, got 7; line skipped",
                    again.notices().get(1));
            assertEquals(Optional.of(StepRating.NEGATIVE), again.state().review("ana", S).orElseThrow().rating(1));
        }
    }

    @Test
    void compactionKeepsTheStateAndShrinksTheJournal() throws IOException {
        Path data = dataset();
        ReviewTarget step = ReviewTarget.step("gsm8k-0", 0, 0);
        long before;
        try (ReviewStore store = ReviewStore.openFor(data)) {
            for (int i = 0; i < 50; i++) {
                store.apply(ReviewEdit.rate("ana", step, i % 2 == 0 ? StepRating.POSITIVE : StepRating.NEUTRAL));
                store.apply(ReviewEdit.tag("ben", ReviewTarget.step("gsm8k-1", 0, 2), "restates"));
            }
            store.apply(ReviewEdit.note("ben", ReviewTarget.solution("gsm8k-1", 0), "fine"));
            before = Files.size(store.path());
            store.compact();
            assertTrue(Files.size(store.path()) < before / 10, "compacted " + Files.size(store.path()) + " < " + before);
            store.apply(ReviewEdit.rate("ana", ReviewTarget.step("gsm8k-0", 0, 1), StepRating.POSITIVE));
        }
        try (ReviewStore again = ReviewStore.openFor(data)) {
            assertEquals(List.of(), again.notices());
            SolutionReview ana = again.state().review("ana", S).orElseThrow();
            assertEquals(Optional.of(StepRating.NEUTRAL), ana.rating(0));
            assertEquals(Optional.of(StepRating.POSITIVE), ana.rating(1));
            SolutionReview ben = again.state().review("ben", new SolutionKey("gsm8k-1", 0)).orElseThrow();
            assertEquals(Set.of("restates"), ben.tags(2));
            assertEquals(Optional.of("fine"), ben.note(ReviewTarget.WHOLE_SOLUTION));
        }
        try (var files = Files.list(dir)) {
            assertEquals(List.of("run.jsonl", "run.steplens-review.jsonl"),
                    files.map(f -> f.getFileName().toString()).sorted().toList(), "no temp files left");
        }
    }

    @Test
    void aReadOnlyDataFolderFallsBackToTheUserFolderAndSaysSo() throws IOException {
        Path data = dataset();
        DatasetFingerprint fp = DatasetFingerprint.of(data);
        String old = System.getProperty(ReviewLocation.DATA_HOME_PROPERTY);
        System.setProperty(ReviewLocation.DATA_HOME_PROPERTY, dir.resolve("home").toString());
        try {
            ReviewLocation loc = ReviewLocation.forDataset(data, fp, p -> false);
            assertTrue(loc.fallback());
            assertEquals(dir.resolve("home/reviews/run-" + fp.shortHash() + ".steplens-review.jsonl"), loc.journal());
            assertEquals("The data folder is read-only; the review is kept in " + loc.journal(), loc.notice());
            assertTrue(ReviewLocation.canWrite(dir.resolve("x.steplens-review.jsonl")));
            assertTrue(Files.notExists(dir.resolve("x.steplens-review.jsonl")), "asking writes nothing");
        } finally {
            if (old == null) {
                System.clearProperty(ReviewLocation.DATA_HOME_PROPERTY);
            } else {
                System.setProperty(ReviewLocation.DATA_HOME_PROPERTY, old);
            }
        }
    }

    @Test
    void aReviewOfAnotherVersionOfTheDataSaysSo() throws IOException {
        Path data = dataset();
        try (ReviewStore store = ReviewStore.openFor(data)) {
            store.apply(ReviewEdit.rate("ana", ReviewTarget.step("gsm8k-0", 0, 0), StepRating.POSITIVE));
        }
        Files.writeString(data, "\n", StandardOpenOption.APPEND);
        try (ReviewStore again = ReviewStore.openFor(data)) {
            assertEquals(1, again.notices().size());
            assertTrue(again.notices().get(0).contains("was made on a different version of run.jsonl"));
            assertTrue(again.state().review("ana", S).isPresent(), "the review still loads");
        }
    }
}
