package org.steplens.score;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One batch through the model: right-padded token ids, attention mask and position ids (cumsum(mask) - 1) in
 * direct buffers, the output read only at the marker positions. Every tensor and result is closed.
 */
final class ForwardPass {
    private ForwardPass() {
    }

    static double[][] run(OrtSession session, PrmSpec spec, Head head, boolean int32, List<String> inputNames,
                          List<EncodedSolution> batch, int length) throws OrtException {
        OrtEnvironment env = NativeLibraries.environment();
        int rows = batch.size();
        long[] ids = new long[rows * length];
        long[] mask = new long[rows * length];
        long[] positions = new long[rows * length];
        for (int r = 0; r < rows; r++) {
            long[] seq = batch.get(r).ids();
            int base = r * length;
            for (int t = 0; t < length; t++) {
                boolean real = t < seq.length;
                ids[base + t] = real ? seq[t] : spec.padId();
                mask[base + t] = real ? 1 : 0;
                // Padding gets position 1, as Hugging Face's masked_fill does; its outputs are never read.
                positions[base + t] = real ? t : 1;
            }
        }
        long[] shape = {rows, length};
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put(spec.inputIds(), tensor(env, ids, shape, int32));
            if (spec.attentionMask() != null && inputNames.contains(spec.attentionMask())) {
                inputs.put(spec.attentionMask(), tensor(env, mask, shape, int32));
            }
            if (spec.positionIds() != null && inputNames.contains(spec.positionIds())) {
                inputs.put(spec.positionIds(), tensor(env, positions, shape, int32));
            }
            try (OrtSession.Result result = session.run(inputs, java.util.Set.of(spec.output()))) {
                OnnxValue value = result.get(spec.output()).orElseThrow();
                OnnxTensor out = (OnnxTensor) value;
                long[] outShape = out.getInfo().getShape();
                checkShape(spec, outShape, rows, length);
                int rowLength = outShape.length == 3 ? (int) outShape[2] : 1;
                FloatBuffer data = floats(out);
                double[][] probabilities = new double[rows][];
                for (int r = 0; r < rows; r++) {
                    int[] read = batch.get(r).readPositions();
                    double[] p = new double[read.length];
                    for (int s = 0; s < read.length; s++) {
                        int rowStart = (r * length + read[s]) * rowLength;
                        p[s] = head.probability(data, rowStart, rowLength);
                    }
                    probabilities[r] = p;
                }
                return probabilities;
            }
        } finally {
            for (OnnxTensor t : inputs.values()) {
                t.close();
            }
        }
    }

    /**
     * The output must be [batch, sequence] or [batch, sequence, classes] for the batch sent; a model whose shapes are
     * only known at run time (dynamic axes) can still get this wrong, e.g. an export that pooled the sequence.
     */
    static void checkShape(PrmSpec spec, long[] shape, int rows, int length) {
        boolean ok = (shape.length == 2 || shape.length == 3) && shape[0] == rows && shape[1] == length
                && (shape.length == 2 || shape[2] >= 1);
        if (!ok) {
            throw new IllegalStateException("output \"" + spec.output() + "\" has shape " + java.util.Arrays.toString(shape)
                    + " at run time, expected [" + rows + ", " + length + "] or [" + rows + ", " + length
                    + ", classes] for a batch of " + rows + " sequences of " + length + " tokens");
        }
    }

    /**
     * The output's floats. ONNX Runtime 1.29's zero-copy {@code getBufferRef()} throws on output tensors, so this
     * copies; an export that gathers the needed logits inside the graph keeps the copy small.
     */
    private static FloatBuffer floats(OnnxTensor out) {
        return out.getFloatBuffer();
    }

    private static OnnxTensor tensor(OrtEnvironment env, long[] values, long[] shape, boolean int32) throws OrtException {
        if (int32) {
            IntBuffer buf = ByteBuffer.allocateDirect(values.length * 4).order(ByteOrder.nativeOrder()).asIntBuffer();
            for (long v : values) {
                buf.put((int) v);
            }
            return OnnxTensor.createTensor(env, buf.flip(), shape);
        }
        LongBuffer buf = ByteBuffer.allocateDirect(values.length * 8).order(ByteOrder.nativeOrder()).asLongBuffer();
        buf.put(values).flip();
        return OnnxTensor.createTensor(env, buf, shape);
    }
}
