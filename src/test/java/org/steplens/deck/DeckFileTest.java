package org.steplens.deck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steplens.select.PrmAggregation;

class DeckFileTest {
    @TempDir
    Path dir;

    private static DeckCase c(String id, int candidate) {
        return new DeckCase(id, candidate, "prm", PrmAggregation.parse("min-neutral-negative"), 0.35, "");
    }

    @Test
    void savedReopenedReorderedAndSavedAgain() throws IOException {
        Path data = dir.resolve("gsm8k.json");
        Path file = DeckFile.beside(data);
        assertEquals("gsm8k.steplens-deck.json", file.getFileName().toString());
        assertEquals(file, DeckFile.beside(dir.resolve("gsm8k.steplens.jsonl")), "the saved copy shares the deck");
        assertEquals(Deck.EMPTY, DeckFile.read(file).deck(), "no file yet: an empty deck");

        Deck deck = Deck.EMPTY.add(c("gsm8k-0", 0)).add(c("gsm8k-3", 2)).add(c("gsm8k-7", 1)).annotate(1, "right answer, wrong step 4 — «ünïcode»");
        DeckFile.write(file, deck);
        DeckFile.Loaded back = DeckFile.read(file);
        assertEquals(deck, back.deck());
        assertEquals(List.of(), back.problems());

        Deck reordered = back.deck().move(2, 0).remove(2);
        DeckFile.write(file, reordered);
        Deck again = DeckFile.read(file).deck();
        assertEquals(List.of("gsm8k-7", "gsm8k-0"), again.cases().stream().map(DeckCase::problemId).toList());
        assertEquals(0.35, again.get(0).threshold());
        assertEquals(PrmAggregation.parse("min-neutral-negative"), again.get(0).aggregation());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left beside the deck");
        }
    }

    @Test
    void aBadCaseIsReportedAndTheOthersLoad() throws IOException {
        Path file = dir.resolve("x.steplens-deck.json");
        Files.writeString(file, """
                {"format": "steplens-deck", "version": 1, "cases": [
                  {"problem": "a", "candidate": 0, "scorer": "prm", "aggregation": "product", "threshold": 0.5},
                  {"problem": "b", "candidate": -3},
                  {"candidate": 1},
                  {"problem": "c", "candidate": 2, "aggregation": "median"}
                ]}""");
        DeckFile.Loaded loaded = DeckFile.read(file);
        assertEquals(1, loaded.deck().size());
        assertEquals(3, loaded.problems().size());
        assertTrue(loaded.problems().get(0).contains("case 2") && loaded.problems().get(0).contains("candidate must be >= 0"),
                loaded.problems().get(0));
        assertTrue(loaded.problems().get(2).contains("unknown aggregation 'median'"), loaded.problems().get(2));
    }

    @Test
    void notJsonOrNotADeckNamesTheFileAndLine() throws IOException {
        Path file = dir.resolve("y.steplens-deck.json");
        Files.writeString(file, "{\"format\": \"steplens-deck\",\n \"cases\": [ oops ]}");
        IOException e = assertThrows(IOException.class, () -> DeckFile.read(file));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("line 2"), e.getMessage());
        Files.writeString(file, "{\"cases\": []}");
        assertTrue(assertThrows(IOException.class, () -> DeckFile.read(file)).getMessage().contains("not a StepLens deck"));
    }

    @Test
    void deckEditsAreValuesAndDuplicatesAreFound() {
        Deck d = Deck.EMPTY.add(c("a", 0)).add(c("b", 1));
        assertEquals(1, d.indexOf(c("b", 1).withNote("other note")));
        assertEquals(-1, d.indexOf(c("b", 2)));
        assertEquals(List.of("b", "a"), d.move(0, 1).cases().stream().map(DeckCase::problemId).toList());
        assertEquals(2, d.size(), "the original is unchanged");
    }
}
