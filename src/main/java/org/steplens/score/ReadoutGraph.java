package org.steplens.score;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TensorShapeProto;
import ai.onnx.proto.OnnxMl.TypeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import com.google.protobuf.CodedInputStream;
import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rewrites a PRM's ONNX graph, once at load, so that a forward pass returns only the rows scoring reads: the model
 * gets one more input, {@value #POSITIONS} (int64 [reads], each {@code row * paddedLength + position}), and its only
 * output becomes {@value #OUTPUT} ([reads, columns]). For a language-model head only the two label columns are kept.
 *
 * <p>Where the output is a language-model head's MatMul against a weight matrix (as optimum exports it), the rows
 * are picked from the hidden states before the MatMul and only the two label columns of the weight are multiplied,
 * so the [batch, sequence, vocabulary] logits (4 GB for Llama-3's 128k vocabulary at 4 × 2,000 tokens) are never
 * computed. Otherwise the rows are picked from the output itself. Nodes that no longer lead to the output are
 * removed, so ONNX Runtime does not run them. Only Flatten, Gather, MatMul and Transpose are added (opset 1+).
 */
final class ReadoutGraph {
    static final String POSITIONS = "steplens_read_positions";
    static final String OUTPUT = "steplens_readout";
    private static final String PREFIX = "steplens_";
    /** Unary element-wise ops that may sit between the head's MatMul and the output (e.g. a Cast to float). */
    private static final Set<String> PASS_THROUGH = Set.of("Cast", "Identity");

    /** The edited model and whether the language-model head was cut down to its label columns. */
    record Edited(byte[] model, boolean headCut) {
    }

    /** What the model's output looks like before editing. */
    record OutputInfo(int elementType, List<Long> dims) {
        /** The last dimension when the output has rank 3 and it is fixed; 1 for rank 2; -1 when unknown. */
        long rowLength() {
            if (dims.size() == 2) {
                return 1;
            }
            return dims.size() == 3 ? dims.get(2) : -1;
        }
    }

    private ReadoutGraph() {
    }

    /**
     * Reads the model file; its weights are not copied (they stay in the mapped file, or in external data files
     * that ONNX Runtime reads itself).
     */
    static ModelProto read(Path modelFile) throws IOException {
        try (FileChannel channel = FileChannel.open(modelFile, StandardOpenOption.READ)) {
            MappedByteBuffer mapped = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
            CodedInputStream in = CodedInputStream.newInstance(mapped);
            in.enableAliasing(true);
            in.setSizeLimit(Integer.MAX_VALUE);
            return ModelProto.parseFrom(in);
        }
    }

    /** The named graph output's element type and dimensions (-1 where symbolic), or null when there is none. */
    static OutputInfo output(ModelProto model, String name) {
        for (ValueInfoProto v : model.getGraph().getOutputList()) {
            if (v.getName().equals(name)) {
                TypeProto.Tensor t = v.getType().getTensorType();
                List<Long> dims = new ArrayList<>();
                for (TensorShapeProto.Dimension d : t.getShape().getDimList()) {
                    dims.add(d.hasDimValue() ? d.getDimValue() : -1L);
                }
                return new OutputInfo(t.getElemType(), dims);
            }
        }
        return null;
    }

    /**
     * @param output  the model output scoring reads
     * @param columns for a language-model head, the label ids to keep in this order; null keeps every column
     */
    static Edited edit(ModelProto model, String output, long[] columns) {
        GraphProto graph = model.getGraph();
        OutputInfo info = output(model, output);
        Map<String, NodeProto> producers = new HashMap<>();
        for (NodeProto node : graph.getNodeList()) {
            for (String out : node.getOutputList()) {
                producers.put(out, node);
            }
        }
        Map<String, TensorProto> initializers = new HashMap<>();
        for (TensorProto t : graph.getInitializerList()) {
            initializers.put(t.getName(), t);
        }
        List<NodeProto> added = new ArrayList<>();
        List<TensorProto> constants = new ArrayList<>();
        String readout = columns == null ? null : cutHead(output, columns, producers, initializers, added, constants);
        boolean cut = readout != null;
        if (!cut) {
            String rows = pickRows(output, added);
            if (columns != null) {
                constants.add(int64(PREFIX + "label_ids", columns));
                added.add(node("Gather", List.of(rows, PREFIX + "label_ids"), PREFIX + "labels", 1));
                rows = PREFIX + "labels";
            }
            readout = rows;
        }
        added.add(node("Identity", List.of(readout), OUTPUT, null));

        GraphProto.Builder g = graph.toBuilder();
        g.addAllNode(added).addAllInitializer(constants);
        g.addInput(ValueInfoProto.newBuilder().setName(POSITIONS).setType(tensorType(TensorProto.DataType.INT64_VALUE,
                List.of(-1L))));
        long width = columns != null ? columns.length : Math.max(info.rowLength(), -1);
        g.clearOutput().addOutput(ValueInfoProto.newBuilder().setName(OUTPUT)
                .setType(tensorType(info.elementType(), List.of(-1L, width))));
        prune(g);
        ModelProto edited = model.toBuilder().setGraph(g).build();
        return new Edited(edited.toByteArray(), cut);
    }

    /** Rows of a [batch, sequence, ...] value picked by the flat positions: Flatten(axis 2), then Gather. */
    private static String pickRows(String value, List<NodeProto> added) {
        String flat = PREFIX + "flat_" + added.size();
        String rows = PREFIX + "rows_" + added.size();
        added.add(NodeProto.newBuilder().setOpType("Flatten").addInput(value).addOutput(flat).setName(flat)
                .addAttribute(AttributeProto.newBuilder().setName("axis").setType(AttributeProto.AttributeType.INT)
                        .setI(2)).build());
        added.add(node("Gather", List.of(flat, POSITIONS), rows, 0));
        return rows;
    }

    /**
     * When {@code output} is MatMul(hidden, W) (through Casts or Identities) with W a [hidden, vocabulary] weight
     * (an initializer, or the Transpose of one), builds MatMul(rows of hidden, label columns of W) followed by the
     * same Casts. Returns its output name, or null when the graph has another shape.
     */
    private static String cutHead(String output, long[] columns, Map<String, NodeProto> producers,
                                  Map<String, TensorProto> initializers, List<NodeProto> added,
                                  List<TensorProto> constants) {
        Deque<NodeProto> after = new ArrayDeque<>();
        NodeProto node = producers.get(output);
        while (node != null && PASS_THROUGH.contains(node.getOpType()) && node.getInputCount() == 1) {
            after.push(node);
            node = producers.get(node.getInput(0));
        }
        if (node == null || !node.getOpType().equals("MatMul") || node.getInputCount() != 2) {
            return null;
        }
        String weight = node.getInput(1);
        TensorProto w = initializers.get(weight);
        boolean transposed = false;
        if (w == null) {
            NodeProto t = producers.get(weight);
            if (t == null || !t.getOpType().equals("Transpose") || !isSwap(t) || initializers.get(t.getInput(0)) == null) {
                return null;
            }
            w = initializers.get(t.getInput(0));
            transposed = true;
        }
        if (w.getDimsCount() != 2) {
            return null;
        }
        long vocabulary = transposed ? w.getDims(0) : w.getDims(1);
        for (long c : columns) {
            if (c < 0 || c >= vocabulary) {
                return null;
            }
        }
        constants.add(int64(PREFIX + "label_ids", columns));
        String picked = PREFIX + "label_weights";
        if (transposed) {
            added.add(node("Gather", List.of(w.getName(), PREFIX + "label_ids"), picked + "_rows", 0));
            added.add(NodeProto.newBuilder().setOpType("Transpose").addInput(picked + "_rows").addOutput(picked)
                    .setName(picked).build());
        } else {
            added.add(node("Gather", List.of(w.getName(), PREFIX + "label_ids"), picked, 1));
        }
        String hidden = pickRows(node.getInput(0), added);
        String value = PREFIX + "label_logits";
        added.add(node("MatMul", List.of(hidden, picked), value, null));
        while (!after.isEmpty()) {
            NodeProto op = after.pop();
            String next = value + "_" + op.getOpType().toLowerCase(java.util.Locale.ROOT) + after.size();
            added.add(op.toBuilder().clearInput().addInput(value).clearOutput().addOutput(next).setName(next).build());
            value = next;
        }
        return value;
    }

    private static boolean isSwap(NodeProto transpose) {
        for (AttributeProto a : transpose.getAttributeList()) {
            if (a.getName().equals("perm")) {
                return a.getIntsList().equals(List.of(1L, 0L));
            }
        }
        return true; // no perm: reverses the axes, a swap for a matrix
    }

    /** Removes the nodes, initializers and value infos that no longer lead to the graph's outputs. */
    private static void prune(GraphProto.Builder g) {
        Map<String, Integer> producer = new HashMap<>();
        for (int i = 0; i < g.getNodeCount(); i++) {
            for (String out : g.getNode(i).getOutputList()) {
                producer.put(out, i);
            }
        }
        Set<String> needed = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        for (ValueInfoProto out : g.getOutputList()) {
            todo.add(out.getName());
        }
        Set<Integer> keep = new HashSet<>();
        while (!todo.isEmpty()) {
            String name = todo.poll();
            if (!needed.add(name)) {
                continue;
            }
            Integer i = producer.get(name);
            if (i != null && keep.add(i)) {
                List<String> uses = new ArrayList<>(g.getNode(i).getInputList());
                for (AttributeProto a : g.getNode(i).getAttributeList()) {
                    subgraphInputs(a, uses); // If/Loop bodies read values of the outer graph
                }
                for (String use : uses) {
                    if (!use.isEmpty()) {
                        todo.add(use);
                    }
                }
            }
        }
        List<NodeProto> nodes = new ArrayList<>();
        for (int i = 0; i < g.getNodeCount(); i++) {
            if (keep.contains(i)) {
                nodes.add(g.getNode(i));
            }
        }
        List<TensorProto> initializers = new ArrayList<>();
        for (TensorProto t : g.getInitializerList()) {
            if (needed.contains(t.getName())) {
                initializers.add(t);
            }
        }
        List<ValueInfoProto> infos = new ArrayList<>();
        for (ValueInfoProto v : g.getValueInfoList()) {
            if (needed.contains(v.getName())) {
                infos.add(v);
            }
        }
        g.clearNode().addAllNode(nodes).clearInitializer().addAllInitializer(initializers).clearValueInfo()
                .addAllValueInfo(infos);
    }

    private static void subgraphInputs(AttributeProto a, List<String> uses) {
        List<GraphProto> graphs = new ArrayList<>(a.getGraphsList());
        if (a.hasG()) {
            graphs.add(a.getG());
        }
        for (GraphProto sub : graphs) {
            for (NodeProto n : sub.getNodeList()) {
                uses.addAll(n.getInputList());
                for (AttributeProto inner : n.getAttributeList()) {
                    subgraphInputs(inner, uses);
                }
            }
        }
    }

    private static NodeProto node(String op, List<String> inputs, String output, Integer axis) {
        NodeProto.Builder b = NodeProto.newBuilder().setOpType(op).addAllInput(inputs).addOutput(output).setName(output);
        if (axis != null) {
            b.addAttribute(AttributeProto.newBuilder().setName("axis").setType(AttributeProto.AttributeType.INT)
                    .setI(axis));
        }
        return b.build();
    }

    private static TensorProto int64(String name, long[] values) {
        TensorProto.Builder t = TensorProto.newBuilder().setName(name).setDataType(TensorProto.DataType.INT64_VALUE)
                .addDims(values.length);
        for (long v : values) {
            t.addInt64Data(v);
        }
        return t.build();
    }

    private static TypeProto tensorType(int elementType, List<Long> dims) {
        TensorShapeProto.Builder shape = TensorShapeProto.newBuilder();
        for (int i = 0; i < dims.size(); i++) {
            long d = dims.get(i);
            shape.addDim(d >= 0 ? TensorShapeProto.Dimension.newBuilder().setDimValue(d)
                    : TensorShapeProto.Dimension.newBuilder().setDimParam(PREFIX + "dim" + i));
        }
        return TypeProto.newBuilder().setTensorType(TypeProto.Tensor.newBuilder().setElemType(elementType)
                .setShape(shape)).build();
    }
}
