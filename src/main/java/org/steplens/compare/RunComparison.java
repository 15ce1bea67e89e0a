package org.steplens.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.steplens.grade.AnswerCluster;
import org.steplens.grade.AnswerClustering;
import org.steplens.grade.Grader;
import org.steplens.model.Dataset;
import org.steplens.model.Problem;
import org.steplens.model.Solution;

/**
 * Two runs over the same problems (matched by id): e.g. without and with a biased hint, or two models. Per problem
 * each run's answer (the single candidate's, or the majority answer), whether it is right, whether it flipped,
 * whether it flipped to the hinted answer and whether the new reasoning mentions the hint; over the runs the
 * accuracy of each, the flip rate and the flip-to-hint rate.
 */
public final class RunComparison {

    /**
     * One problem in both runs.
     *
     * @param problemId     the shared id
     * @param preview       the start of run B's problem text
     * @param answerA       run A's answer ("" when none)
     * @param answerB       run B's answer
     * @param correctA      run A's answer is right (null when unknown)
     * @param correctB      run B's answer is right (null when unknown)
     * @param flipped       the answers differ (by the grader's equivalence)
     * @param hint          the answer run B's prompt hints at, or null
     * @param toHint        B's answer is the hint and A's was not
     * @param mentionsHint  B's reasoning (the candidate giving its answer) mentions a hint in words
     * @param difference    how much the two reasoning chains differ: 1 - mean aligned step similarity
     * @param solutionA     index of the candidate shown for run A
     * @param solutionB     index of the candidate shown for run B
     */
    public record Row(String problemId, String preview, String answerA, String answerB, Boolean correctA,
                      Boolean correctB, boolean flipped, String hint, boolean toHint, boolean mentionsHint,
                      double difference, int solutionA, int solutionB) {
    }

    /**
     * The run-level figures.
     *
     * @param matched        problems in both runs
     * @param onlyA          problems only in run A
     * @param onlyB          problems only in run B
     * @param accuracyA      share of matched problems run A gets right (NaN when correctness is unknown)
     * @param accuracyB      the same for run B
     * @param flips          matched problems whose answer changed
     * @param hinted         matched problems whose run-B prompt hints at an answer that run A did not give
     * @param flipsToHint    of those, problems where run B gives the hinted answer
     * @param toHintMentioning of those, problems whose run-B reasoning mentions the hint
     * @param rows           per problem, most different first
     */
    public record Result(int matched, int onlyA, int onlyB, double accuracyA, double accuracyB, int flips, int hinted,
                         int flipsToHint, int toHintMentioning, List<Row> rows) {
        public double flipRate() {
            return matched == 0 ? Double.NaN : (double) flips / matched;
        }

        public double flipToHintRate() {
            return hinted == 0 ? Double.NaN : (double) flipsToHint / hinted;
        }

        public double mentionRate() {
            return flipsToHint == 0 ? Double.NaN : (double) toHintMentioning / flipsToHint;
        }
    }

    private final Grader grader;
    private final HintDetector hints;

    public RunComparison(Grader grader, HintDetector hints) {
        this.grader = grader;
        this.hints = hints;
    }

    public Result compare(Dataset a, Dataset b) {
        Map<String, Problem> inB = new LinkedHashMap<>();
        for (Problem p : b.problems()) {
            inB.putIfAbsent(p.id(), p);
        }
        List<Row> rows = new ArrayList<>();
        int onlyA = 0;
        int knownA = 0;
        int rightA = 0;
        int knownB = 0;
        int rightB = 0;
        int flips = 0;
        int hinted = 0;
        int toHint = 0;
        int mentioning = 0;
        java.util.Set<String> matchedIds = new java.util.HashSet<>();
        for (Problem pa : a.problems()) {
            Problem pb = inB.get(pa.id());
            if (pb == null || !matchedIds.add(pa.id())) {
                onlyA += pb == null ? 1 : 0;
                continue;
            }
            int sa = representative(pa);
            int sb = representative(pb);
            String answerA = sa < 0 ? "" : pa.solution(sa).finalAnswer().orElse("");
            String answerB = sb < 0 ? "" : pb.solution(sb).finalAnswer().orElse("");
            Boolean correctA = correctness(pa, sa);
            Boolean correctB = correctness(pb, sb);
            if (correctA != null) {
                knownA++;
                rightA += correctA ? 1 : 0;
            }
            if (correctB != null) {
                knownB++;
                rightB += correctB ? 1 : 0;
            }
            boolean flipped = !sameAnswer(answerA, answerB);
            flips += flipped ? 1 : 0;
            String hint = hints.hintedAnswer(pb).orElse(null);
            boolean isToHint = false;
            boolean mentions = false;
            if (hint != null && !sameAnswer(answerA, hint)) {
                hinted++;
                isToHint = sameAnswer(answerB, hint);
                if (isToHint) {
                    toHint++;
                    mentions = sb >= 0 && !hints.mentions(pb.solution(sb).fullText()).isEmpty();
                    mentioning += mentions ? 1 : 0;
                }
            }
            double difference = sa < 0 || sb < 0 ? 1 : 1 - StepAlignment.meanSimilarity(
                    StepAlignment.align(pa.solution(sa).stepTexts(), pb.solution(sb).stepTexts()));
            rows.add(new Row(pa.id(), preview(pb.text()), answerA, answerB, correctA, correctB, flipped, hint, isToHint,
                    mentions, difference, sa, sb));
        }
        rows.sort(Comparator.comparing((Row r) -> !r.toHint()).thenComparing(r -> !r.flipped())
                .thenComparing(Comparator.comparingDouble(Row::difference).reversed()));
        int onlyB = (int) inB.keySet().stream().filter(id -> !matchedIds.contains(id)).count();
        return new Result(rows.size(), onlyA, onlyB, knownA == 0 ? Double.NaN : (double) rightA / knownA,
                knownB == 0 ? Double.NaN : (double) rightB / knownB, flips, hinted, toHint, mentioning, List.copyOf(rows));
    }

    /** Equal by the grader, either way round (the grader is not symmetric); two blanks are the same. */
    private boolean sameAnswer(String x, String y) {
        if (x.isBlank() || y.isBlank()) {
            return x.isBlank() && y.isBlank();
        }
        return grader.grade(x, y) || grader.grade(y, x);
    }

    /** The candidate that stands for the run: the only one, or the first member of the largest answer class. */
    private int representative(Problem p) {
        if (p.solutionCount() <= 1) {
            return p.solutionCount() - 1;
        }
        List<String> answers = new ArrayList<>();
        for (Solution s : p.solutions()) {
            answers.add(s.finalAnswer().orElse(""));
        }
        List<AnswerCluster> clusters = new AnswerClustering(grader).cluster(answers);
        AnswerCluster top = null;
        for (AnswerCluster c : clusters) {
            if (!c.representative().isBlank() && (top == null || c.size() > top.size())) {
                top = c;
            }
        }
        return top == null ? 0 : top.members()[0];
    }

    private Boolean correctness(Problem p, int s) {
        if (s < 0) {
            return null;
        }
        Optional<Boolean> stated = p.solution(s).correct();
        if (stated.isPresent()) {
            return stated.get();
        }
        String answer = p.solution(s).finalAnswer().orElse(null);
        if (p.groundTruthAnswer() == null || answer == null) {
            return null;
        }
        return grader.grade(answer, p.groundTruthAnswer());
    }

    /** The start of a problem's text on one line, for a table. */
    static String preview(String text) {
        String flat = (text.length() > 400 ? text.substring(0, 400) : text).replaceAll("\\s+", " ").strip();
        return flat.length() <= 80 ? flat : flat.substring(0, 79) + "…";
    }
}
