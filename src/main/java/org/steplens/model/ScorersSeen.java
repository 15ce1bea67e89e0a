package org.steplens.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The scorers named by many solutions, solution-level and step-level, in order of first appearance. A solution
 * that names the same scorers as the one before (the common case: their name arrays are shared) costs one
 * comparison, so a dataset of a million solutions is summed up in one cheap pass.
 */
public final class ScorersSeen {
    private final Set<String> solutionScorers = new LinkedHashSet<>();
    private final Set<String> stepScorers = new LinkedHashSet<>();
    private NamedScores lastScores;
    private StepProbabilities lastProbabilities;

    /** The scorers of every solution of {@code problems}. */
    public static ScorersSeen of(List<Problem> problems) {
        ScorersSeen seen = new ScorersSeen();
        for (Problem p : problems) {
            for (Solution s : p.solutions()) {
                seen.add(s);
            }
        }
        return seen;
    }

    public void add(Solution s) {
        NamedScores scores = s.scores();
        if (!scores.sameScorers(lastScores)) {
            lastScores = scores;
            for (int i = 0; i < scores.size(); i++) {
                solutionScorers.add(scores.name(i));
            }
        }
        StepProbabilities probabilities = s.stepProbabilities();
        if (!probabilities.sameScorers(lastProbabilities)) {
            lastProbabilities = probabilities;
            for (int i = 0; i < probabilities.size(); i++) {
                stepScorers.add(probabilities.name(i));
            }
        }
    }

    /** Names of solution-level scorers (a live view: copy it before adding more). */
    public Set<String> solutionScorers() {
        return solutionScorers;
    }

    /** Names of step-level scorers (a live view: copy it before adding more). */
    public Set<String> stepScorers() {
        return stepScorers;
    }
}
