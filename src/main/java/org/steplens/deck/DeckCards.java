package org.steplens.deck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.steplens.analyze.FirstErrorPredictor;
import org.steplens.chart.ChartExport;
import org.steplens.chart.Provenance;
import org.steplens.chart.SolutionCard;
import org.steplens.chart.SolutionCardSpec;
import org.steplens.model.Dataset;
import org.steplens.model.Problem;
import org.steplens.model.Solution;
import org.steplens.select.StepScoring;

/**
 * The cards of a deck over a dataset: one {@link SolutionCard} per case the data holds, under the settings the case
 * was bookmarked with (steps tinted on the shared probability scale, the predicted first error framed), and a
 * message per case it does not hold. Written as a PDF by {@link DeckPdf}, or as one PNG and one SVG per case.
 *
 * @param cards   the cases found, in deck order
 * @param skipped one message per case left out
 */
public record DeckCards(List<Card> cards, List<String> skipped) {

    /** One case's card; {@code number} is its 1-based place in the deck. */
    public record Card(int number, DeckCase deckCase, SolutionCard card) {
    }

    public DeckCards {
        cards = List.copyOf(cards);
        skipped = List.copyOf(skipped);
    }

    public static DeckCards of(Deck deck, Dataset data) {
        Map<String, Problem> byId = data.problems().stream()
                .collect(Collectors.toMap(Problem::id, Function.identity(), (a, b) -> a));
        List<Card> cards = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (int i = 0; i < deck.size(); i++) {
            DeckCase c = deck.get(i);
            Problem p = byId.get(c.problemId());
            if (p == null || c.candidate() >= p.solutionCount()) {
                skipped.add("case " + (i + 1) + ": " + c.problemId() + " candidate " + (c.candidate() + 1)
                        + " is not in " + data.name());
            } else {
                cards.add(new Card(i + 1, c, card(c, p, data.name())));
            }
        }
        return new DeckCards(cards, skipped);
    }

    /** The card of one case, under the settings it was bookmarked with. */
    static SolutionCard card(DeckCase c, Problem p, String datasetName) {
        Solution s = p.solution(c.candidate());
        StepScoring scoring = new StepScoring(c.scorer(), c.aggregation().neutral());
        int predicted = FirstErrorPredictor.predict(s, scoring, c.threshold()).orElse(-1);
        Provenance provenance = Provenance.forDataset(datasetName).scorer(c.scorer())
                .aggregation(c.aggregation().label()).threshold(c.threshold()).build();
        return new SolutionCard(SolutionCardSpec.of(p, s, scoring, c.threshold(), predicted >= 0 ? predicted : null,
                provenance));
    }

    /**
     * Writes {@code NN-id.png} and {@code NN-id.svg} per card into {@code folder} (created if needed). Never
     * replaces a file: when any of the names is taken, nothing is written and the message names it.
     *
     * @return the files written
     */
    public List<Path> writeImages(Path folder) throws IOException {
        List<Path> targets = new ArrayList<>();
        for (Card c : cards) {
            String stem = String.format(Locale.ROOT, "%02d-%s", c.number(), safe(c.deckCase().problemId()));
            targets.add(folder.resolve(stem + ".png"));
            targets.add(folder.resolve(stem + ".svg"));
        }
        for (Path t : targets) {
            if (Files.exists(t)) {
                throw new IOException(t + " exists already; choose an empty folder (nothing was written)");
            }
        }
        Files.createDirectories(folder);
        for (int i = 0; i < targets.size(); i++) {
            ChartExport.write(cards.get(i / 2).card(), targets.get(i));
        }
        return List.copyOf(targets);
    }

    /** A problem id as part of a file name: {@code test/algebra/1.json} → {@code test_algebra_1.json}. */
    private static String safe(String id) {
        String s = id.replaceAll("[^A-Za-z0-9._-]", "_");
        return s.length() > 60 ? s.substring(0, 60) : s;
    }
}
