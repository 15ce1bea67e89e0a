package org.steplens.ui.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import org.steplens.grade.AnswerCluster;
import org.steplens.grade.AnswerClustering;
import org.steplens.grade.AnswerExtractor;
import org.steplens.grade.Grader;
import org.steplens.model.Problem;
import org.steplens.model.ScorerNames;
import org.steplens.model.Solution;

/**
 * TEMPORARY adapter until org.steplens.select / analyze land on main: the aggregation, picks and failure flags
 * below follow DESIGN.md §1 so the inspector can be built and tested now; the select issue's classes replace this
 * file (the UI depends only on {@link ProblemAnalyzer}). Grading and clustering already go through the core.
 */
public final class InterimProblemAnalyzer implements ProblemAnalyzer {
    private final Grader grader;
    private final AnswerClustering clustering;
    /** Answers and clusters do not depend on the settings: computed once per problem. */
    private final Map<Problem, Answers> answers = Collections.synchronizedMap(new IdentityHashMap<>());

    public InterimProblemAnalyzer() {
        this.grader = Grader.prm800k();
        this.clustering = new AnswerClustering(grader);
    }

    private record Answers(String[] answer, Boolean[] correct, List<AnswerCluster> clusters, int[] clusterOf) {
    }

    @Override
    public ProblemReport analyze(Problem problem, ScoringSettings settings) {
        Answers a = answers.computeIfAbsent(problem, this::answersOf);
        int n = problem.solutionCount();
        List<CandidateReport> candidates = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Solution s = problem.solution(i);
            double[] p = stepProbabilities(s, settings);
            double prm = aggregate(p, settings.aggregation());
            OptionalDouble orm = s.score(ScorerNames.ORM);
            candidates.add(new CandidateReport(i, p, prm, orm.orElse(Double.NaN), firstError(p, settings.threshold()),
                    a.answer[i], a.correct[i]));
        }
        List<ClusterReport> clusters = new ArrayList<>();
        for (AnswerCluster c : a.clusters) {
            double sum = 0;
            double best = Double.NaN;
            int bestIndex = c.members()[0];
            boolean scored = false;
            for (int m : c.members()) {
                double v = candidates.get(m).prmScore();
                if (!Double.isNaN(v)) {
                    sum += v;
                    scored = true;
                    if (Double.isNaN(best) || v > best) {
                        best = v;
                        bestIndex = m;
                    }
                }
            }
            clusters.add(new ClusterReport(c.representative(), c.size(), scored ? sum : Double.NaN, best,
                    a.correct[c.members()[0]], bestIndex));
        }
        List<ClusterReport> byVotes = new ArrayList<>(clusters);
        byVotes.sort((x, y) -> x.votes() != y.votes() ? Integer.compare(y.votes(), x.votes())
                : Double.compare(nanLow(y.prmScoreSum()), nanLow(x.prmScoreSum())));
        List<MethodPick> picks = picks(problem, candidates, byVotes);
        ProblemFlags flags = flags(problem, candidates, picks, a);
        return new ProblemReport(problem, settings, candidates, picks, byVotes, flags);
    }

    private Answers answersOf(Problem problem) {
        int n = problem.solutionCount();
        String[] answer = new String[n];
        Boolean[] correct = new Boolean[n];
        List<String> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Solution s = problem.solution(i);
            String given = s.finalAnswer().or(() -> AnswerExtractor.extract(s.fullText())).orElse(null);
            answer[i] = given;
            correct[i] = s.correct().orElseGet(() -> given == null || problem.groundTruthAnswer() == null ? null
                    : grader.grade(given, problem.groundTruthAnswer()));
            list.add(given);
        }
        List<AnswerCluster> clusters = clustering.cluster(list);
        int[] clusterOf = new int[n];
        java.util.Arrays.fill(clusterOf, -1);
        for (int c = 0; c < clusters.size(); c++) {
            for (int m : clusters.get(c).members()) {
                clusterOf[m] = c;
            }
        }
        return new Answers(answer, correct, clusters, clusterOf);
    }

    private static double[] stepProbabilities(Solution s, ScoringSettings settings) {
        int n = s.stepCount();
        boolean threeWay = ScorerNames.PRM.equals(settings.stepScorer()) && s.hasThreeWay();
        if (!threeWay && !s.stepProbabilities().has(settings.stepScorer())) {
            return new double[0];
        }
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            if (threeWay) {
                var t = s.threeWay(i).orElseThrow();
                p[i] = settings.neutralAsPositive() ? t.neutralAsPositive() : t.neutralAsNegative();
            } else {
                p[i] = s.stepProbabilities().get(settings.stepScorer(), i);
            }
        }
        return p;
    }

    private static double aggregate(double[] p, Aggregation aggregation) {
        double acc = Double.NaN;
        for (double v : p) {
            if (Double.isNaN(v)) {
                continue;
            }
            acc = Double.isNaN(acc) ? v : switch (aggregation) {
                case PRODUCT -> acc * v;
                case MIN -> Math.min(acc, v);
                case LAST -> v;
            };
        }
        return acc;
    }

    private static int firstError(double[] p, double threshold) {
        if (p.length == 0) {
            return CandidateReport.UNSCORED;
        }
        for (int i = 0; i < p.length; i++) {
            if (p[i] < threshold) {
                return i;
            }
        }
        return CandidateReport.NO_ERROR;
    }

    private static List<MethodPick> picks(Problem problem, List<CandidateReport> c, List<ClusterReport> byVotes) {
        List<MethodPick> picks = new ArrayList<>();
        picks.add(byVotes.isEmpty() ? none(Method.MAJORITY, "no candidate states an answer")
                : pick(Method.MAJORITY, c.get(byVotes.get(0).bestCandidate()),
                byVotes.get(0).votes() + " of " + c.size() + " votes"));
        picks.add(argMax(Method.ORM, c, CandidateReport::ormScore, "ORM score", "no ORM scores"));
        picks.add(argMax(Method.PRM, c, CandidateReport::prmScore, "PRM score", "no PRM scores"));
        ClusterReport heaviest = null;
        for (ClusterReport r : byVotes) {
            if (!Double.isNaN(r.prmScoreSum()) && (heaviest == null || r.prmScoreSum() > heaviest.prmScoreSum())) {
                heaviest = r;
            }
        }
        picks.add(heaviest == null ? none(Method.WEIGHTED_MAJORITY, "no PRM scores")
                : pick(Method.WEIGHTED_MAJORITY, c.get(heaviest.bestCandidate()),
                String.format("PRM-weighted votes %.2f", heaviest.prmScoreSum())));
        CandidateReport oracle = null;
        for (CandidateReport r : c) {
            if (Boolean.TRUE.equals(r.correct()) && (oracle == null || nanLow(r.prmScore()) > nanLow(oracle.prmScore()))) {
                oracle = r;
            }
        }
        picks.add(oracle == null ? none(Method.ORACLE, "no correct candidate") : pick(Method.ORACLE, oracle, "a correct candidate"));
        picks.add(c.isEmpty() ? none(Method.RANDOM, "no candidates")
                : pick(Method.RANDOM, c.get(new Random(problem.id().hashCode()).nextInt(c.size())), "seeded by the problem id"));
        return picks;
    }

    private static MethodPick argMax(Method m, List<CandidateReport> c,
                                     java.util.function.ToDoubleFunction<CandidateReport> score, String what, String none) {
        CandidateReport best = null;
        for (CandidateReport r : c) {
            double v = score.applyAsDouble(r);
            if (!Double.isNaN(v) && (best == null || v > score.applyAsDouble(best))) {
                best = r;
            }
        }
        return best == null ? none(m, none) : pick(m, best, String.format("highest %s %.3f", what, score.applyAsDouble(best)));
    }

    private static MethodPick pick(Method m, CandidateReport r, String why) {
        return new MethodPick(m, r.index(), r.answer(), r.correct(), why);
    }

    private static MethodPick none(Method m, String why) {
        return new MethodPick(m, -1, null, null, why);
    }

    private static ProblemFlags flags(Problem problem, List<CandidateReport> c, List<MethodPick> picks, Answers a) {
        MethodPick maj = picks.get(0);
        MethodPick orm = picks.get(1);
        MethodPick prm = picks.get(2);
        java.util.Set<Integer> chosen = new java.util.HashSet<>();
        for (MethodPick p : List.of(maj, orm, prm)) {
            if (p.picked()) {
                chosen.add(a.clusterOf[p.candidate()]);
            }
        }
        boolean disagree = chosen.size() > 1;
        boolean convincing = false;
        for (MethodPick p : List.of(maj, orm)) {
            if (p.picked() && Boolean.FALSE.equals(p.correct()) && c.get(p.candidate()).firstError() >= 0) {
                convincing = true;
            }
        }
        boolean rightWrongStep = false;
        for (CandidateReport r : c) {
            if (Boolean.TRUE.equals(r.correct()) && (r.firstError() >= 0
                    || problem.solution(r.index()).humanFirstError().orElse(Solution.NO_ERROR) >= 0)) {
                rightWrongStep = true;
                break;
            }
        }
        return new ProblemFlags(disagree, convincing, rightWrongStep, problem.hasHumanLabels());
    }

    private static double nanLow(double v) {
        return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
    }
}
