package org.steplens.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.steplens.chart.BestOfNFigures;
import org.steplens.chart.ChartExport;
import org.steplens.chart.Provenance;
import org.steplens.chart.SolutionCard;
import org.steplens.chart.SolutionCardSpec;
import org.steplens.analyze.FirstErrorPredictor;
import org.steplens.io.DatasetLoader;
import org.steplens.io.LoadProgress;
import org.steplens.model.Dataset;
import org.steplens.model.Problem;
import org.steplens.model.ScorerNames;
import org.steplens.select.BestOfNInput;
import org.steplens.select.BestOfNResult;
import org.steplens.select.BestOfNSettings;
import org.steplens.select.BestOfNSimulator;
import org.steplens.select.SelectionMethod;
import org.steplens.select.SelectionSettings;
import org.steplens.select.SimulationProgress;
import org.steplens.select.StepScoring;

/**
 * Writes the README's sample figures into {@code docs/figures/} from the real test data: best-of-N curves of the
 * Qwen2.5-Math sample (PNG and SVG), and a solution card of a Lightman scored sample tinted by the UI's PRM
 * colour scale. Not a benchmark: a
 * reproducible way to redraw the figures. Usage: {@code app/bench ChartSampleFigures [outDir]}.
 */
public final class ChartSampleFigures {
    private ChartSampleFigures() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/figures");
        Files.createDirectories(out);

        Path qwen = Path.of("src/test/resources/data/qwen25math/math_cot_100.jsonl");
        Dataset d = DatasetLoader.load(qwen, LoadProgress.NONE).dataset();
        List<SelectionMethod> methods = List.of(SelectionMethod.ORM, SelectionMethod.MAJORITY, SelectionMethod.ORACLE,
                SelectionMethod.RANDOM);
        SelectionSettings selection = SelectionSettings.defaults().withMethods(methods);
        BestOfNSettings settings = new BestOfNSettings(methods, new int[] {1, 2, 3, 4, 5, 6, 7, 8}, 400, 0L, 0);
        BestOfNResult result = BestOfNSimulator.run(BestOfNInput.of(d, selection), settings, SimulationProgress.NONE);
        Provenance p = BestOfNFigures.provenance(d.name(), selection, settings);
        for (String ext : List.of("png", "svg")) {
            BestOfNFigures.write("Qwen2.5-Math sample (100 MATH problems × 8)", result, p,
                    out.resolve("bestofn-qwen25math." + ext));
        }

        Path lightman = Path.of("src/test/resources/data/lightman/scored_sample_example1.json");
        Problem problem = DatasetLoader.load(lightman, LoadProgress.NONE).dataset().problems().get(0);
        double threshold = FirstErrorPredictor.DEFAULT_THRESHOLD;
        SolutionCardSpec card = SolutionCardSpec.of(problem, problem.solution(0), StepScoring.of(ScorerNames.PRM), threshold,
                FirstErrorPredictor.predict(problem.solution(0), StepScoring.of(ScorerNames.PRM), threshold).orElse(-1),
                Provenance.forDataset(lightman.getFileName().toString()).scorer(ScorerNames.PRM).threshold(threshold)
                        .build());
        for (String ext : List.of("png", "svg")) {
            ChartExport.write(new SolutionCard(card), out.resolve("solution-card-lightman." + ext));
        }
        System.out.println("wrote figures to " + out.toAbsolutePath());
    }
}
