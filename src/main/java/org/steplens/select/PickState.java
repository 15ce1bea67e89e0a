package org.steplens.select;

/**
 * Incremental selection over candidates arriving one at a time (a shuffled pool in best-of-N, file order for a
 * single problem): after any prefix, {@link #pick} answers every method in O(1). Not thread-safe; reusable via
 * {@link #reset}.
 *
 * <p>Rules (the same everywhere in StepLens):
 * <ul>
 *   <li>Candidates without an answer are ignored, as the paper's protocol drops them.</li>
 *   <li>PRM / ORM: the highest score; a tie goes to the candidate that arrived first; unscored candidates never
 *       win.</li>
 *   <li>Majority: the class with most members; weighted majority: the class with the largest score sum over its
 *       scored members. A tie goes to the class whose first member arrived first. The class is represented by
 *       that first member.</li>
 *   <li>Oracle: the first correct candidate, else the first candidate. Random: the first candidate (arrival order
 *       is random in a simulation; {@link Selections} draws its own random candidate).</li>
 * </ul>
 */
final class PickState {
    private CandidatePool pool;
    private final boolean weighted;

    private int first;
    private int bestPrm;
    private int bestOrm;
    private int firstCorrect;

    private int[] votes = new int[0];
    private int[] firstMember = new int[0];
    private int[] arrival = new int[0];
    private double[] prmSum = new double[0];
    private double[] ormSum = new double[0];
    private boolean[] prmScored = new boolean[0];
    private boolean[] ormScored = new boolean[0];
    private int[] touched = new int[0];
    private int touchedCount;
    private int leader;
    private int prmLeader;
    private int ormLeader;

    /** @param weighted whether to keep score sums per class (only the weighted-majority methods need them) */
    PickState(boolean weighted) {
        this.weighted = weighted;
    }

    void reset(CandidatePool newPool) {
        int k = newPool.classCount();
        if (votes.length < k) {
            votes = new int[k];
            firstMember = new int[k];
            arrival = new int[k];
            touched = new int[k];
            prmSum = new double[k];
            ormSum = new double[k];
            prmScored = new boolean[k];
            ormScored = new boolean[k];
        } else {
            for (int i = 0; i < touchedCount; i++) {
                int c = touched[i];
                votes[c] = 0;
                prmSum[c] = 0;
                ormSum[c] = 0;
                prmScored[c] = false;
                ormScored[c] = false;
            }
        }
        pool = newPool;
        touchedCount = 0;
        first = bestPrm = bestOrm = firstCorrect = -1;
        leader = prmLeader = ormLeader = -1;
    }

    void add(int s) {
        int c = pool.answerClass[s];
        if (c < 0) {
            return;
        }
        if (first < 0) {
            first = s;
        }
        double p = pool.prm[s];
        if (p == p && (bestPrm < 0 || p > pool.prm[bestPrm])) {
            bestPrm = s;
        }
        double o = pool.orm[s];
        if (o == o && (bestOrm < 0 || o > pool.orm[bestOrm])) {
            bestOrm = s;
        }
        if (firstCorrect < 0 && pool.correct[s] == CandidatePool.RIGHT) {
            firstCorrect = s;
        }
        if (votes[c] == 0) {
            firstMember[c] = s;
            arrival[c] = touchedCount;
            touched[touchedCount++] = c;
        }
        votes[c]++;
        if (leader < 0 || votes[c] > votes[leader] || (votes[c] == votes[leader] && arrival[c] < arrival[leader])) {
            leader = c;
        }
        if (weighted) {
            if (p == p) {
                prmSum[c] += p;
                prmScored[c] = true;
                prmLeader = updateLeader(prmLeader, c, p, prmSum, prmScored);
            }
            if (o == o) {
                ormSum[c] += o;
                ormScored[c] = true;
                ormLeader = updateLeader(ormLeader, c, o, ormSum, ormScored);
            }
        }
    }

    /** Only class c's sum changed (by w); a fall of the leader's own sum needs a rescan. */
    private int updateLeader(int current, int c, double w, double[] sum, boolean[] scored) {
        if (current == c && w < 0) {
            int best = -1;
            for (int i = 0; i < touchedCount; i++) {
                int k = touched[i];
                if (scored[k] && (best < 0 || sum[k] > sum[best])) {
                    best = k;
                }
            }
            return best;
        }
        if (current < 0 || sum[c] > sum[current] || (sum[c] == sum[current] && arrival[c] < arrival[current])) {
            return c;
        }
        return current;
    }

    /** The chosen candidate, or -1 when the method has nothing to choose from. */
    int pick(SelectionMethod method) {
        return switch (method) {
            case MAJORITY -> leader < 0 ? -1 : firstMember[leader];
            case ORM -> bestOrm;
            case PRM -> bestPrm;
            case PRM_WEIGHTED_MAJORITY -> requireWeighted(prmLeader);
            case ORM_WEIGHTED_MAJORITY -> requireWeighted(ormLeader);
            case ORACLE -> firstCorrect >= 0 ? firstCorrect : first;
            case RANDOM -> first;
        };
    }

    private int requireWeighted(int cls) {
        if (!weighted) {
            throw new IllegalStateException("weighted majority needs a PickState built with weighted = true");
        }
        return cls < 0 ? -1 : firstMember[cls];
    }

    /** Votes of a class among the candidates added so far. */
    int votes(int cls) {
        return votes[cls];
    }

    double prmSum(int cls) {
        return prmSum[cls];
    }

    double ormSum(int cls) {
        return ormSum[cls];
    }
}
