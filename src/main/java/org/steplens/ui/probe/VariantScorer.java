package org.steplens.ui.probe;

import java.nio.file.Path;
import java.util.List;
import org.steplens.model.Dataset;
import org.steplens.model.Problem;
import org.steplens.model.Solution;
import org.steplens.score.DevicePreference;
import org.steplens.score.PrmModel;
import org.steplens.score.ScoreProgress;
import org.steplens.score.Scorer;

/**
 * Scores one problem text and list of steps with a local PRM, keeping the model open between calls so that
 * re-scoring an edit costs one forward pass, not a model load. Runs on a background thread; calls are serialised.
 * No JavaFX.
 */
public final class VariantScorer implements AutoCloseable {
    private PrmModel model;

    /** The step probabilities of {@code steps} under {@code problemText}; NaN where the model gave none. */
    public synchronized double[] score(Path folder, String problemText, List<String> steps) throws Exception {
        PrmModel prm = open(folder);
        Solution solution = Solution.builder().steps(steps).build();
        Problem problem = new Problem("probe", problemText, null, null, null, null, null, List.of(solution), null);
        Dataset scored = new Scorer(prm).score(new Dataset("probe", "native", List.of(problem)), ScoreProgress.NONE)
                .dataset();
        double[] p = scored.problems().get(0).solution(0).stepProbabilities().get(prm.name()).orElse(null);
        if (p == null) {
            throw new IllegalStateException("the solution is too long for " + prm.name() + " (at most "
                    + prm.maxTokens() + " tokens)");
        }
        return p;
    }

    /** The name the model's scores go under, e.g. "tiny-prm"; null before the first score. */
    public synchronized String modelName() {
        return model == null ? null : model.name();
    }

    private PrmModel open(Path folder) throws Exception {
        if (model != null && model.folder().equals(folder)) {
            return model;
        }
        close();
        model = PrmModel.open(folder, DevicePreference.AUTO);
        return model;
    }

    @Override
    public synchronized void close() {
        if (model != null) {
            model.close();
            model = null;
        }
    }
}
