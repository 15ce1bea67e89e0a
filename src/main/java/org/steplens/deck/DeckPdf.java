package org.steplens.deck;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.steplens.analyze.FirstErrorPredictor;
import org.steplens.chart.Chart;
import org.steplens.chart.NotedChart;
import org.steplens.chart.PdfPages;
import org.steplens.chart.Provenance;
import org.steplens.chart.SolutionCard;
import org.steplens.chart.SolutionCardSpec;
import org.steplens.model.Dataset;
import org.steplens.model.Problem;
import org.steplens.model.Solution;
import org.steplens.select.StepScoring;

/**
 * A deck as a PDF, one case per page: the case's {@link SolutionCard} under the settings it was bookmarked with
 * (steps tinted on the shared probability scale, the predicted first error framed), and its note under the card
 * when speaker notes are asked for.
 */
public final class DeckPdf {

    /** What was written: pages, and the cases left out because the data does not hold them. */
    public record Result(int pages, List<String> skipped) {
    }

    private DeckPdf() {
    }

    /** Writes {@code deck} over the problems of {@code data} to {@code out} (atomically). */
    public static Result write(Deck deck, Dataset data, Path out, boolean notes) throws IOException {
        Map<String, Problem> byId = data.problems().stream()
                .collect(Collectors.toMap(Problem::id, Function.identity(), (a, b) -> a));
        List<Chart> pages = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (int i = 0; i < deck.size(); i++) {
            DeckCase c = deck.get(i);
            Problem p = byId.get(c.problemId());
            if (p == null || c.candidate() >= p.solutionCount()) {
                skipped.add("case " + (i + 1) + ": " + c.problemId() + " candidate " + (c.candidate() + 1)
                        + " is not in " + data.name());
                continue;
            }
            pages.add(new NotedChart(card(c, p, data.name()), notes ? c.note() : ""));
        }
        if (pages.isEmpty()) {
            throw new IOException("no case of the deck is in " + data.name() + "; nothing to export");
        }
        PdfPages.write(pages, out);
        return new Result(pages.size(), List.copyOf(skipped));
    }

    /** The card of one case, under the settings it was bookmarked with. */
    public static SolutionCard card(DeckCase c, Problem p, String datasetName) {
        Solution s = p.solution(c.candidate());
        StepScoring scoring = new StepScoring(c.scorer(), c.aggregation().neutral());
        int predicted = FirstErrorPredictor.predict(s, scoring, c.threshold()).orElse(-1);
        Provenance provenance = Provenance.forDataset(datasetName).scorer(c.scorer())
                .aggregation(c.aggregation().label()).threshold(c.threshold()).build();
        return new SolutionCard(SolutionCardSpec.of(p, s, scoring, c.threshold(), predicted >= 0 ? predicted : null,
                provenance));
    }
}
