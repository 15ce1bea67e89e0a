package org.steplens.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.steplens.analyze.FailureKind;
import org.steplens.analyze.ProblemFailures;
import org.steplens.io.DatasetLoader;
import org.steplens.io.LoadProgress;
import org.steplens.model.Dataset;
import org.steplens.model.Problem;
import org.steplens.ui.common.SynchronousTaskRunner;
import org.steplens.ui.session.AnalysisSettings;
import org.steplens.ui.session.Session;

/** "Add to deck" on a filter's result is one undoable command, whatever the number of cases it adds. */
class DeckModelTest {

    @Test
    void addingAFiltersResultIsOneUndoableCommand() throws Exception {
        Path file = Path.of("samples/default.steplens.jsonl");
        Dataset data = DatasetLoader.load(file, LoadProgress.NONE).dataset();
        Session session = new Session();
        DeckModel deck = new DeckModel(session, new SynchronousTaskRunner());
        // the model's deck file would be written beside the sample: keep it in memory by opening no file
        session.setDataset(session.open(List.of()), data);
        AnalysisSettings settings = AnalysisSettings.DEFAULT.withStepScorer("steplens-tiny-prm").withThreshold(0.1);
        List<Problem> filtered = data.problems().subList(0, 40).stream().filter(p -> new ProblemFailures(p, settings.stepScorer(),
                settings.aggregation(), settings.threshold()).has(FailureKind.RIGHT_ANSWER_WRONG_STEP)).toList();
        assertTrue(filtered.size() > 1);

        deck.addFailures(filtered, List.of(FailureKind.RIGHT_ANSWER_WRONG_STEP), settings);
        assertEquals(filtered.size(), deck.deck().size());
        assertTrue(session.statusProperty().get().startsWith("Added " + filtered.size() + " cases"),
                session.statusProperty().get());
        assertEquals("add " + filtered.size() + " cases of Right answer, wrong step",
                session.commands().undoDescriptionProperty().get());

        // again: nothing new, no command
        deck.addFailures(filtered, List.of(FailureKind.RIGHT_ANSWER_WRONG_STEP), settings);
        assertEquals(filtered.size(), deck.deck().size());
        assertTrue(session.statusProperty().get().contains("were in it already"), session.statusProperty().get());

        assertTrue(session.commands().undo());
        assertEquals(0, deck.deck().size(), "one undo takes every added case back");
        assertTrue(session.commands().redo());
        assertEquals(filtered.size(), deck.deck().size());
    }
}
