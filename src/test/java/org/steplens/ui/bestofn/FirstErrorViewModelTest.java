package org.steplens.ui.bestofn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.steplens.analyze.ProcessBenchMetrics;
import org.steplens.chart.FirstErrorFiguresTestAccess;
import org.steplens.model.Dataset;
import org.steplens.ui.common.SynchronousTaskRunner;
import org.steplens.select.StepScoring;

class FirstErrorViewModelTest {
    private final FirstErrorViewModel model = new FirstErrorViewModel(new SynchronousTaskRunner());

    @Test
    void metricsFollowScorerAndThresholdAndTheBestThresholdCanBeApplied() throws Exception {
        Dataset d = FirstErrorFiguresTestAccess.scoredProcessBench();
        model.show(d);
        FirstErrorData data = model.dataProperty().get();
        assertEquals(FirstErrorFiguresTestAccess.SCORER, data.scorer(), "the only step scorer is chosen");
        assertEquals(List.of(FirstErrorFiguresTestAccess.SCORER), model.scorers());
        assertEquals(3400, data.records());
        assertEquals(ProcessBenchMetrics.compute(d, StepScoring.of(data.scorer()), 0.5), data.report());

        model.useBestThreshold();
        FirstErrorData tuned = model.dataProperty().get();
        assertEquals(data.best().threshold(), tuned.threshold());
        assertEquals(ProcessBenchMetrics.compute(d, StepScoring.of(data.scorer()), tuned.threshold()), tuned.report());
        assertTrue(model.statusProperty().get().startsWith("3400 labelled solutions · average F1 "));
    }

    @Test
    void withoutLabelsOrStepScoresThePanelSaysWhatIsMissing() throws Exception {
        model.show(BestOfNViewModelTest.qwen());
        assertTrue(model.dataProperty().get().isEmpty());
        assertEquals("No solution here has both a human first-error label and step probabilities from 'prm'. Open "
                + "labelled data (ProcessBench, PRM800K) scored by a PRM, or score it with a model.",
                model.statusProperty().get());
    }
}
