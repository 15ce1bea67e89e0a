package org.steplens.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.steplens.grade.Grader;
import org.steplens.io.DatasetLoader;
import org.steplens.io.LoadProgress;
import org.steplens.model.Dataset;
import org.steplens.score.DevicePreference;
import org.steplens.score.PrmModel;
import org.steplens.score.Scorer;

/** The probe with the bundled model on real ProcessBench records, offline. */
class ProbeRunnerTest {

    @Test
    void plantedErrorsAreScoredAndTheReportAddsUp() throws Exception {
        Dataset all = DatasetLoader.load(Path.of("src/test/resources/data/processbench/gsm8k.json"), LoadProgress.NONE)
                .dataset();
        Dataset ds = new Dataset("gsm8k", all.format(), all.problems().subList(0, 8));
        try (PrmModel prm = PrmModel.open(Path.of("samples/models/tiny-prm"), DevicePreference.CPU)) {
            Scorer scorer = new Scorer(prm);
            ProbeScorer probe = ProbeScorer.of(prm.name(), scorer);
            ProbeRunner.Result r = ProbeRunner.run(ds, Perturbation.PLANTED_ERROR, 0, 0.5, Grader.prm800k(), probe);
            ProbeReport report = r.report();
            assertEquals(8, report.applied() + report.notApplicable());
            assertEquals(report.applied(), r.perturbed().problemCount());
            int detected = 0;
            for (var p : r.perturbed().problems()) {
                double[] probs = p.solution(0).stepProbabilities().get(prm.name()).orElseThrow();
                int watched = Integer.parseInt(p.extraJson().replaceAll(".*\"watched_step\":(\\d+).*", "$1"));
                detected += ProbeRunner.flaggedFrom(probs, watched, 0.5) ? 1 : 0;
                assertTrue(p.id().contains("~planted-error~"));
            }
            assertEquals(detected, report.detected(), "the report counts what the scored solutions show");
            assertTrue(report.byOffset().stream().anyMatch(m -> m.offset() == 0 && m.count() == report.applied()));
        }
    }
}
