package org.steplens.ui.session;

import org.steplens.model.Problem;

/**
 * The inspector's one door to the core's scoring, selection and failure finding. Implementations adapt the core
 * (org.steplens.select / analyze); the UI never aggregates, votes or picks by itself. Thread-safe; called off the
 * FX thread.
 */
public interface ProblemAnalyzer {

    ProblemReport analyze(Problem problem, AnalysisSettings settings);

    /** The failure flags the problem list filters on (computed for every problem, in the background). */
    ProblemFlags flags(Problem problem, AnalysisSettings settings);

    /** Drops anything cached about earlier problems (called when a new file is opened). */
    default void reset() {
    }
}
