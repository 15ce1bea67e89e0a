package org.steplens.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A math problem with its candidate solutions. Immutable.
 *
 * @param id                  identifier, unique within the dataset (e.g. {@code test/algebra/1.json} or {@code gsm8k-0})
 * @param text                the problem statement
 * @param groundTruthAnswer   the reference answer, or null when unknown
 * @param groundTruthSolution the reference solution, or null
 * @param subject             e.g. "Precalculus", or null
 * @param level               difficulty 1–5 (MATH), or null
 * @param source              which dataset or subset it came from, e.g. "processbench/gsm8k", or null
 * @param solutions           the candidates, in file order
 * @param extraJson           fields of the source record the model does not interpret, as compact JSON, or null
 */
public record Problem(String id, String text, String groundTruthAnswer, String groundTruthSolution, String subject,
                      Integer level, String source, List<Solution> solutions, String extraJson) {

    public Problem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        solutions = List.copyOf(solutions);
        subject = subject == null ? null : subject.intern();
        source = source == null ? null : source.intern();
    }

    public Optional<String> groundTruth() {
        return Optional.ofNullable(groundTruthAnswer);
    }

    public OptionalInt levelNumber() {
        return level == null ? OptionalInt.empty() : OptionalInt.of(level);
    }

    public int solutionCount() {
        return solutions.size();
    }

    public Solution solution(int index) {
        return solutions.get(index);
    }

    public Problem withSolutions(List<Solution> replacement) {
        return new Problem(id, text, groundTruthAnswer, groundTruthSolution, subject, level, source, replacement, extraJson);
    }

    public boolean hasHumanLabels() {
        for (Solution s : solutions) {
            if (s.hasHumanLabels()) {
                return true;
            }
        }
        return false;
    }
}
