package org.steplens.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.steplens.model.Problem;
import org.steplens.model.Solution;

/**
 * Gathers problems in file order. Formats with one problem per record add whole problems; formats with one
 * solution per record add solutions under a problem key. A problem is taken as complete when a record for a
 * different problem follows (the files keep a problem's samples together); should a key come back later, its new
 * solutions are still added to the same problem in the final result.
 */
final class ProblemCollector {
    private final List<Object> order = new ArrayList<>();
    private final Map<String, Group> groups = new HashMap<>();
    private final List<Problem> completed = new ArrayList<>();
    private final Set<String> singleIds = new HashSet<>();
    private final AnswerCompletion answers;
    private Group open;
    private String openKey;

    ProblemCollector() {
        this(new AnswerCompletion());
    }

    /** Completes answers with {@code answers} (shared with parsing workers that grade ahead). */
    ProblemCollector(AnswerCompletion answers) {
        this.answers = answers;
    }

    /**
     * Adds a whole problem. Ids must be unique within a dataset: a repeated id gets "#2", "#3", ... in file
     * order (PRMBench repeats a few of its records with different content).
     */
    void add(Problem problem) {
        closeOpenGroup();
        Problem unique = problem;
        if (!singleIds.add(problem.id())) {
            int n = 2;
            while (!singleIds.add(problem.id() + "#" + n)) {
                n++;
            }
            unique = new Problem(problem.id() + "#" + n, problem.text(), problem.groundTruthAnswer(),
                    problem.groundTruthSolution(), problem.subject(), problem.level(), problem.source(),
                    problem.solutions(), problem.extraJson());
        }
        unique = answers.complete(unique);
        order.add(unique);
        completed.add(unique);
    }

    /** Adds a solution to the problem {@code key}; {@code problem} (its solutions ignored) describes a new one. */
    void add(String key, Problem problem, Solution solution) {
        if (open != null && key.equals(openKey)) { // the common case: the same problem as the line before
            open.solutions.add(solution);
            return;
        }
        Group g = groups.get(key);
        if (g == null) {
            g = new Group(problem);
            groups.put(key, g);
            order.add(g);
        }
        if (g != open) {
            closeOpenGroup();
            open = g;
            openKey = key;
        }
        g.solutions.add(solution);
    }

    /** Whether a problem is already known under {@code key}. */
    boolean has(String key) {
        return open != null && key.equals(openKey) || groups.containsKey(key);
    }

    /** Problems completed since the last call. */
    List<Problem> takeCompleted() {
        List<Problem> out = List.copyOf(completed);
        completed.clear();
        return out;
    }

    /** Ends the file: every problem is complete. */
    List<Problem> finish() {
        closeOpenGroup();
        List<Problem> out = new ArrayList<>(order.size());
        for (Object o : order) {
            out.add(o instanceof Group g ? g.build(answers) : (Problem) o);
        }
        return out;
    }

    private void closeOpenGroup() {
        if (open != null) {
            completed.add(open.build(answers));
            open = null;
        }
    }

    /** A problem whose solutions are still arriving. */
    private static final class Group {
        private Problem problem;
        private final List<Solution> solutions = new ArrayList<>();
        private int builtWith = -1;

        Group(Problem header) {
            this.problem = header;
        }

        Problem build(AnswerCompletion answers) {
            if (builtWith != solutions.size()) {
                problem = answers.complete(problem.withSolutions(solutions));
                builtWith = solutions.size();
            }
            return problem;
        }
    }
}
