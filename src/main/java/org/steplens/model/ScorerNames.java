package org.steplens.model;

/** Names under which scores imported from files are stored. Scores from local models use the model's name. */
public final class ScorerNames {
    /** Step probabilities and the stated solution score of the process reward model that came with the file. */
    public static final String PRM = "prm";
    /** One score per solution from an outcome reward model (Lightman {@code orm_score}, Qwen {@code pred_score}). */
    public static final String ORM = "orm";

    private ScorerNames() {
    }
}
