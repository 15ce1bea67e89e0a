package org.steplens.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.steplens.compare.HintDetector;
import org.steplens.compare.RunComparison;
import org.steplens.compare.StepAlignment;
import org.steplens.grade.Grader;
import org.steplens.io.DatasetLoader;
import org.steplens.io.LoadProgress;
import org.steplens.model.Dataset;
import org.steplens.model.Problem;
import org.steplens.ui.common.SynchronousTaskRunner;
import org.steplens.ui.session.Session;

/** "Compare with run…" on the sample hint pair: the figures and rows are the core's, a chosen problem is aligned. */
class RunCompareViewModelTest {
    private static final Path PLAIN = Path.of("samples/hint/plain.jsonl");
    private static final Path HINTED = Path.of("samples/hint/hinted.jsonl");

    @Test
    void comparesTheOpenFileWithASecondRunAndShowsAProblemSideBySide() throws Exception {
        Dataset a = DatasetLoader.load(PLAIN, LoadProgress.NONE).dataset();
        Dataset b = DatasetLoader.load(HINTED, LoadProgress.NONE).dataset();
        Session session = new Session();
        session.setDataset(session.open(List.of(PLAIN)), a);
        SynchronousTaskRunner sync = new SynchronousTaskRunner();
        RunCompareViewModel vm = new RunCompareViewModel(session, sync);

        vm.start(HINTED);

        RunComparison.Result expected = new RunComparison(Grader.prm800k(), HintDetector.standard()).compare(a, b);
        assertEquals(expected.rows(), List.copyOf(vm.rows()));
        assertTrue(expected.flipsToHint() > 0, "the sample pair has flips to the hint");
        String figures = vm.figuresProperty().get();
        assertTrue(figures.contains(expected.matched() + " problems in both"), figures);
        assertTrue(figures.contains("flipped to the hint " + expected.flipsToHint()), figures);

        RunComparison.Row top = vm.rows().get(0);
        vm.select(top);
        Problem pa = a.problems().stream().filter(p -> p.id().equals(top.problemId())).findFirst().orElseThrow();
        Problem pb = b.problems().stream().filter(p -> p.id().equals(top.problemId())).findFirst().orElseThrow();
        List<StepAlignment.Row> aligned = StepAlignment.align(pa.solution(top.solutionA()).stepTexts(),
                pb.solution(top.solutionB()).stepTexts());
        List<CompareRow> rows = vm.compare().rows();
        assertEquals(aligned.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(aligned.get(i).left(), rows.get(i).left());
            assertEquals(aligned.get(i).right(), rows.get(i).right());
        }
        assertTrue(vm.compare().leftTitleProperty().get().startsWith("Run A"));

        // the comparison as a card: one group per aligned row, the shown steps, provenance
        String svg = org.steplens.chart.ChartExport.toSvg(vm.compare().card("plain.jsonl").orElseThrow());
        assertEquals(rows.size(), svg.split("<g class=\"row\"", -1).length - 1);
        for (int i = 0; i < rows.size(); i++) {
            CompareRow r = rows.get(i);
            assertTrue(svg.contains("data-row=\"" + (i + 1) + "\" data-left_step=\"" + (r.left() + 1)
                    + "\" data-right_step=\"" + (r.right() + 1) + "\""), "row " + i);
        }
        assertTrue(svg.contains("plain.jsonl"), "provenance names the dataset");

        vm.compare().swap();
        assertTrue(vm.compare().leftTitleProperty().get().startsWith("Run B"), "swapping works without a selection");
    }

    @Test
    void withNothingOpenItAsksForRunAFirst() {
        Session session = new Session();
        RunCompareViewModel vm = new RunCompareViewModel(session, new SynchronousTaskRunner());
        vm.start(HINTED);
        assertTrue(session.statusProperty().get().startsWith("Open a file first"));
        assertTrue(vm.rows().isEmpty());
    }
}
