package org.steplens.ui.solution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.steplens.ui.WindowTests.await;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.steplens.model.Problem;
import org.steplens.ui.ClippedTextCheck;
import org.steplens.ui.SmallScreen;
import org.steplens.ui.WindowTests;
import org.steplens.ui.shell.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 15, defects 2, 6, 15, 19 in the real window at 1366×768 on real ProcessBench and PRM800K records: bare
 * LaTeX typeset, Markdown rendered, Asymptote folded, a long display equation wrapped (nothing past the card's
 * edge), one gutter width, no truncated chip or header title, a step copied with Ctrl+C.
 */
@ExtendWith(ApplicationExtension.class)
class SolutionRenderingInTheWindowTest {
    private static final Path DATA = Path.of("src/test/resources/data");
    private static final Path PROCESSBENCH = DATA.resolve("processbench/math.json");
    private static final Path PRM800K = DATA.resolve("prm800k/prm800k-phase2-test-example.json");
    private final Preferences prefs = Preferences.userRoot().node("org/steplens/test/solutionrendering");
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = WindowTests.open(stage, prefs);
        SmallScreen.apply(stage);
    }

    @AfterEach
    void clean() throws Exception {
        prefs.removeNode();
    }

    private void open(FxRobot robot, Path file) throws Exception {
        robot.interact(() -> window.mainViewModel().open(List.of(file)));
        await(() -> window.mainViewModel().datasetProperty().get() != null);
        await(() -> window.reports().report() != null && !window.reports().busyProperty().get());
    }

    private void show(FxRobot robot, String id) throws Exception {
        Problem p = window.mainViewModel().problems().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        robot.interact(() -> window.session().problemProperty().set(p));
        await(() -> window.reports().report() != null && window.reports().report().problem() == p
                && !steps().getChildren().isEmpty());
        // every formula typeset (none left as pending source)
        await(() -> all(window.inspectorPage().solutionView(), Text.class).stream()
                .noneMatch(t -> t.getStyleClass().contains("math-pending")));
    }

    private VBox steps() {
        return window.inspectorPage().solutionView().stepsBox();
    }

    private StepView step(int number) {
        return (StepView) steps().getChildren().get(number - 1);
    }

    private static <T> List<T> all(Node root, Class<T> type) {
        List<T> out = new ArrayList<>();
        collect(root, type, out);
        return out;
    }

    private static <T> void collect(Node n, Class<T> type, List<T> out) {
        if (!n.isVisible()) {
            return;
        }
        if (type.isInstance(n)) {
            out.add(type.cast(n));
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, type, out);
            }
        }
    }

    private static String shownText(Node root) {
        StringBuilder s = new StringBuilder();
        for (Text t : all(root, Text.class)) {
            s.append(t.getText());
        }
        return s.toString();
    }

    @Test
    void processBenchTextIsTypesetWrappedAndFolded(FxRobot robot) throws Exception {
        open(robot, PROCESSBENCH);

        // defect 15: "\boxed{9}" without dollars (last step of math-0) is typeset, not shown raw
        show(robot, "math-0");
        StepView last = step(steps().getChildren().size());
        assertFalse(all(last, Node.class).stream().filter(n -> n.getStyleClass().contains("math")).toList().isEmpty(),
                "the bare \\boxed{9} is a typeset formula");
        assertFalse(shownText(last).contains("\\boxed"), shownText(last));

        // defect 2: ProcessBench math 327, step 9: a chain of equalities far wider than the card wraps at its
        // relations; no formula reaches past the step's right edge
        show(robot, "math-327");
        StepView nine = step(9);
        Bounds card = nine.localToScene(nine.getLayoutBounds());
        List<Node> formulas = all(nine, Node.class).stream().filter(n -> n.getStyleClass().contains("math")).toList();
        assertTrue(formulas.size() >= 5, "the display equation comes in pieces: " + formulas.size());
        for (Node f : formulas) {
            Bounds b = f.localToScene(f.getLayoutBounds());
            boolean scrolls = ancestor(f, ScrollPane.class);
            assertTrue(scrolls || b.getMaxX() <= card.getMaxX() + 0.5, "formula cut at the card edge: " + b + " vs " + card);
        }

        // defect 15: Asymptote code in a problem statement is folded behind a toggle
        show(robot, "math-17");
        ToggleButton diagram = robot.lookup(".diagram-toggle").queryAs(ToggleButton.class);
        assertTrue(diagram.getText().startsWith("Diagram code (Asymptote, "), diagram.getText());
        VBox problem = robot.lookup("#problemText").queryAs(VBox.class);
        assertFalse(shownText(problem).contains("draw("), "folded");
        robot.interact(diagram::fire);
        assertTrue(shownText(problem).contains("draw("), "unfolded on demand");

        // defect 15: Markdown is rendered: no literal "**" emphasis or "- " bullets left in math-11
        show(robot, "math-11");
        for (Node s : steps().getChildren()) {
            String text = shownText(s);
            assertFalse(text.contains("**"), text);
            assertFalse(text.startsWith("- ") || text.contains("\n- "), text);
        }

        // defect 19: a step is copied as written (text with LaTeX) with Ctrl+C
        StepView first = step(1);
        robot.clickOn(first);
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        String expected = window.reports().report().problem().solution(0).stepText(0);
        String copied = readClipboard(robot);
        assertTrue(expected.equals(copied), "copied: " + copied);
    }

    private static String readClipboard(FxRobot robot) {
        String[] out = new String[1];
        robot.interact(() -> out[0] = Clipboard.getSystemClipboard().getString());
        return out[0];
    }

    private static boolean ancestor(Node n, Class<?> type) {
        for (Parent p = n.getParent(); p != null; p = p.getParent()) {
            if (type.isInstance(p)) {
                return !(p.getStyleClass().contains("edge-to-edge") && p.getId() != null
                        && p.getId().equals("solutionScroll"));
            }
        }
        return false;
    }

    @Test
    void humanRatingsFitAndEveryStepTextStartsAtTheSameX(FxRobot robot) throws Exception {
        open(robot, PRM800K);
        await(() -> !steps().getChildren().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        List<Double> starts = new ArrayList<>();
        for (Node n : steps().getChildren()) {
            StepView s = (StepView) n;
            Node text = s.text();
            starts.add(text.localToScene(text.getLayoutBounds()).getMinX());
        }
        ClippedTextCheck.assertNone(steps()); // human-rating chips, step labels, scores
        assertTrue(all(steps(), Labeled.class).stream().anyMatch(l -> l.getText() != null && l.getText().startsWith("human ")),
                "the PRM800K record has human ratings");
        assertEquals(1, starts.stream().distinct().count(), "step texts start at " + starts);

        // the header: "Solution", the candidate title whole beside the colour legend, and the menu button
        Parent header = robot.lookup("#candidateTitle").queryAs(Node.class).getParent();
        assertTrue(robot.lookup("#candidateTitle").queryLabeled().getText().startsWith("Candidate 1 of "));
        ClippedTextCheck.assertNone(header);
    }
}
