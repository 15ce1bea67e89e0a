package org.steplens.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.steplens.analyze.Auroc;
import org.steplens.analyze.FirstErrorPredictor;
import org.steplens.analyze.LabelledSteps;
import org.steplens.analyze.ProcessBenchMetrics;
import org.steplens.analyze.StepTruth;
import org.steplens.analyze.ThresholdSearch;
import org.steplens.model.Dataset;
import org.steplens.model.Problem;
import org.steplens.model.Solution;
import org.steplens.select.BestOfNInput;
import org.steplens.select.BestOfNResult;
import org.steplens.select.BestOfNSettings;
import org.steplens.select.BestOfNSimulator;
import org.steplens.select.CandidatePool;
import org.steplens.select.PrmAggregation;
import org.steplens.select.SelectionMethod;
import org.steplens.select.SelectionSettings;
import org.steplens.select.Selections;
import org.steplens.select.SimulationProgress;
import org.steplens.select.StepScoring;

/**
 * Two or more step scorers over one dataset, side by side: per scorer the step AUROC against human step labels, the
 * ProcessBench first-error F1 and best-of-N accuracy (each "not available" with the reason when the data lacks what
 * it needs), and per pair of scorers the problems where they disagree most. Every figure comes from the existing
 * metric functions ({@link Auroc}, {@link ProcessBenchMetrics}, {@link ThresholdSearch}, {@link BestOfNSimulator})
 * with step probabilities read through {@link StepScoring}; this class only lines them up and ranks disagreements.
 */
public final class ScorerComparison {

    /** A figure, or the reason it cannot be computed on this data. */
    public record Metric(double value, String unavailable) {
        public static Metric of(double value) {
            return new Metric(value, null);
        }

        public static Metric missing(String why) {
            return new Metric(Double.NaN, why);
        }

        public boolean isAvailable() {
            return unavailable == null;
        }
    }

    /**
     * One scorer's figures.
     *
     * @param scorer            the step scorer's name
     * @param scoredSolutions   solutions it scored (at least one step)
     * @param stepAuroc         AUROC of its step probabilities against human step verdicts
     * @param labelledSteps     labelled steps it scored (the AUROC's sample)
     * @param firstErrorF1      ProcessBench average F1 at the comparison's threshold
     * @param bestF1            F1 over all first-error records at the threshold that maximises it
     * @param bestThreshold     that threshold (NaN when not available)
     * @param labelledRecords   records with a first-error label it scored (the F1's sample)
     * @param bestOfN           best-of-N accuracy (PRM pick) at the largest N
     * @param bestOfNCurve      mean accuracy at each N of {@link Result#nValues()} (empty when not available)
     */
    public record ScorerFigures(String scorer, int scoredSolutions, Metric stepAuroc, int labelledSteps,
                                Metric firstErrorF1, Metric bestF1, double bestThreshold, int labelledRecords,
                                Metric bestOfN, double[] bestOfNCurve) {
    }

    /**
     * How much two scorers disagree on one problem.
     *
     * @param problem            index into the dataset's problems
     * @param problemId          its id
     * @param preview            the start of its text
     * @param comparedSteps      steps both scorers scored
     * @param meanAbsDelta       mean |P_A − P_B| over those steps
     * @param worstSolution      the candidate holding the largest |ΔP| (-1 when no step was compared)
     * @param worstStep          that step
     * @param worstDelta         P_B − P_A there
     * @param firstErrorDiffers  candidates whose predicted first error (at the threshold) differs
     * @param pickA              the candidate scorer A's PRM pick chooses from the whole pool (-1: none)
     * @param pickB              the same for scorer B
     */
    public record ProblemDisagreement(int problem, String problemId, String preview, int comparedSteps,
                                      double meanAbsDelta, int worstSolution, int worstStep, double worstDelta,
                                      int firstErrorDiffers, int pickA, int pickB) {
        public boolean picksDiffer() {
            return pickA != pickB;
        }
    }

    /**
     * A pair of scorers.
     *
     * @param scorerA             the first scorer
     * @param scorerB             the second
     * @param comparedSteps       steps both scored
     * @param meanAbsDelta        mean |P_A − P_B| over those steps (NaN when none)
     * @param firstErrorAgreement share of candidates both scored whose predicted first error is the same
     * @param pickAgreement       share of problems with two or more candidates where both pick the same one
     * @param problems            problems both scored, most disagreement first
     */
    public record Pair(String scorerA, String scorerB, long comparedSteps, double meanAbsDelta,
                       double firstErrorAgreement, double pickAgreement, List<ProblemDisagreement> problems) {
        public Pair {
            problems = List.copyOf(problems);
        }
    }

    /**
     * The comparison.
     *
     * @param dataset   the dataset's name
     * @param threshold the first-error threshold used
     * @param aggregation how step probabilities make a solution's score for best-of-N and picks
     * @param nValues   the N grid of the best-of-N figures
     * @param trials    best-of-N trials
     * @param scorers   per scorer, in the order asked
     * @param pairs     every pair of scorers, (0,1), (0,2), …, (1,2), …
     */
    public record Result(String dataset, double threshold, PrmAggregation aggregation, int[] nValues, int trials,
                         List<ScorerFigures> scorers, List<Pair> pairs) {
        public Result {
            scorers = List.copyOf(scorers);
            pairs = List.copyOf(pairs);
        }

        /** The largest N (the best-of-N column), 0 when best-of-N is not available. */
        public int largestN() {
            return nValues.length == 0 ? 0 : nValues[nValues.length - 1];
        }
    }

    /**
     * What to compare with.
     *
     * @param threshold   first step below it is the predicted first error
     * @param aggregation solution score from step probabilities (its neutral policy also applies to AUROC and F1)
     * @param trials      best-of-N trials
     * @param seed        best-of-N seed
     */
    public record Settings(double threshold, PrmAggregation aggregation, int trials, long seed) {
        public static Settings defaults() {
            return new Settings(FirstErrorPredictor.DEFAULT_THRESHOLD, PrmAggregation.DEFAULT,
                    BestOfNSettings.PAPER_TRIALS, 0L);
        }

        public Settings withTrials(int value) {
            return new Settings(threshold, aggregation, value, seed);
        }

        public Settings withThreshold(double value) {
            return new Settings(value, aggregation, trials, seed);
        }
    }

    private final Settings settings;
    private final SelectionSettings selection;

    public ScorerComparison(Settings settings) {
        this.settings = settings;
        this.selection = SelectionSettings.defaults().withMethods(List.of(SelectionMethod.PRM))
                .withAggregation(settings.aggregation());
    }

    /** Every step scorer of the dataset, in order of first appearance; fails unless there are two or more. */
    public Result compare(Dataset dataset, SimulationProgress progress) {
        List<String> names = List.copyOf(dataset.stepScorers());
        if (names.size() < 2) {
            throw new IllegalArgumentException(dataset.name() + " has " + (names.isEmpty() ? "no step scorer"
                    : "one step scorer (" + names.get(0) + ")") + "; comparing needs two or more. Score it with a "
                    + "model (steplens score FILE --model DIR) to add one.");
        }
        return compare(dataset, names, progress);
    }

    /** The named scorers (two or more). Progress counts scorers, then pairs; cancellation stops between units. */
    public Result compare(Dataset dataset, List<String> scorers, SimulationProgress progress) {
        if (scorers.size() < 2 || scorers.stream().distinct().count() != scorers.size()) {
            throw new IllegalArgumentException("need two or more different scorers, got " + scorers);
        }
        int pairCount = scorers.size() * (scorers.size() - 1) / 2;
        long units = scorers.size() + pairCount + 1L;
        long done = 0;
        // answers are clustered once (the expensive part), then re-scored per scorer
        BestOfNInput base = BestOfNInput.of(dataset, selection.withScorers(scorers.get(0), selection.ormScorer()));
        progress.onProgress(++done, units);
        String boNMissing = bestOfNMissing(base);
        int[] nValues = boNMissing == null ? BestOfNSettings.defaultGrid(base.largestPool()) : new int[0];
        List<BestOfNInput> inputs = new ArrayList<>();
        List<ScorerFigures> figures = new ArrayList<>();
        for (String scorer : scorers) {
            checkCancelled(progress);
            BestOfNInput input = base.withPrmScores(dataset, settings.aggregation(), scorer);
            inputs.add(input);
            figures.add(figures(dataset, scorer, input, boNMissing, nValues, progress));
            progress.onProgress(++done, units);
        }
        List<Pair> pairs = new ArrayList<>();
        for (int a = 0; a < scorers.size(); a++) {
            for (int b = a + 1; b < scorers.size(); b++) {
                checkCancelled(progress);
                pairs.add(pair(dataset, scorers.get(a), scorers.get(b), inputs.get(a), inputs.get(b)));
                progress.onProgress(++done, units);
            }
        }
        return new Result(dataset.name(), settings.threshold(), settings.aggregation(), nValues, settings.trials(),
                figures, pairs);
    }

    private StepScoring scoring(String scorer) {
        return new StepScoring(scorer, settings.aggregation().neutral());
    }

    private boolean neutralIsCorrect() {
        return settings.aggregation().neutral() == PrmAggregation.NeutralPolicy.POSITIVE;
    }

    private ScorerFigures figures(Dataset dataset, String scorer, BestOfNInput input, String boNMissing, int[] nValues,
                                  SimulationProgress progress) {
        StepScoring scoring = scoring(scorer);
        int scored = 0;
        int labelledSteps = 0;
        boolean anyRight = false;
        boolean anyWrong = false;
        for (Problem p : dataset.problems()) {
            for (Solution s : p.solutions()) {
                double[] probs = scoring.probabilities(s);
                if (probs.length == 0) {
                    continue;
                }
                scored++;
                byte[] truth = StepTruth.of(s, neutralIsCorrect());
                for (int i = 0; truth != null && i < Math.min(truth.length, probs.length); i++) {
                    if (truth[i] != StepTruth.UNKNOWN && !Double.isNaN(probs[i])) {
                        labelledSteps++;
                        anyRight |= truth[i] == StepTruth.RIGHT;
                        anyWrong |= truth[i] == StepTruth.WRONG;
                    }
                }
            }
        }
        Metric auroc = labelledSteps == 0
                ? Metric.missing("no step labels (human ratings or first-error labels) on the steps it scored")
                : !(anyRight && anyWrong)
                ? Metric.missing("its " + labelledSteps + " labelled steps are all " + (anyRight ? "correct" : "wrong"))
                : Metric.of(Auroc.ofSteps(dataset, scoring, neutralIsCorrect()));

        List<LabelledSteps> records = LabelledSteps.of(dataset, scoring);
        Metric f1;
        Metric best;
        double bestThreshold = Double.NaN;
        if (records.isEmpty()) {
            f1 = Metric.missing("no first-error labels on the solutions it scored");
            best = f1;
        } else {
            f1 = Metric.of(ProcessBenchMetrics.compute(dataset, scoring, settings.threshold()).averageF1());
            ThresholdSearch.Choice choice = ThresholdSearch.bestF1(records);
            best = Metric.of(choice.f1());
            bestThreshold = choice.threshold();
        }

        Metric bestOfN;
        double[] curve = new double[0];
        String missing = boNMissing != null ? boNMissing : scored == 0 ? "it scored no candidate" : null;
        if (missing != null) {
            bestOfN = Metric.missing(missing);
        } else {
            BestOfNInput known = input.withoutUnknownCorrectness();
            BestOfNSettings bon = new BestOfNSettings(List.of(SelectionMethod.PRM), nValues, settings.trials(),
                    settings.seed(), 0);
            BestOfNResult result = BestOfNSimulator.run(known, bon, new SimulationProgress() {
                @Override
                public void onProgress(long done, long total) {
                }

                @Override
                public boolean isCancelled() {
                    return progress.isCancelled();
                }
            });
            curve = new double[nValues.length];
            for (int k = 0; k < nValues.length; k++) {
                curve[k] = result.mean(SelectionMethod.PRM, k);
            }
            bestOfN = Metric.of(curve[nValues.length - 1]);
        }
        return new ScorerFigures(scorer, scored, auroc, labelledSteps, f1, best, bestThreshold, records.size(), bestOfN,
                curve);
    }

    /** Why best-of-N cannot be computed on this data, or null when it can. */
    private static String bestOfNMissing(BestOfNInput input) {
        if (input.largestPool() < 2) {
            return "one candidate per problem: there is nothing to choose between";
        }
        BestOfNInput known = input.withoutUnknownCorrectness();
        if (known.problemCount() == 0) {
            return "no problem has the correctness of every answered candidate (no ground truth or verdicts)";
        }
        return null;
    }

    private Pair pair(Dataset dataset, String a, String b, BestOfNInput inputA, BestOfNInput inputB) {
        StepScoring sa = scoring(a);
        StepScoring sb = scoring(b);
        List<ProblemDisagreement> rows = new ArrayList<>();
        long steps = 0;
        double deltaSum = 0;
        int candidates = 0;
        int sameFirstError = 0;
        int choiceProblems = 0;
        int samePick = 0;
        List<Problem> problems = dataset.problems();
        for (int pi = 0; pi < problems.size(); pi++) {
            Problem p = problems.get(pi);
            int compared = 0;
            double sum = 0;
            int worstSolution = -1;
            int worstStep = -1;
            double worst = 0;
            int firstErrorDiffers = 0;
            for (int si = 0; si < p.solutionCount(); si++) {
                double[] pa = sa.probabilities(p.solution(si));
                double[] pb = sb.probabilities(p.solution(si));
                if (pa.length == 0 || pb.length == 0) {
                    continue;
                }
                for (int k = 0; k < Math.min(pa.length, pb.length); k++) {
                    if (Double.isNaN(pa[k]) || Double.isNaN(pb[k])) {
                        continue;
                    }
                    double d = pb[k] - pa[k];
                    compared++;
                    sum += Math.abs(d);
                    if (worstSolution < 0 || Math.abs(d) > Math.abs(worst)) {
                        worst = d;
                        worstSolution = si;
                        worstStep = k;
                    }
                }
                candidates++;
                boolean same = FirstErrorPredictor.predict(pa, settings.threshold())
                        == FirstErrorPredictor.predict(pb, settings.threshold());
                sameFirstError += same ? 1 : 0;
                firstErrorDiffers += same ? 0 : 1;
            }
            if (compared == 0) {
                continue;
            }
            int pickA = pick(p.id(), inputA.pools().get(pi));
            int pickB = pick(p.id(), inputB.pools().get(pi));
            if (p.solutionCount() > 1) {
                choiceProblems++;
                samePick += pickA == pickB ? 1 : 0;
            }
            steps += compared;
            deltaSum += sum;
            rows.add(new ProblemDisagreement(pi, p.id(), RunComparison.preview(p.text()), compared, sum / compared, worstSolution,
                    worstStep, worst, firstErrorDiffers, pickA, pickB));
        }
        rows.sort(Comparator.comparingDouble(ProblemDisagreement::meanAbsDelta).reversed()
                .thenComparing(Comparator.comparingInt(ProblemDisagreement::firstErrorDiffers).reversed())
                .thenComparingInt(ProblemDisagreement::problem));
        return new Pair(a, b, steps, steps == 0 ? Double.NaN : deltaSum / steps,
                candidates == 0 ? Double.NaN : (double) sameFirstError / candidates,
                choiceProblems == 0 ? Double.NaN : (double) samePick / choiceProblems, rows);
    }

    /** The PRM pick over the whole pool, by the same rule as the selections panel. */
    private int pick(String problemId, CandidatePool pool) {
        return Selections.pick(problemId, pool, selection).pick(SelectionMethod.PRM)
                .map(org.steplens.select.Pick::solutionIndex).orElse(-1);
    }

    private static void checkCancelled(SimulationProgress progress) {
        if (progress.isCancelled()) {
            throw new CancellationException("scorer comparison cancelled");
        }
    }

}
