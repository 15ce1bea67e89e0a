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
 * <p>Fast for thousands of answers: identical strings are decided once; normal forms are computed once per
 * distinct string; an answer whose Hendrycks and second normal forms both equal those of an earlier distinct
 * answer is decided like it without calling the grader (equal forms give identical decisions against every
 * representative); and two single-element answers whose numeric values clearly differ (and whose Hendrycks
 * forms differ) are not compared, since every rule by which the grader could call them equal needs equal
 * strings or equal values.
 */
public final class AnswerClustering {
    private final Grader grader;

    public AnswerClustering(Grader grader) {
        this.grader = grader;
    }

    public List<AnswerCluster> cluster(List<String> answers) {
        List<NormalizedAnswer> representatives = new ArrayList<>();
        List<Double> repValues = new ArrayList<>();
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
                    double value = numericValue(forms);
                    cls = firstMatchingClass(forms, value, representatives, repValues);
                    if (cls < 0) {
                        cls = representatives.size();
                        representatives.add(forms);
                        repValues.add(value);
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

    private int firstMatchingClass(NormalizedAnswer answer, double value, List<NormalizedAnswer> representatives,
                                   List<Double> repValues) {
        for (int c = 0; c < representatives.size(); c++) {
            NormalizedAnswer rep = representatives.get(c);
            double rv = repValues.get(c);
            if (!Double.isNaN(value) && !Double.isNaN(rv)
                    && Math.abs(value - rv) > 1e-6 * Math.max(1, Math.max(Math.abs(value), Math.abs(rv)))
                    && !answer.hendrycks().equals(rep.hendrycks())) {
                continue;
            }
            if (grader.grade(answer, rep)) {
                return c;
            }
        }
        return -1;
    }

    /** The real value of a single-element answer without symbols (in double precision), else NaN. */
    static double numericValue(NormalizedAnswer a) {
        if (a.elements().size() != 1) {
            return Double.NaN;
        }
        String e = a.elements().get(0);
        try {
            Expr expr = SympyParser.parse(e, Deadline.after(java.time.Duration.ofMillis(50)));
            ComplexEvaluator.C v = new ComplexEvaluator(Map.of(), Deadline.after(java.time.Duration.ofMillis(50)))
                    .eval(expr);
            return v.im() == 0 && Double.isFinite(v.re()) ? v.re() : Double.NaN;
        } catch (RuntimeException | StackOverflowError ex) {
            return Double.NaN; // symbols, unsupported syntax, division by zero, time: no shortcut
        }
    }
}
