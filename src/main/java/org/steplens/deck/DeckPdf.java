package org.steplens.deck;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.steplens.chart.NotedChart;
import org.steplens.chart.PdfPages;
import org.steplens.model.Dataset;

/**
 * A deck as a PDF, one case per page: the case's card ({@link DeckCards}) drawn as vector graphics with selectable
 * text, and its note under the card when speaker notes are asked for.
 */
public final class DeckPdf {

    /** What was written: pages, and the cases left out because the data does not hold them. */
    public record Result(int pages, List<String> skipped) {
    }

    private DeckPdf() {
    }

    /** Writes {@code deck} over the problems of {@code data} to {@code out} (atomically). */
    public static Result write(Deck deck, Dataset data, Path out, boolean notes) throws IOException {
        DeckCards cards = DeckCards.of(deck, data);
        if (cards.cards().isEmpty()) {
            throw new IOException("no case of the deck is in " + data.name() + "; nothing to export");
        }
        PdfPages.write(cards.cards().stream()
                .map(c -> new NotedChart(c.card(), notes ? c.deckCase().note() : "")).toList(), out);
        return new Result(cards.cards().size(), cards.skipped());
    }
}
