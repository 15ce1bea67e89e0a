package org.steplens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.steplens.ui.analysis.CoreProblemAnalyzer;
import org.steplens.ui.common.SynchronousTaskRunner;
import org.steplens.ui.session.ReportModel;
import org.steplens.ui.session.Session;
import org.steplens.ui.score.ModelScoringViewModel;
import org.steplens.ui.files.CoreDatasetOpener;
import org.steplens.ui.files.MainViewModel;
import org.steplens.ui.files.RecentFiles;
import org.steplens.ui.solution.SolutionViewModel;

/** "Score with model…" with a real (tiny) ONNX model from the score package's test resources. */
class ModelScoringViewModelTest {
    private static final Path MODEL = Path.of("src/test/resources/score/plumbing/skywork");
    private final Preferences prefs = Preferences.userRoot().node("org/steplens/test/scoring");

    @AfterEach
    void clean() throws Exception {
        prefs.removeNode();
    }

    @Test
    void scoringAddsTheModelsColoursAndSaysWhereItRan(@TempDir Path dir) throws Exception {
        SynchronousTaskRunner sync = new SynchronousTaskRunner();
        Session session = new Session();
        MainViewModel main = new MainViewModel(session, new CoreDatasetOpener(), sync, new RecentFiles(prefs));
        ReportModel reports = new ReportModel(session, new CoreProblemAnalyzer(), sync);
        SolutionViewModel solution = new SolutionViewModel(reports, session.candidate(0));
        // a copy: the scores are cached beside the input
        Path input = java.nio.file.Files.copy(Path.of("src/test/resources/data/processbench/gsm8k.json"),
                dir.resolve("gsm8k.json"));
        main.open(List.of(input));
        session.problemProperty().set(main.problems().get(0));
        assertEquals(SolutionViewModel.NO_SCORES, solution.noticeProperty().get());

        ModelScoringViewModel scoring = new ModelScoringViewModel(session, sync);
        scoring.start(MODEL);
        assertFalse(scoring.runningProperty().get());
        assertTrue(scoring.deviceProperty().get().startsWith("CPU"), scoring.deviceProperty().get());
        assertTrue(scoring.statusProperty().get().startsWith("Scored with "), scoring.statusProperty().get());
        String scorer = session.settings().stepScorer();
        assertTrue(main.datasetProperty().get().stepScorers().contains(scorer), scorer);
        session.problemProperty().set(main.problems().get(0));
        assertFalse(solution.steps().isEmpty());
        for (var step : solution.steps()) {
            assertTrue(step.probability() >= 0 && step.probability() <= 1, "coloured: " + step.probability());
        }
        assertFalse(solution.noticeProperty().get().equals(SolutionViewModel.NO_SCORES));
    }

    @Test
    void aFolderWithoutAModelIsExplained(@TempDir Path empty) {
        SynchronousTaskRunner sync = new SynchronousTaskRunner();
        Session session = new Session();
        MainViewModel main = new MainViewModel(session, new CoreDatasetOpener(), sync, new RecentFiles(prefs));
        ReportModel reports = new ReportModel(session, new CoreProblemAnalyzer(), sync);
        ModelScoringViewModel scoring = new ModelScoringViewModel(session, sync);
        scoring.start(empty);
        assertEquals("Open a file first, then score it with a model.", scoring.statusProperty().get());
        main.open(List.of(Path.of("src/test/resources/data/lightman/scored_sample_example1.json")));
        scoring.start(empty);
        assertTrue(scoring.statusProperty().get().startsWith("Scoring failed: " + empty), scoring.statusProperty().get());
        assertEquals("prm", session.settings().stepScorer(), "the file's own scores stay");
    }
}
