package org.steplens.ui.session;

import java.util.List;
import java.util.Optional;
import org.steplens.model.Problem;
import org.steplens.select.SelectionMethod;

/**
 * Everything the inspector shows about one problem under one {@link AnalysisSettings}.
 *
 * @param problem    the problem
 * @param settings   the settings it was computed under
 * @param candidates one report per candidate, in problem order
 * @param picks      one pick per method of {@code MethodLabels.SHOWN} (ui.analysis), in that order
 * @param clusters   answer clusters, most votes first
 */
public record ProblemReport(Problem problem, AnalysisSettings settings, List<CandidateReport> candidates,
                            List<MethodPick> picks, List<ClusterReport> clusters) {

    public ProblemReport {
        candidates = List.copyOf(candidates);
        picks = List.copyOf(picks);
        clusters = List.copyOf(clusters);
    }

    public Optional<MethodPick> pick(SelectionMethod method) {
        return picks.stream().filter(p -> p.method() == method).findFirst();
    }

    public boolean hasStepScores() {
        return candidates.stream().anyMatch(CandidateReport::scored);
    }
}
