package org.steplens.score;

import ai.onnxruntime.OnnxTensor;
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
 * One batch through the model: right-padded token ids, attention mask, position ids (cumsum(mask) - 1) and token
 * type ids (0) in direct buffers, plus the flat read positions the edited graph picks its rows by (see
 * {@link ReadoutGraph}), so only [reads, columns] floats come back. Every tensor and result is closed.
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
        int reads = 0;
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
            reads += batch.get(r).readPositions().length;
        }
        long[] flatReads = new long[reads];
        int k = 0;
        for (int r = 0; r < rows; r++) {
            for (int p : batch.get(r).readPositions()) {
                flatReads[k++] = (long) r * length + p;
            }
        }
        long[] shape = {rows, length};
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put(spec.inputIds(), tensor(env, ids, shape, int32));
            if (inputNames.contains(spec.attentionMask())) {
                inputs.put(spec.attentionMask(), tensor(env, mask, shape, int32));
            }
            if (inputNames.contains(spec.positionIds())) {
                inputs.put(spec.positionIds(), tensor(env, positions, shape, int32));
            }
            if (inputNames.contains(spec.tokenTypeIds())) {
                inputs.put(spec.tokenTypeIds(), tensor(env, new long[rows * length], shape, int32));
            }
            inputs.put(ReadoutGraph.POSITIONS, tensor(env, flatReads, new long[] {reads}, false));
            try (OrtSession.Result result = runReadout(session, inputs)) {
                OnnxTensor out = (OnnxTensor) result.get(ReadoutGraph.OUTPUT).orElseThrow();
                long[] outShape = out.getInfo().getShape();
                checkShape(outShape, reads);
                int rowLength = outShape.length == 2 ? (int) outShape[1] : 1;
                FloatBuffer data = out.getFloatBuffer(); // [reads, columns]: small, so the copy is cheap
                double[][] probabilities = new double[rows][];
                k = 0;
                for (int r = 0; r < rows; r++) {
                    double[] p = new double[batch.get(r).readPositions().length];
                    for (int s = 0; s < p.length; s++) {
                        p[s] = head.probability(data, k++ * rowLength, rowLength);
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
     * Runs the edited graph. When the rows StepLens gathers do not exist, the model's output does not keep one row
     * per input token at run time (e.g. an export that pooled the sequence): say that, not ONNX Runtime's Gather error.
     */
    private static OrtSession.Result runReadout(OrtSession session, Map<String, OnnxTensor> inputs) throws OrtException {
        try {
            return session.run(inputs, java.util.Set.of(ReadoutGraph.OUTPUT));
        } catch (OrtException e) {
            String m = e.getMessage() == null ? "" : e.getMessage();
            if (m.contains("steplens_rows") && m.contains("out of data bounds")) {
                throw new IllegalStateException("the model's output does not have one row per input token at run "
                        + "time (wrong output shape: " + m.substring(m.indexOf("indices")).trim() + "); "
                        + "the export must keep the sequence axis", e);
            }
            throw e;
        }
    }

    /**
     * The read-out must hold one row per read position; a model whose shapes are only known at run time (dynamic
     * axes) can still get this wrong, e.g. an export that pooled the sequence.
     */
    static void checkShape(long[] shape, int reads) {
        if (shape.length < 1 || shape.length > 2 || shape[0] != reads) {
            throw new IllegalStateException("the model's read-out has shape " + java.util.Arrays.toString(shape)
                    + " at run time, expected [" + reads + "] or [" + reads + ", classes] for " + reads
                    + " read positions");
        }
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
