package org.steplens.select;

/**
 * Incremental selection over candidates arriving in order (a shuffled pool in best-of-N, file order for a
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

    /**
     * Adds the candidates {@code order[from..to)} in that order; values of {@code size} or more are empty slots.
     * The hot state lives in locals for the loop (this runs for every slot of every trial).
     */
    void advance(int[] order, int from, int to) {
        final int size = pool.size;
        final int[] cls = pool.answerClass;
        final double[] prm = pool.prm;
        final double[] orm = pool.orm;
        final byte[] correct = pool.correct;
        final int[] votes = this.votes;
        final int[] arrival = this.arrival;
        int first = this.first;
        int bestPrm = this.bestPrm;
        int bestOrm = this.bestOrm;
        int firstCorrect = this.firstCorrect;
        double bestPrmScore = bestPrm < 0 ? Double.NEGATIVE_INFINITY : prm[bestPrm];
        double bestOrmScore = bestOrm < 0 ? Double.NEGATIVE_INFINITY : orm[bestOrm];
        int leader = this.leader;
        // The majority leader maximises (votes, -arrival), packed in one positive long key. Who leads changes
        // unpredictably from slot to slot, so the update is branch-free (mask arithmetic): a mispredicted branch
        // here cost about a third of the whole simulation.
        long leaderKey = leader < 0 ? 0 : voteKey(votes[leader], arrival[leader]);
        int touchedCount = this.touchedCount;
        for (int i = from; i < to; i++) {
            int s = order[i];
            if (s >= size) {
                continue;
            }
            int c = cls[s];
            if (c < 0) {
                continue;
            }
            if (first < 0) {
                first = s;
            }
            double p = prm[s];
            if (p > bestPrmScore || (bestPrm < 0 && p == p)) {
                bestPrm = s;
                bestPrmScore = p;
            }
            double o = orm[s];
            if (o > bestOrmScore || (bestOrm < 0 && o == o)) {
                bestOrm = s;
                bestOrmScore = o;
            }
            if (firstCorrect < 0 && correct[s] == CandidatePool.RIGHT) {
                firstCorrect = s;
            }
            int v = ++votes[c];
            if (v == 1) {
                firstMember[c] = s;
                arrival[c] = touchedCount;
                touched[touchedCount++] = c;
            }
            long key = voteKey(v, arrival[c]);
            long takeMask = (leaderKey - key) >> 63; // all ones when key > leaderKey
            leader = (c & (int) takeMask) | (leader & ~(int) takeMask);
            leaderKey = (key & takeMask) | (leaderKey & ~takeMask);
            if (weighted) {
                this.touchedCount = touchedCount;
                addWeights(c, p, o);
            }
        }
        this.first = first;
        this.bestPrm = bestPrm;
        this.bestOrm = bestOrm;
        this.firstCorrect = firstCorrect;
        this.leader = leader;
        this.touchedCount = touchedCount;
    }

    /** Positive for any class with a vote: votes in the high half, minus the arrival rank (earlier is larger). */
    private static long voteKey(int votes, int arrival) {
        return ((long) votes << 32) - arrival;
    }

    private void addWeights(int c, double p, double o) {
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
