package org.steplens.probe;

import org.steplens.model.Dataset;

/** Scores every solution of a dataset with one step scorer (in the app and the CLI: a local ONNX PRM). */
public interface ProbeScorer {
    /** The name the scores are stored under. */
    String name();

    /** The dataset with step probabilities under {@link #name()}. */
    Dataset score(Dataset dataset) throws Exception;
}
