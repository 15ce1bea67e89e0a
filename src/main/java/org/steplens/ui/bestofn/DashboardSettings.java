package org.steplens.ui.bestofn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.steplens.model.ScorerNames;
import org.steplens.select.BestOfNSettings;
import org.steplens.select.PrmAggregation;
import org.steplens.select.SelectionMethod;
import org.steplens.select.SelectionSettings;

/**
 * What the dashboard simulates: methods, N grid, trials, seed, PRM aggregation and scorers.
 *
 * @param methods     methods in legend order
 * @param nValues     N grid, ascending
 * @param trials      shuffles per problem
 * @param seed        simulation seed
 * @param aggregation how step probabilities make a PRM score
 * @param prmScorer   step scorer for the PRM
 * @param ormScorer   solution scorer for the ORM
 */
public record DashboardSettings(List<SelectionMethod> methods, int[] nValues, int trials, long seed,
                                PrmAggregation aggregation, String prmScorer, String ormScorer) {

    public DashboardSettings {
        methods = List.copyOf(methods);
        nValues = nValues.clone();
        Objects.requireNonNull(aggregation, "aggregation");
        Objects.requireNonNull(prmScorer, "prmScorer");
        Objects.requireNonNull(ormScorer, "ormScorer");
    }

    /**
     * Sensible settings for a dataset: the methods its scores allow plus majority and the oracle; the paper's
     * protocol when pools reach 1,860, else powers of two up to the largest pool; 400 trials; seed 0.
     */
    public static DashboardSettings defaults(DatasetFacts facts) {
        return defaults(facts, ScorerNames.PRM, PrmAggregation.DEFAULT);
    }

    /** As {@link #defaults(DatasetFacts)}, with the PRM scored by {@code prmScorer} under {@code aggregation}. */
    public static DashboardSettings defaults(DatasetFacts facts, String prmScorer, PrmAggregation aggregation) {
        // offer only what the data has: the session's scorer if present, else the file's first step scorer
        if (!facts.stepScorers().contains(prmScorer) && !facts.solutionScorers().contains(prmScorer)
                && !facts.stepScorers().isEmpty()) {
            prmScorer = facts.stepScorers().get(0);
        }
        String ormScorer = facts.solutionScorers().contains(ScorerNames.ORM) || facts.solutionScorers().isEmpty()
                ? ScorerNames.ORM : facts.solutionScorers().get(0);
        boolean prm = facts.stepScorers().contains(prmScorer) || facts.solutionScorers().contains(prmScorer);
        boolean orm = facts.solutionScorers().contains(ormScorer);
        List<SelectionMethod> methods = new ArrayList<>();
        if (prm) {
            methods.add(SelectionMethod.PRM);
        }
        if (orm) {
            methods.add(SelectionMethod.ORM);
        }
        methods.add(SelectionMethod.MAJORITY);
        methods.add(SelectionMethod.ORACLE);
        return new DashboardSettings(methods, BestOfNSettings.defaultGrid(facts.largestPool()), BestOfNSettings.PAPER_TRIALS, 0L,
                aggregation, prmScorer, ormScorer);
    }

    /**
     * The simulation settings. One processor is left to the UI (results do not depend on the thread count), so
     * the window stays responsive while a large run uses the rest.
     */
    public BestOfNSettings simulation() {
        return new BestOfNSettings(methods, nValues, trials, seed,
                Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
    }

    public SelectionSettings selection() {
        return SelectionSettings.defaults().withMethods(methods).withScorers(prmScorer, ormScorer)
                .withAggregation(aggregation);
    }

    public DashboardSettings withMethods(List<SelectionMethod> value) {
        return new DashboardSettings(value, nValues, trials, seed, aggregation, prmScorer, ormScorer);
    }

    public DashboardSettings withNValues(int[] value) {
        return new DashboardSettings(methods, value, trials, seed, aggregation, prmScorer, ormScorer);
    }

    public DashboardSettings withTrials(int value) {
        return new DashboardSettings(methods, nValues, value, seed, aggregation, prmScorer, ormScorer);
    }

    public DashboardSettings withSeed(long value) {
        return new DashboardSettings(methods, nValues, trials, value, aggregation, prmScorer, ormScorer);
    }

    public DashboardSettings withAggregation(PrmAggregation value) {
        return new DashboardSettings(methods, nValues, trials, seed, value, prmScorer, ormScorer);
    }

    public DashboardSettings withScorers(String prm, String orm) {
        return new DashboardSettings(methods, nValues, trials, seed, aggregation, prm, orm);
    }

    /** The N grid as typed: "10,25,50". */
    public String nGridText() {
        return String.join(",", Arrays.stream(nValues).mapToObj(Integer::toString).toList());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DashboardSettings s && methods.equals(s.methods) && Arrays.equals(nValues, s.nValues)
                && trials == s.trials && seed == s.seed && aggregation.equals(s.aggregation)
                && prmScorer.equals(s.prmScorer) && ormScorer.equals(s.ormScorer);
    }

    @Override
    public int hashCode() {
        return Objects.hash(methods, Arrays.hashCode(nValues), trials, seed, aggregation, prmScorer, ormScorer);
    }

    @Override
    public String toString() {
        return "DashboardSettings[methods=" + methods + ", n=" + nGridText() + ", trials=" + trials + ", seed=" + seed
                + ", aggregation=" + aggregation.label() + ", prm=" + prmScorer + ", orm=" + ormScorer + "]";
    }
}
