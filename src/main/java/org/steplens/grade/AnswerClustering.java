package org.steplens.grade;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups a problem's answers into classes the grader calls equal. Deterministic: classes are ordered by their
 * first member's position. Null answers belong to no class. PLACEHOLDER: the grading issue replaces the body.
 */
public final class AnswerClustering {
    private final Grader grader;

    public AnswerClustering(Grader grader) {
        this.grader = grader;
    }

    public List<AnswerCluster> cluster(List<String> answers) {
        Map<String, List<Integer>> byText = new LinkedHashMap<>();
        for (int i = 0; i < answers.size(); i++) {
            String a = answers.get(i);
            if (a != null && !a.isBlank()) {
                byText.computeIfAbsent(a.trim(), k -> new ArrayList<>()).add(i);
            }
        }
        List<AnswerCluster> out = new ArrayList<>();
        byText.forEach((text, idx) -> out.add(new AnswerCluster(text, idx.stream().mapToInt(Integer::intValue).toArray())));
        return out;
    }
}
