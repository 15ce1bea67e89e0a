package org.steplens.ui.browse;

import java.util.Locale;
import org.steplens.model.Problem;

/** A problem in the list, with its position in the file and its text prepared for search. */
public final class ProblemItem {
    private final int index;
    private final Problem problem;
    private String searchable;
    private Boolean humanLabels;

    public ProblemItem(int index, Problem problem) {
        this.index = index;
        this.problem = problem;
    }

    public int index() {
        return index;
    }

    public Problem problem() {
        return problem;
    }

    /** Whether some candidate has human labels (looked up once: a problem may have thousands of candidates). */
    public boolean hasHumanLabels() {
        if (humanLabels == null) {
            humanLabels = problem.hasHumanLabels();
        }
        return humanLabels;
    }

    /** Whether every word of the (lower-case) query occurs in the id, subject, source or text. */
    boolean matches(String[] words) {
        if (words.length == 0) {
            return true;
        }
        if (searchable == null) {
            searchable = (problem.id() + " " + nz(problem.subject()) + " " + nz(problem.source()) + " "
                    + problem.text() + " " + nz(problem.groundTruthAnswer())).toLowerCase(Locale.ROOT);
        }
        for (String w : words) {
            if (!searchable.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Override
    public String toString() {
        return problem.id();
    }
}
