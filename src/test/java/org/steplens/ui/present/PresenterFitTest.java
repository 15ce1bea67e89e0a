package org.steplens.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steplens.io.DatasetLoader;
import org.steplens.io.LoadProgress;
import org.steplens.model.Dataset;
import org.steplens.ui.analysis.CoreProblemAnalyzer;
import org.steplens.ui.common.MathRenderer;
import org.steplens.ui.common.MathText;
import org.steplens.ui.common.SynchronousTaskRunner;
import org.steplens.ui.common.Theme;
import org.steplens.ui.session.AnalysisSettings;
import org.steplens.ui.session.ReportModel;
import org.steplens.ui.session.Session;
import org.steplens.ui.solution.SolutionViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Readable on a projector: at 1280×720 and the default zoom, a typical 10-step solution of the bundled
 * Qwen2.5-Math sample (display math in 7 of its steps) fits without scrolling, and the longest one (25 steps)
 * scrolls so that after every step's beat the step just revealed lies inside the viewport.
 */
@ExtendWith(ApplicationExtension.class)
class PresenterFitTest {
    private static Dataset data;
    private final Preferences prefs = Preferences.userRoot().node("org/steplens/test/presenter-fit");
    private Session session;
    private PresenterViewModel model;
    private PresenterView view;

    @BeforeAll
    static void load() throws Exception {
        data = DatasetLoader.load(Path.of("samples/default.steplens.jsonl"), LoadProgress.NONE).dataset();
    }

    @Start
    void start(Stage stage) {
        session = new Session();
        session.setDataset(session.open(List.of()), data);
        session.adjustSettings(AnalysisSettings.DEFAULT.withStepScorer("steplens-tiny-prm"));
        SynchronousTaskRunner now = new SynchronousTaskRunner();
        ReportModel reports = new ReportModel(session, new CoreProblemAnalyzer(), now);
        model = new PresenterViewModel(new SolutionViewModel(reports, session.candidate(0)), prefs);
        // formulas typeset at once, so that the heights measured are the final ones
        view = new PresenterView(model, new MathText(new MathRenderer(), now), new SimpleObjectProperty<>(Theme.LIGHT));
        Scene scene = new Scene(view, 1280, 720);
        scene.getStylesheets().add(Theme.stylesheetUrl());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void clean() throws Exception {
        prefs.removeNode();
    }

    private void showSolution(FxRobot robot, int problem, int candidate) {
        robot.interact(() -> {
            session.problemProperty().set(data.problems().get(problem));
            session.selectCandidate(candidate);
        });
    }

    private ScrollPane scroll(FxRobot robot) {
        return robot.lookup(".presenter-scroll").queryAs(ScrollPane.class);
    }

    @Test
    void aTypicalTenStepSolutionFitsAndALongOneKeepsTheRevealedStepInView(FxRobot robot) throws Exception {
        assertEquals(1.0, model.zoomProperty().get(), "the default zoom");
        showSolution(robot, 32, 4);
        assertEquals(10, view.rows().size());
        robot.interact(model::revealAll);
        ScrollPane scroll = scroll(robot);
        double content = scroll.getContent().getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        assertTrue(content <= viewport, "10 steps fit 1280×720 without scrolling: " + content + " px in " + viewport);

        // the longest solution of the sample (25 steps) cannot fit: it scrolls
        int problem = 0;
        int candidate = 0;
        for (int p = 0; p < data.problems().size(); p++) {
            for (int c = 0; c < data.problems().get(p).solutionCount(); c++) {
                if (data.problems().get(p).solution(c).stepCount() > data.problems().get(problem).solution(candidate).stepCount()) {
                    problem = p;
                    candidate = c;
                }
            }
        }
        showSolution(robot, problem, candidate);
        assertEquals(25, view.rows().size());
        robot.interact(() -> view.setScrollTime(javafx.util.Duration.millis(40)));
        int beats = model.reveal().total();
        for (int beat = 0; beat < beats; beat++) {
            robot.interact(model::next);
            if (model.reveal().current().kind() == Reveal.Kind.STEP || beat == beats - 1) {
                WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> view.focusInView());
            }
        }
        assertTrue(scroll.getContent().getBoundsInLocal().getHeight() > scroll.getViewportBounds().getHeight(),
                "25 steps do not fit");
        assertTrue(scroll.getVvalue() > 0.9, "the last step revealed: scrolled to the end, " + scroll.getVvalue());
        // back to the start: the top again
        robot.interact(model::restart);
        assertEquals(0, scroll.getVvalue(), 1e-9);
    }
}
