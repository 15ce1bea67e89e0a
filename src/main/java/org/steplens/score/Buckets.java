package org.steplens.score;

/**
 * Padded sequence lengths. A batch is padded to the next bucket rather than to its exact longest length, so
 * that ONNX Runtime sees a handful of shapes (and reuses its memory plans) instead of one per batch; buckets
 * grow by an eighth of the next power of two, which bounds padding at about 12%.
 */
final class Buckets {
    private Buckets() {
    }

    static int paddedLength(int longest, int limit) {
        if (longest <= 16) {
            return Math.min(16, Math.max(longest, Math.min(limit, 16)));
        }
        int pow = Integer.highestOneBit(longest - 1) << 1;
        int step = Math.max(8, pow / 8);
        int padded = (longest + step - 1) / step * step;
        return Math.max(longest, Math.min(padded, limit));
    }
}
