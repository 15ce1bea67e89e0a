package org.steplens.deck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steplens.io.DatasetLoader;
import org.steplens.io.LoadProgress;
import org.steplens.model.Dataset;
import org.steplens.select.PrmAggregation;

/** A deck of the two real Lightman et al. records, reordered, exported: one page per case, its text selectable. */
class DeckPdfTest {
    @TempDir
    Path dir;

    private static Dataset lightman() throws Exception {
        Path data = Path.of("src/test/resources/data/lightman");
        return DatasetLoader.loadAll(List.of(data.resolve("scored_sample_example1.json"),
                data.resolve("scored_sample_example2.json")), LoadProgress.NONE).dataset();
    }

    @Test
    void onePagePerCaseWithSelectableTextAndNotes() throws Exception {
        Dataset data = lightman();
        String first = data.problems().get(0).id();
        String second = data.problems().get(1).id();
        Deck deck = Deck.EMPTY
                .add(new DeckCase(first, 0, "prm", PrmAggregation.parse("product"), 0.5, "wrong first step, right answer"))
                .add(new DeckCase(second, 0, "prm", PrmAggregation.parse("product"), 0.5, ""))
                .add(new DeckCase("not-in-the-file", 0, "prm", PrmAggregation.parse("product"), 0.5, ""))
                .move(1, 0);
        Path deckFile = DeckFile.beside(dir.resolve("lightman.jsonl"));
        DeckFile.write(deckFile, deck);
        Deck reopened = DeckFile.read(deckFile).deck();

        Path pdf = dir.resolve("deck.pdf");
        DeckPdf.Result result = DeckPdf.write(reopened, data, pdf, true);
        assertEquals(2, result.pages());
        assertEquals(1, result.skipped().size());
        assertTrue(result.skipped().get(0).contains("not-in-the-file"), result.skipped().toString());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(2, doc.getNumberOfPages());
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String page1 = stripper.getText(doc);
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String page2 = stripper.getText(doc);
            assertTrue(page1.contains(second), "the reordered deck starts with the second record: " + page1);
            assertTrue(page2.contains(first) && page2.contains("rotation"), page2);
            assertTrue(page2.contains("A 90° rotation around the origin"), "titled by the problem's start: " + page2);
            assertTrue(page2.contains("So, I can write the rotation as"), "prose beside typeset math is text: " + page2);
            assertTrue(page2.contains("Note: wrong first step, right answer"), "speaker notes printed: " + page2);
            assertTrue(page2.contains("0.41"), "step 1's probability is text: " + page2);
            assertTrue(!page1.contains("Note:"), "no note, no note line");
        }
    }

    @Test
    void eachCaseAsPngAndSvgNeverReplacingAFile() throws Exception {
        Dataset data = lightman();
        Deck deck = Deck.EMPTY.add(new DeckCase(data.problems().get(0).id(), 0, "prm", PrmAggregation.parse("product"), 0.5, ""));
        Path folder = dir.resolve("cards");
        List<Path> written = DeckCards.of(deck, data).writeImages(folder);
        assertEquals(List.of(folder.resolve("01-test_precalculus_779.json.png"), folder.resolve("01-test_precalculus_779.json.svg")),
                written);
        String svg = Files.readString(written.get(1));
        assertTrue(svg.contains("0.41") && svg.contains("rotation"), "the card's text is in the SVG");
        long before = Files.getLastModifiedTime(written.get(0)).toMillis();
        IOException e = assertThrows(IOException.class, () -> DeckCards.of(deck, data).writeImages(folder));
        assertTrue(e.getMessage().contains("exists already"), e.getMessage());
        assertEquals(before, Files.getLastModifiedTime(written.get(0)).toMillis());
    }

    @Test
    void aDeckWithNothingInTheDataWritesNothing() throws Exception {
        Deck deck = Deck.EMPTY.add(new DeckCase("elsewhere", 3, "prm", PrmAggregation.parse("min"), 0.5, ""));
        Path pdf = dir.resolve("none.pdf");
        IOException e = assertThrows(IOException.class, () -> DeckPdf.write(deck, lightman(), pdf, false));
        assertTrue(e.getMessage().contains("nothing to export"));
        assertTrue(Files.notExists(pdf));
    }
}
