package org.steplens.select;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of selection on one problem.
 *
 * @param picks   one per requested method, in the requested order
 * @param answers the answer classes, in order of their first member, with votes and score sums
 */
public record ProblemSelection(List<Pick> picks, List<AnswerVotes> answers) {

    public ProblemSelection {
        picks = List.copyOf(picks);
        answers = List.copyOf(answers);
    }

    public Optional<Pick> pick(SelectionMethod method) {
        return picks.stream().filter(p -> p.method() == method).findFirst();
    }
}
