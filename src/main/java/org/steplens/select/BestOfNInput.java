package org.steplens.select;

import java.util.List;
import org.steplens.model.Dataset;
import org.steplens.model.Problem;

/**
 * A dataset reduced for best-of-N simulation: one {@link CandidatePool} per problem. Build once per dataset and
 * scoring choice; simulate as often as needed.
 *
 * @param problemIds the problems' ids, in dataset order
 * @param pools      their candidate pools
 */
public record BestOfNInput(List<String> problemIds, List<CandidatePool> pools) {

    public BestOfNInput {
        problemIds = List.copyOf(problemIds);
        pools = List.copyOf(pools);
        if (problemIds.size() != pools.size()) {
            throw new IllegalArgumentException(problemIds.size() + " ids for " + pools.size() + " pools");
        }
    }

    /** Reduces every problem (in parallel: clustering answers is the slow part). */
    public static BestOfNInput of(Dataset dataset, SelectionSettings settings) {
        List<Problem> problems = dataset.problems();
        List<CandidatePool> pools = problems.parallelStream().map(p -> CandidatePool.of(p, settings)).toList();
        return new BestOfNInput(problems.stream().map(Problem::id).toList(), pools);
    }

    /** The same answer classes with PRM scores for another aggregation or scorer (cheap: no re-clustering). */
    public BestOfNInput withPrmScores(Dataset dataset, PrmAggregation aggregation, String scorer) {
        List<Problem> problems = dataset.problems();
        if (problems.size() != pools.size()) {
            throw new IllegalArgumentException("dataset has " + problems.size() + " problems, input " + pools.size());
        }
        List<CandidatePool> rescored = java.util.stream.IntStream.range(0, pools.size()).parallel()
                .mapToObj(i -> pools.get(i).withPrmScores(problems.get(i), aggregation, scorer)).toList();
        return new BestOfNInput(problemIds, rescored);
    }

    public int problemCount() {
        return pools.size();
    }

    /** The largest pool. */
    public int largestPool() {
        int max = 0;
        for (CandidatePool p : pools) {
            max = Math.max(max, p.size());
        }
        return max;
    }

    /** Answered candidates whose correctness is unknown (no label, no ground truth), over all problems. */
    public long unknownCandidates() {
        long n = 0;
        for (CandidatePool p : pools) {
            n += unknownIn(p);
        }
        return n;
    }

    /**
     * This input without the problems where some answered candidate's correctness is unknown: picking such a
     * candidate would count as a failure, so the accuracy would be wrong rather than merely noisy.
     */
    public BestOfNInput withoutUnknownCorrectness() {
        List<String> ids = new java.util.ArrayList<>();
        List<CandidatePool> kept = new java.util.ArrayList<>();
        for (int i = 0; i < pools.size(); i++) {
            if (unknownIn(pools.get(i)) == 0) {
                ids.add(problemIds.get(i));
                kept.add(pools.get(i));
            }
        }
        return new BestOfNInput(ids, kept);
    }

    private static int unknownIn(CandidatePool p) {
        int n = 0;
        for (int c = 0; c < p.size(); c++) {
            if (p.answerClass(c) >= 0 && p.correct(c) == null) {
                n++;
            }
        }
        return n;
    }
}
