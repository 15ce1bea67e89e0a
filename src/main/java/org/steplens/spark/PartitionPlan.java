package org.steplens.spark;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.steplens.io.NativeLines;
import org.steplens.model.Dataset;
import org.steplens.model.Problem;
import org.steplens.model.Solution;
import org.steplens.score.ScoreCache;

/**
 * Cuts a dataset into partitions of whole problems, in input order, with about the same number of solutions
 * each. The cut depends only on the input and the partition count, never on the cluster, so a restarted job
 * plans the same partitions and finds the ones it finished before.
 */
final class PartitionPlan {
    /** Solutions per partition when the count is not given: minutes of work for a 7B model on one GPU. */
    static final int DEFAULT_SOLUTIONS_PER_PARTITION = 1000;

    private PartitionPlan() {
    }

    /** The default partition count for {@code dataset}: one per {@value #DEFAULT_SOLUTIONS_PER_PARTITION} solutions. */
    static int defaultCount(Dataset dataset) {
        long n = dataset.solutionCount();
        return (int) Math.max(1, Math.min(dataset.problemCount(),
                (n + DEFAULT_SOLUTIONS_PER_PARTITION - 1) / DEFAULT_SOLUTIONS_PER_PARTITION));
    }

    /**
     * @param count      partitions wanted (fewer when there are fewer problems; never an empty partition)
     * @param modelHash  part of every fingerprint, so another model never reuses these scores
     */
    static List<PartitionInput> plan(Dataset dataset, int count, String modelHash, int batchSize) {
        return plan(dataset, count, modelHash, batchSize, null);
    }

    /**
     * @param earlier scores of an earlier run (keyed as the score cache keys them), attached to the partitions
     *                whose solutions they cover so that executors score only the rest; null for none
     */
    static List<PartitionInput> plan(Dataset dataset, int count, String modelHash, int batchSize,
                                     ScoreCache earlier) {
        if (count < 1) {
            throw new IllegalArgumentException("partitions must be at least 1, got " + count);
        }
        List<Problem> problems = dataset.problems();
        int parts = Math.max(1, Math.min(count, problems.size()));
        long total = dataset.solutionCount();
        List<PartitionInput> out = new ArrayList<>(parts);
        int from = 0;
        long before = 0;
        for (int k = 0; k < parts; k++) {
            // End this partition where the running solution count passes its share, leaving a problem for each
            // partition still to come.
            long target = total * (k + 1) / parts;
            int to = from + 1;
            long seen = before + problems.get(from).solutionCount();
            while (to < problems.size() - (parts - k - 1) && seen < target) {
                seen += problems.get(to).solutionCount();
                to++;
            }
            if (k == parts - 1) {
                to = problems.size();
            }
            List<String> lines = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                lines.add(NativeLines.toLine(problems.get(i)));
            }
            PartitionInput input = new PartitionInput(k, fingerprint(modelHash, batchSize, lines), List.copyOf(lines));
            out.add(earlier == null ? input : input.withKnown(known(problems.subList(from, to), earlier)));
            for (int i = from; i < to; i++) {
                before += problems.get(i).solutionCount();
            }
            from = to;
        }
        return out;
    }

    /** The scores {@code earlier} holds for these problems' solutions. */
    private static Map<String, double[]> known(List<Problem> problems, ScoreCache earlier) {
        Map<String, double[]> known = new HashMap<>();
        for (Problem p : problems) {
            for (Solution s : p.solutions()) {
                if (s.stepCount() > 0) {
                    String key = ScoreCache.key(p.text(), s.stepTexts());
                    earlier.get(key, s.stepCount()).ifPresent(v -> known.put(key, v));
                }
            }
        }
        return known;
    }

    /** SHA-256 over the model hash, the batch size and every line: same text and model, same fingerprint. */
    static String fingerprint(String modelHash, int batchSize, List<String> lines) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every JVM has SHA-256
        }
        sha.update((modelHash + "\n" + batchSize + "\n").getBytes(StandardCharsets.UTF_8));
        for (String line : lines) {
            sha.update(line.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
        }
        return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    }
}
