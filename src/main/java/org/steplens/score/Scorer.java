package org.steplens.score;

import ai.onnxruntime.OrtException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.steplens.model.Dataset;
import org.steplens.model.Problem;
import org.steplens.model.Solution;

/**
 * Scores every solution of a dataset with a {@link PrmModel}: step probabilities and the solution score (their
 * product, as Lightman et al. do) stored under the model's name. Solutions are sorted by length, batched, and
 * padded to length buckets so that a batch wastes little on padding. A solution longer than the model's limit is
 * reported, never truncated.
 */
public final class Scorer {
    /**
     * The largest batch accepted: far above what fits in memory for any real PRM, but it stops a typo such as
     * 1e12 from reaching ONNX Runtime, which aborts the whole process natively when an allocation fails.
     */
    public static final int MAX_BATCH_SIZE = 4096;
    /**
     * A solution with more characters than the model's token limit times this cannot fit (no tokenizer packs this
     * many characters into one token on average), so it is reported without being tokenised: tokenising a 50 MB
     * step whole takes minutes and gigabytes.
     */
    static final int MAX_CHARS_PER_TOKEN = 32;

    private final PrmModel model;
    private final ScoreCache cache;
    private final int batchSize;

    /** A scorer without a cache, using the spec's batch size. */
    public Scorer(PrmModel model) {
        this(model, null, model.spec().batchSize());
    }

    /**
     * @param cache     where scores are remembered, or null for none
     * @param batchSize solutions per forward pass (at least 1)
     */
    public Scorer(PrmModel model, ScoreCache cache, int batchSize) {
        if (batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
            throw new IllegalArgumentException("batch size must be from 1 to " + MAX_BATCH_SIZE + ", got " + batchSize);
        }
        this.model = model;
        this.cache = cache;
        this.batchSize = batchSize;
    }

    /** One solution's place in the dataset and what is known about it. */
    private static final class Item {
        final int problem;
        final int solution;
        final String key;
        EncodedSolution encoded;
        double[] probabilities;

        Item(int problem, int solution, String key) {
            this.problem = problem;
            this.solution = solution;
            this.key = key;
        }
    }

    /**
     * Scores the dataset and returns a new one; the input is unchanged.
     *
     * @throws CancellationException when {@code progress} asks to stop
     * @throws ScoringException      when scoring cannot go on at all; a solution the model fails on (e.g. out of
     *                               memory) is only reported in the result's messages, and the others are scored
     */
    public ScoreResult score(Dataset dataset, ScoreProgress progress) throws ScoringException {
        synchronized (model) {
            return scoreLocked(dataset, progress);
        }
    }

    private ScoreResult scoreLocked(Dataset dataset, ScoreProgress progress) throws ScoringException {
        if (cache != null) {
            cache.nameScorer(model.name());
        }
        List<String> messages = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        List<Item> pending = new ArrayList<>();
        Counts counts = new Counts(dataset.solutionCount());
        List<Problem> problems = dataset.problems();
        for (int p = 0; p < problems.size(); p++) {
            Problem problem = problems.get(p);
            for (int s = 0; s < problem.solutionCount(); s++) {
                Solution solution = problem.solution(s);
                Item item = new Item(p, s, ScoreCache.key(problem.text(), solution.stepTexts()));
                items.add(item);
                if (solution.stepCount() == 0) {
                    messages.add(where(problem, s, solution) + ": has no steps; not scored");
                    counts.skipped++;
                    continue;
                }
                double[] cached = cache == null ? null : cache.get(item.key, solution.stepCount()).orElse(null);
                if (cached != null) {
                    item.probabilities = cached;
                    counts.fromCache++;
                } else {
                    pending.add(item);
                }
            }
        }
        if (cache != null) {
            cache.warning().ifPresent(messages::add);
        }
        progress.onProgress(counts.done(), counts.total);
        try {
            // Tokenised solutions are held a chunk at a time, so memory stays flat however large the dataset.
            for (int from = 0; from < pending.size(); from += CHUNK) {
                List<Item> chunk = pending.subList(from, Math.min(pending.size(), from + CHUNK));
                runChunk(problems, chunk, messages, counts, progress);
            }
        } finally {
            if (cache != null) {
                cache.save(); // also after a cancel or a failure: finished batches need not be scored again
            }
        }
        return new ScoreResult(apply(dataset, items), messages, counts.scored, counts.fromCache, counts.skipped,
                counts.tokens);
    }

    /** Solutions this many at a time are tokenised, sorted by length and batched. */
    private static final int CHUNK = 4096;

    private static final class Counts {
        final long total;
        int scored;
        int fromCache;
        int skipped;
        long tokens;

        Counts(long total) {
            this.total = total;
        }

        long done() {
            return scored + fromCache + skipped;
        }
    }

    private void runChunk(List<Problem> problems, List<Item> chunk, List<String> messages, Counts counts,
                          ScoreProgress progress) throws ScoringException {
        checkCancelled(progress);
        List<Item> toRun = new ArrayList<>(chunk.size());
        for (Item item : chunk) {
            Problem problem = problems.get(item.problem);
            Solution solution = problem.solution(item.solution);
            long chars = characters(problem.text(), solution.stepTexts());
            if (chars > (long) model.maxTokens() * MAX_CHARS_PER_TOKEN) {
                messages.add(where(problem, item.solution, solution) + ": " + chars + " characters, far more than "
                        + "the model's limit of " + model.maxTokens() + " tokens; not scored");
                counts.skipped++;
                continue;
            }
            try {
                item.encoded = model.encode(problem.text(), solution.stepTexts());
            } catch (TokenizerFailure e) {
                throw new ScoringException("the tokenizer of model " + model.name() + " (" + model.folder() + ") "
                        + "failed on " + where(problem, item.solution, solution) + ": " + e.getMessage(), e);
            } catch (IllegalStateException e) {
                messages.add(where(problem, item.solution, solution) + ": " + e.getMessage() + "; not scored");
                counts.skipped++;
                continue;
            }
            if (item.encoded.length() > model.maxTokens()) {
                messages.add(where(problem, item.solution, solution) + ": " + item.encoded.length()
                        + " tokens, more than the model's limit of " + model.maxTokens() + "; not scored");
                item.encoded = null;
                counts.skipped++;
                continue;
            }
            toRun.add(item);
        }
        toRun.sort(Comparator.comparingInt(i -> i.encoded.length()));
        for (int start = 0; start < toRun.size(); start += batchSize) {
            checkCancelled(progress);
            List<Item> batch = toRun.subList(start, Math.min(toRun.size(), start + batchSize));
            List<EncodedSolution> encoded = new ArrayList<>(batch.size());
            for (Item i : batch) {
                encoded.add(i.encoded);
                counts.tokens += i.encoded.length();
            }
            int longest = batch.get(batch.size() - 1).encoded.length();
            double[][] probabilities;
            try {
                probabilities = model.run(encoded, Buckets.paddedLength(longest, model.maxTokens()));
            } catch (OrtException | RuntimeException e) {
                // One failing batch (e.g. out of memory on its longest member) must not lose the rest of the run:
                // its solutions are tried one at a time, and those that still fail are reported one by one.
                probabilities = batch.size() == 1 ? null : new double[batch.size()][];
                if (batch.size() == 1) {
                    report(problems, batch.get(0), e, messages, counts);
                } else {
                    for (int b = 0; b < batch.size(); b++) {
                        probabilities[b] = runAlone(problems, batch.get(b), messages, counts);
                    }
                }
            }
            checkFinite(problems, batch, probabilities);
            for (int b = 0; b < batch.size(); b++) {
                Item item = batch.get(b);
                item.encoded = null;
                double[] p = probabilities == null ? null : probabilities[b];
                if (p == null) {
                    continue;
                }
                item.probabilities = p;
                counts.scored++;
                if (cache != null) {
                    cache.put(item.key, p);
                }
            }
            if (cache != null) {
                cache.flush(); // a run killed later keeps this batch
            }
            progress.onProgress(counts.done(), counts.total);
        }
    }

    /** Runs one solution on its own; null (and a message) when the model fails on it. */
    private double[] runAlone(List<Problem> problems, Item item, List<String> messages, Counts counts) {
        try {
            int length = item.encoded.length();
            return model.run(List.of(item.encoded), Buckets.paddedLength(length, model.maxTokens()))[0];
        } catch (OrtException | RuntimeException e) {
            report(problems, item, e, messages, counts);
            return null;
        }
    }

    private static void report(List<Problem> problems, Item item, Exception e, List<String> messages, Counts counts) {
        Problem problem = problems.get(item.problem);
        messages.add(where(problem, item.solution, problem.solution(item.solution)) + ": the model failed on it ("
                + item.encoded.length() + " tokens): " + PrmModel.firstLine(e.getMessage()) + "; not scored");
        counts.skipped++;
    }

    /** A model that outputs NaN or infinity is broken (or was exported wrongly): its numbers must not be kept. */
    private void checkFinite(List<Problem> problems, List<Item> batch, double[][] probabilities)
            throws ScoringException {
        if (probabilities == null) {
            return;
        }
        for (int b = 0; b < batch.size(); b++) {
            double[] p = probabilities[b];
            for (int k = 0; p != null && k < p.length; k++) {
                if (!(p[k] >= 0 && p[k] <= 1)) {
                    Item item = batch.get(b);
                    Problem problem = problems.get(item.problem);
                    throw new ScoringException("model " + model.name() + " (" + model.folder() + ") produced "
                            + p[k] + " instead of a probability, first for " + where(problem, item.solution,
                            problem.solution(item.solution)) + ", step " + (k + 1) + "; its scores cannot be used "
                            + "(check the export, e.g. float16 overflow)", null);
                }
            }
        }
    }

    private static long characters(String problem, List<String> steps) {
        long n = problem.length();
        for (String s : steps) {
            n += s.length();
        }
        return n;
    }

    private Dataset apply(Dataset dataset, List<Item> items) {
        String name = model.name();
        List<List<Solution>> solutions = new ArrayList<>();
        for (Problem p : dataset.problems()) {
            solutions.add(new ArrayList<>(p.solutions()));
        }
        for (Item item : items) {
            List<Solution> list = solutions.get(item.problem);
            Solution s = list.get(item.solution);
            if (item.probabilities != null) {
                s = withScores(s, name, item.probabilities);
            } else if (s.stepCount() > 0) {
                double[] missing = new double[s.stepCount()];
                Arrays.fill(missing, Double.NaN);
                s = s.withStepProbabilities(name, missing);
            }
            list.set(item.solution, s);
        }
        List<Problem> problems = new ArrayList<>();
        for (int p = 0; p < dataset.problems().size(); p++) {
            problems.add(dataset.problems().get(p).withSolutions(solutions.get(p)));
        }
        return dataset.withProblems(problems);
    }

    /** The solution with a model's step probabilities and their product (its solution score) under {@code name}. */
    static Solution withScores(Solution s, String name, double[] probabilities) {
        double product = 1;
        for (double v : probabilities) {
            product *= v;
        }
        return s.toBuilder().stepProbabilities(name, probabilities).score(name, product).build();
    }

    private static String where(Problem problem, int index, Solution solution) {
        return "problem " + problem.id() + ", solution " + solution.id().orElse(String.valueOf(index + 1));
    }

    private static void checkCancelled(ScoreProgress progress) {
        if (progress.isCancelled()) {
            throw new CancellationException("scoring cancelled");
        }
    }
}
