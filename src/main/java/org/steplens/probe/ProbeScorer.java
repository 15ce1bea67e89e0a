package org.steplens.probe;

import org.steplens.model.Dataset;

/** Scores every solution of a dataset with one step scorer (in the app and the CLI: a local ONNX PRM). */
public interface ProbeScorer {
    /** The name the scores are stored under. */
    String name();

    /** The dataset with step probabilities under {@link #name()}. */
    Dataset score(Dataset dataset) throws Exception;

    /** A local PRM's scorer, stored under the model's name, without progress reports. */
    static ProbeScorer of(String name, org.steplens.score.Scorer scorer) {
        return new ProbeScorer() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Dataset score(Dataset dataset) throws Exception {
                return scorer.score(dataset, org.steplens.score.ScoreProgress.NONE).dataset();
            }
        };
    }
}
