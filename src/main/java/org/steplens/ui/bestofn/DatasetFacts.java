package org.steplens.ui.bestofn;

import java.util.List;
import org.steplens.model.Dataset;
import org.steplens.model.Problem;

/**
 * What the dashboard needs to know about a dataset before it can offer settings. Finding it scans every solution
 * (a third of a second for 930,000), so it is gathered in the background, never on the UI thread.
 *
 * @param stepScorers     step scorers present, in order of first appearance
 * @param solutionScorers solution scorers present
 * @param largestPool     the most solutions any problem has
 */
public record DatasetFacts(List<String> stepScorers, List<String> solutionScorers, int largestPool) {

    public DatasetFacts {
        stepScorers = List.copyOf(stepScorers);
        solutionScorers = List.copyOf(solutionScorers);
    }

    public static DatasetFacts of(Dataset dataset) {
        int largest = 0;
        for (Problem p : dataset.problems()) {
            largest = Math.max(largest, p.solutionCount());
        }
        return new DatasetFacts(List.copyOf(dataset.stepScorers()), List.copyOf(dataset.solutionScorers()), largest);
    }
}
