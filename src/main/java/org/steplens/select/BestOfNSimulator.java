package org.steplens.select;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Best-of-N by the protocol of Lightman et al. (2023): for each problem and trial, pad the problem's candidates
 * with empty slots up to P = max(largest pool in the dataset, largest N), shuffle the P slots, and for each N take
 * the first N slots, drop empty slots and candidates without an answer, and let each method pick; the problem is
 * solved when the pick is correct. Accuracy is solved / problems per trial; the result holds its mean and
 * (population) standard deviation over trials.
 *
 * <p>One pass over the shuffled slots serves every N: the selection state after the first N slots is the pick for
 * N. Work is split into (problem, block of trials) units run on a bounded pool of worker threads; every (problem,
 * trial) has its own seed, so results are identical for any thread count.
 */
public final class BestOfNSimulator {
    private static final int TRIAL_BLOCK = 50;

    private BestOfNSimulator() {
    }

    public static BestOfNResult run(BestOfNInput input, BestOfNSettings settings, SimulationProgress progress) {
        int problems = input.problemCount();
        int trials = settings.trials();
        int[] nValues = settings.nValues();
        int slotCount = slotCount(input, settings);
        List<SelectionMethod> methods = settings.methods();
        boolean weighted = methods.contains(SelectionMethod.PRM_WEIGHTED_MAJORITY)
                || methods.contains(SelectionMethod.ORM_WEIGHTED_MAJORITY);
        byte[] solved = new byte[Math.multiplyExact(Math.multiplyExact(problems, trials), nValues.length)];

        int blocksPerProblem = (trials + TRIAL_BLOCK - 1) / TRIAL_BLOCK;
        long units = (long) problems * blocksPerProblem;
        AtomicLong nextUnit = new AtomicLong();
        AtomicLong doneUnits = new AtomicLong();
        int threads = (int) Math.max(1, Math.min(settings.effectiveThreads(), units));
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    PickState state = new PickState(weighted);
                    SlotShuffle shuffle = new SlotShuffle(slotCount);
                    int[] chosen = new int[methods.size() * nValues.length];
                    long unit;
                    while ((unit = nextUnit.getAndIncrement()) < units) {
                        if (progress.isCancelled()) {
                            throw new CancellationException("best-of-N simulation cancelled");
                        }
                        int problem = (int) (unit / blocksPerProblem);
                        int from = (int) (unit % blocksPerProblem) * TRIAL_BLOCK;
                        int to = Math.min(trials, from + TRIAL_BLOCK);
                        CandidatePool candidates = input.pools().get(problem);
                        for (int trial = from; trial < to; trial++) {
                            simulate(candidates, state, shuffle, settings.seed(), problem, trial, nValues, methods,
                                    chosen, solved, ((long) problem * trials + trial) * nValues.length);
                        }
                        progress.onProgress(doneUnits.incrementAndGet(), units);
                    }
                    return null;
                }));
            }
            for (Future<?> f : workers) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("best-of-N simulation interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new BestOfNResult(input.problemIds(), methods, nValues, trials, slotCount, solved);
    }

    private static void simulate(CandidatePool candidates, PickState state, SlotShuffle shuffle, long seed,
                                 int problem, int trial, int[] nValues, List<SelectionMethod> methods,
                                 int[] chosen, byte[] solved, long offset) {
        simulate(candidates, state, shuffle, seed, problem, trial, nValues, methods, chosen);
        for (int k = 0; k < nValues.length; k++) {
            int bits = 0;
            for (int m = 0; m < methods.size(); m++) {
                int c = chosen[k * methods.size() + m];
                if (c >= 0 && candidates.correct[c] == CandidatePool.RIGHT) {
                    bits |= 1 << m;
                }
            }
            solved[(int) (offset + k)] = (byte) bits;
        }
    }

    /** One (problem, trial): fills {@code chosen[k * methods + m]} with method m's pick at N = nValues[k]. */
    private static void simulate(CandidatePool candidates, PickState state, SlotShuffle shuffle, long seed,
                                 int problem, int trial, int[] nValues, List<SelectionMethod> methods, int[] chosen) {
        state.reset(candidates);
        shuffle.start(seed, problem, trial);
        int done = 0;
        for (int k = 0; k < nValues.length; k++) {
            int[] slots = shuffle.advance(nValues[k] - done);
            state.advance(slots, done, nValues[k]);
            done = nValues[k];
            for (int m = 0; m < methods.size(); m++) {
                chosen[k * methods.size() + m] = state.pick(methods.get(m));
            }
        }
    }

    /**
     * The picks of one (problem, trial), {@code [N index][method index]}, -1 for no pick: exactly what
     * {@link #run} scores, for views that show a single trial and for checks against a reference.
     */
    public static int[][] picks(BestOfNInput input, BestOfNSettings settings, int problem, int trial) {
        List<SelectionMethod> methods = settings.methods();
        int[] nValues = settings.nValues();
        int slotCount = slotCount(input, settings);
        int[] chosen = new int[methods.size() * nValues.length];
        simulate(input.pools().get(problem), new PickState(true), new SlotShuffle(slotCount), settings.seed(),
                problem, trial, nValues, methods, chosen);
        int[][] out = new int[nValues.length][];
        for (int k = 0; k < nValues.length; k++) {
            out[k] = java.util.Arrays.copyOfRange(chosen, k * methods.size(), (k + 1) * methods.size());
        }
        return out;
    }

    /** The number of slots every pool is padded to: max(largest pool, largest N). */
    public static int slotCount(BestOfNInput input, BestOfNSettings settings) {
        return Math.max(input.largestPool(), settings.largestN());
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "best-of-n-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
