package org.steplens.ui.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.steplens.model.Problem;
import org.steplens.model.ScorerNames;
import org.steplens.select.AnswerVotes;
import org.steplens.select.CandidatePool;
import org.steplens.select.Pick;
import org.steplens.select.PrmAggregation;
import org.steplens.select.ProblemSelection;
import org.steplens.select.SelectionSettings;
import org.steplens.select.StepScoring;
import org.steplens.select.Selections;
import org.steplens.analyze.FailureKind;
import org.steplens.analyze.ProblemFailures;
import org.steplens.analyze.FirstErrorPredictor;
import org.steplens.ui.common.ScoreFormat;
import org.steplens.ui.session.AnalysisSettings;
import org.steplens.ui.session.CandidateReport;
import org.steplens.ui.session.ClusterReport;
import org.steplens.ui.session.MethodPick;
import org.steplens.ui.session.ProblemAnalyzer;
import org.steplens.ui.session.ProblemFlags;
import org.steplens.ui.session.ProblemReport;

/**
 * The inspector's analysis on top of the selection engine (org.steplens.select): PRM aggregation, answer classes
 * and every method's pick come from there. Answer classes are computed once per problem (clustering is the costly
 * part) and re-scored for each aggregation. Thread-safe.
 *
 * <p>The first predicted error comes from {@link FirstErrorPredictor} and the failure flags from
 * {@link ProblemFailures} (org.steplens.analyze).
 */
public final class CoreProblemAnalyzer implements ProblemAnalyzer {
    private final Map<Key, CandidatePool> pools = new ConcurrentHashMap<>();

    /** Problems are records compared by value; the cache wants identity (and a cheap hash). */
    private record Key(Problem problem) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.problem == problem;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(problem);
        }
    }

    @Override
    public ProblemReport analyze(Problem problem, AnalysisSettings settings) {
        PrmAggregation aggregation = settings.aggregation();
        SelectionSettings selection = SelectionSettings.defaults().withMethods(MethodLabels.SHOWN)
                .withScorers(settings.stepScorer(), ScorerNames.ORM).withAggregation(aggregation);
        CandidatePool base = pools.computeIfAbsent(new Key(problem), k -> CandidatePool.of(problem, selection));
        CandidatePool pool = base.withPrmScores(problem, aggregation, settings.stepScorer());
        ProblemSelection picked = Selections.pick(problem.id(), pool, selection);

        int n = problem.solutionCount();
        StepScoring scoring = StepScoring.of(selection);
        List<CandidateReport> candidates = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double[] p = scoring.probabilities(problem.solution(i));
            candidates.add(new CandidateReport(i, p, pool.prmScore(i), pool.ormScore(i), firstError(p, settings.threshold()),
                    pool.answer(i), pool.correct(i)));
        }
        List<ClusterReport> clusters = new ArrayList<>();
        for (AnswerVotes v : picked.answers()) {
            int[] members = v.members();
            int best = members[0];
            double bestScore = Double.NaN;
            for (int m : members) {
                double s = pool.prmScore(m);
                if (!Double.isNaN(s) && (Double.isNaN(bestScore) || s > bestScore)) {
                    bestScore = s;
                    best = m;
                }
            }
            clusters.add(new ClusterReport(v.answer(), v.votes(), Double.isNaN(bestScore) ? Double.NaN : v.prmWeight(),
                    bestScore, v.correct(), best));
        }
        clusters.sort((a, b) -> Integer.compare(b.votes(), a.votes()));
        List<MethodPick> picks = new ArrayList<>();
        for (Pick p : picked.picks()) {
            picks.add(new MethodPick(p.method(), p.solutionIndex(), p.answer(), p.correct(), why(p, pool, picked, n)));
        }
        return new ProblemReport(problem, settings, candidates, picks, clusters);
    }

    /** Forgets cached answer classes (a new file was opened). */
    @Override
    public void reset() {
        pools.clear();
    }

    private static int firstError(double[] p, double threshold) {
        if (p.length == 0) {
            return CandidateReport.UNSCORED;
        }
        return FirstErrorPredictor.predict(p, threshold);
    }

    private static String why(Pick p, CandidatePool pool, ProblemSelection selection, int n) {
        if (!p.hasPick()) {
            return switch (p.method()) {
                case ORM -> "no ORM scores";
                case PRM, PRM_WEIGHTED_MAJORITY -> "no PRM scores";
                default -> "no candidate states an answer";
            };
        }
        int c = p.solutionIndex();
        return switch (p.method()) {
            case MAJORITY -> votesOf(pool, selection, c) + " of " + n + " votes";
            case ORM -> "highest ORM score " + ScoreFormat.of(pool.ormScore(c));
            case PRM -> "highest PRM score " + ScoreFormat.of(pool.prmScore(c));
            case PRM_WEIGHTED_MAJORITY -> "largest PRM-weighted vote " + ScoreFormat.of(weightOf(pool, selection, c));
            case ORM_WEIGHTED_MAJORITY -> "largest ORM-weighted vote";
            case ORACLE -> Boolean.TRUE.equals(p.correct()) ? "first correct candidate" : "no correct candidate";
            case RANDOM -> "random, seeded by the problem id";
        };
    }

    private static int votesOf(CandidatePool pool, ProblemSelection selection, int candidate) {
        AnswerVotes v = selection.answers().get(pool.answerClass(candidate));
        return v.votes();
    }

    private static double weightOf(CandidatePool pool, ProblemSelection selection, int candidate) {
        return selection.answers().get(pool.answerClass(candidate)).prmWeight();
    }

    /**
     * One problem's failure flags, as {@link ProblemFailures} defines them.
     */
    @Override
    public ProblemFlags flags(Problem problem, AnalysisSettings settings) {
        ProblemFailures failures = new ProblemFailures(problem, settings.stepScorer(), settings.aggregation(),
                settings.threshold());
        SelectionSettings selection = SelectionSettings.defaults().withScorers(settings.stepScorer(), ScorerNames.ORM)
                .withAggregation(settings.aggregation());
        CandidatePool pool = CandidatePool.of(problem, selection);
        double best = Double.NaN;
        for (int i = 0; i < pool.size(); i++) {
            double s = pool.prmScore(i);
            if (!Double.isNaN(s) && (Double.isNaN(best) || s > best)) {
                best = s;
            }
        }
        StepScoring scoring = StepScoring.of(selection);
        int earliest = -1;
        for (int i = 0; i < problem.solutionCount(); i++) {
            int e = firstError(scoring.probabilities(problem.solution(i)), settings.threshold());
            if (e >= 0 && (earliest < 0 || e < earliest)) {
                earliest = e;
            }
        }
        return new ProblemFlags(failures.has(FailureKind.METHODS_DISAGREE),
                failures.has(FailureKind.CONVINCING_WRONG_ANSWER), failures.has(FailureKind.RIGHT_ANSWER_WRONG_STEP),
                problem.hasHumanLabels(), failures.has(FailureKind.PRM_MISSES_FIRST_ERROR),
                failures.has(FailureKind.PRM_EARLIER_THAN_HUMAN), failures.has(FailureKind.PRM_LATER_THAN_HUMAN),
                best, earliest);
    }
}
