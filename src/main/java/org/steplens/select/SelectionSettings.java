package org.steplens.select;

import java.util.List;
import java.util.Objects;
import org.steplens.grade.Grader;
import org.steplens.model.ScorerNames;

/**
 * What to select with.
 *
 * @param methods     the methods to run, in display order
 * @param prmScorer   the step scorer whose probabilities make the PRM score (default "prm")
 * @param ormScorer   the solution scorer used as ORM (default "orm")
 * @param aggregation how step probabilities become a solution's PRM score
 * @param grader      groups answers for voting, and grades answers whose correctness the file does not state
 * @param seed        seed of the {@link SelectionMethod#RANDOM} pick
 */
public record SelectionSettings(List<SelectionMethod> methods, String prmScorer, String ormScorer,
                                PrmAggregation aggregation, Grader grader, long seed) {

    public SelectionSettings {
        methods = List.copyOf(methods);
        Objects.requireNonNull(prmScorer, "prmScorer");
        Objects.requireNonNull(ormScorer, "ormScorer");
        Objects.requireNonNull(aggregation, "aggregation");
        Objects.requireNonNull(grader, "grader");
    }

    /** Every method, scorers "prm" and "orm", the paper's aggregation, the PRM800K grader, seed 0. */
    public static SelectionSettings defaults() {
        return new SelectionSettings(List.of(SelectionMethod.values()), ScorerNames.PRM, ScorerNames.ORM,
                PrmAggregation.DEFAULT, Grader.prm800k(), 0L);
    }

    public SelectionSettings withMethods(List<SelectionMethod> value) {
        return new SelectionSettings(value, prmScorer, ormScorer, aggregation, grader, seed);
    }

    public SelectionSettings withAggregation(PrmAggregation value) {
        return new SelectionSettings(methods, prmScorer, ormScorer, value, grader, seed);
    }

    public SelectionSettings withScorers(String prm, String orm) {
        return new SelectionSettings(methods, prm, orm, aggregation, grader, seed);
    }

    public SelectionSettings withSeed(long value) {
        return new SelectionSettings(methods, prmScorer, ormScorer, aggregation, grader, value);
    }
}
