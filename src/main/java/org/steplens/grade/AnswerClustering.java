package org.steplens.grade;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups a problem's answers into classes the grader calls equal, for majority vote.
 *
 * <p>The grader's decisions are not transitive ({@code 0.5} equals both {@code 1/2} and {@code 2/4}, which
 * differ from each other), so classes are built greedily and deterministically: answers are taken in order; an answer
 * joins the first existing class (in order of creation) whose representative — the class's first answer — it
 * grades equal to, as {@code grade(answer, representative)}; otherwise it opens a new class. Classes are
 * ordered by their first member; null and blank answers belong to no class.
 *
 * <p>Fast for thousands of answers: identical strings are decided once, normal forms are computed once per
 * distinct string, and an answer whose Hendrycks or second normal form equals that of an earlier distinct answer
 * is decided like it without calling the grader again (equal normal forms make the grader's decision identical
 * against every representative).
 */
public final class AnswerClustering {
    private final Grader grader;

    public AnswerClustering(Grader grader) {
        this.grader = grader;
    }

    public List<AnswerCluster> cluster(List<String> answers) {
        List<NormalizedAnswer> representatives = new ArrayList<>();
        List<List<Integer>> members = new ArrayList<>();
        Map<String, Integer> classOfText = new HashMap<>();
        Map<String, Integer> classOfForms = new HashMap<>();
        for (int i = 0; i < answers.size(); i++) {
            String a = answers.get(i);
            if (a == null || a.isBlank()) {
                continue;
            }
            Integer cls = classOfText.get(a);
            if (cls == null) {
                NormalizedAnswer forms = grader.normalize(a);
                String formsKey = forms.hendrycks() + '\u0000' + forms.normalized();
                cls = classOfForms.get(formsKey);
                if (cls == null) {
                    cls = firstMatchingClass(forms, representatives);
                    if (cls < 0) {
                        cls = representatives.size();
                        representatives.add(forms);
                        members.add(new ArrayList<>());
                    }
                    classOfForms.put(formsKey, cls);
                }
                classOfText.put(a, cls);
            }
            members.get(cls).add(i);
        }
        List<AnswerCluster> out = new ArrayList<>(representatives.size());
        for (int c = 0; c < representatives.size(); c++) {
            out.add(new AnswerCluster(representatives.get(c).answer(),
                    members.get(c).stream().mapToInt(Integer::intValue).toArray()));
        }
        return out;
    }

    private int firstMatchingClass(NormalizedAnswer answer, List<NormalizedAnswer> representatives) {
        for (int c = 0; c < representatives.size(); c++) {
            if (grader.grade(answer, representatives.get(c))) {
                return c;
            }
        }
        return -1;
    }
}
