package org.steplens.select;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.steplens.grade.AnswerCluster;
import org.steplens.grade.AnswerClustering;
import org.steplens.grade.AnswerExtractor;
import org.steplens.grade.Grader;
import org.steplens.model.Problem;
import org.steplens.model.Solution;

/**
 * One problem's candidates reduced to primitive arrays: answer class, correctness, PRM and ORM score. Built once
 * (clustering answers is the expensive part), then read by per-problem selection and by best-of-N simulation.
 * Immutable after construction; arrays are never handed out.
 */
public final class CandidatePool {
    /** Correctness codes. */
    static final byte WRONG = 0;
    static final byte RIGHT = 1;
    static final byte UNKNOWN = -1;

    final int size;
    /** Answer class of each candidate, or -1 when it has no answer. */
    final int[] answerClass;
    final String[] answers;
    final String[] classAnswers;
    final byte[] correct;
    /** NaN where the candidate has no score. */
    final double[] prm;
    final double[] orm;

    CandidatePool(int[] answerClass, String[] answers, String[] classAnswers, byte[] correct, double[] prm,
                  double[] orm) {
        this.size = answerClass.length;
        if (answers.length != size || correct.length != size || prm.length != size || orm.length != size) {
            throw new IllegalArgumentException("candidate arrays differ in length");
        }
        this.answerClass = answerClass;
        this.answers = answers;
        this.classAnswers = classAnswers;
        this.correct = correct;
        this.prm = prm;
        this.orm = orm;
    }

    /**
     * Reduces a problem. A candidate's answer is its final answer, else the one {@link AnswerExtractor} finds in its
     * text. Its correctness is the file's verdict when stated, else the grader's against the ground truth
     * (unknown when there is none).
     */
    public static CandidatePool of(Problem problem, SelectionSettings settings) {
        List<Solution> sols = problem.solutions();
        int n = sols.size();
        String[] answers = new String[n];
        for (int i = 0; i < n; i++) {
            answers[i] = answerOf(sols.get(i));
        }
        List<AnswerCluster> clusters = new AnswerClustering(settings.grader()).cluster(Arrays.asList(answers));
        int[] cls = new int[n];
        Arrays.fill(cls, -1);
        String[] classAnswers = new String[clusters.size()];
        for (int c = 0; c < clusters.size(); c++) {
            classAnswers[c] = clusters.get(c).representative();
            for (int m : clusters.get(c).members()) {
                cls[m] = c;
            }
        }
        byte[] correct = new byte[n];
        double[] prm = new double[n];
        double[] orm = new double[n];
        Grader grader = settings.grader();
        String truth = problem.groundTruthAnswer();
        for (int i = 0; i < n; i++) {
            Solution s = sols.get(i);
            correct[i] = correctness(s, answers[i], truth, grader);
            prm[i] = settings.aggregation().score(s, settings.prmScorer()).orElse(Double.NaN);
            orm[i] = s.score(settings.ormScorer()).orElse(Double.NaN);
        }
        return new CandidatePool(cls, answers, classAnswers, correct, prm, orm);
    }

    /** A copy with PRM scores recomputed for another aggregation or scorer; the answer classes are kept. */
    public CandidatePool withPrmScores(Problem problem, PrmAggregation aggregation, String scorer) {
        double[] p = new double[size];
        for (int i = 0; i < size; i++) {
            p[i] = aggregation.score(problem.solution(i), scorer).orElse(Double.NaN);
        }
        return new CandidatePool(answerClass, answers, classAnswers, correct, p, orm);
    }

    static String answerOf(Solution s) {
        String a = s.finalAnswer().orElse(null);
        if (a == null && s.stepCount() > 0) {
            a = AnswerExtractor.extract(s.stepText(s.stepCount() - 1)).orElse(null);
        }
        return a == null || a.isBlank() ? null : a;
    }

    private static byte correctness(Solution s, String answer, String truth, Grader grader) {
        if (s.correct().isPresent()) {
            return s.correct().get() ? RIGHT : WRONG;
        }
        if (truth == null) {
            return UNKNOWN;
        }
        return grader.grade(answer, truth) ? RIGHT : WRONG;
    }

    public int size() {
        return size;
    }

    public int classCount() {
        return classAnswers.length;
    }

    /** Answer class of a candidate, -1 when it has no answer. */
    public int answerClass(int candidate) {
        return answerClass[candidate];
    }

    public String answer(int candidate) {
        return answers[candidate];
    }

    public String classAnswer(int cls) {
        return classAnswers[cls];
    }

    /** TRUE, FALSE, or null when unknown. */
    public Boolean correct(int candidate) {
        return correct[candidate] == UNKNOWN ? null : correct[candidate] == RIGHT;
    }

    public double prmScore(int candidate) {
        return prm[candidate];
    }

    public double ormScore(int candidate) {
        return orm[candidate];
    }

    /** Candidates of each class, in candidate order. */
    List<int[]> classMembers() {
        List<List<Integer>> members = new ArrayList<>();
        for (int c = 0; c < classAnswers.length; c++) {
            members.add(new ArrayList<>());
        }
        for (int i = 0; i < size; i++) {
            if (answerClass[i] >= 0) {
                members.get(answerClass[i]).add(i);
            }
        }
        List<int[]> out = new ArrayList<>();
        for (List<Integer> m : members) {
            out.add(m.stream().mapToInt(Integer::intValue).toArray());
        }
        return out;
    }
}
