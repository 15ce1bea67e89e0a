package org.steplens.score;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A process reward model opened from a folder: {@code model.onnx} (with any external weight files beside it),
 * {@code tokenizer.json} and {@code prm.json} (see {@link PrmSpec}). Holds one ONNX Runtime session for its whole
 * life: open it once, score as often as needed from one background thread at a time, then {@link #close()}.
 *
 * <pre>{@code
 * try (PrmModel model = PrmModel.open(dir, DevicePreference.AUTO)) {
 *     model.device().fallback().ifPresent(reason -> log("running on the CPU: " + reason));
 *     ScoreResult r = new Scorer(model).score(dataset, ScoreProgress.NONE);
 * }
 * }</pre>
 */
public final class PrmModel implements AutoCloseable {
    public static final String MODEL_FILE = "model.onnx";

    private final Path folder;
    private final PrmSpec spec;
    private final PrmTokenizer tokenizer;
    private final OrtSession session;
    private final Device device;
    private final String hash;
    private final Head head;
    private final boolean int32Inputs;
    private final List<String> requiredInputs;

    private PrmModel(Path folder, PrmSpec spec, PrmTokenizer tokenizer, OrtSession session, Device device, String hash,
                     Head head, boolean int32Inputs, List<String> requiredInputs) {
        this.folder = folder;
        this.spec = spec;
        this.tokenizer = tokenizer;
        this.session = session;
        this.device = device;
        this.hash = hash;
        this.head = head;
        this.int32Inputs = int32Inputs;
        this.requiredInputs = requiredInputs;
    }

    /**
     * Opens a model folder.
     *
     * @throws ModelFolderException     with one message naming the file and the problem
     * @throws CudaUnavailableException when {@link DevicePreference#CUDA} was asked for and CUDA cannot be used
     */
    public static PrmModel open(Path dir, DevicePreference preference) throws ModelFolderException,
            CudaUnavailableException {
        if (!Files.isDirectory(dir)) {
            throw new ModelFolderException(dir + ": not a folder (a model folder holds " + MODEL_FILE + ", "
                    + PrmTokenizer.FILE_NAME + " and " + PrmSpec.FILE_NAME + ")");
        }
        PrmSpec spec = PrmSpec.read(dir);
        Path modelFile = dir.resolve(MODEL_FILE);
        if (!Files.isRegularFile(modelFile)) {
            throw new ModelFolderException(modelFile + ": missing (export the model to ONNX, e.g. with optimum-cli)");
        }
        PrmTokenizer tokenizer = PrmTokenizer.open(dir, spec);
        SessionFactory.Opened opened = null;
        try {
            ModelProto proto = ReadoutGraph.read(modelFile);
            int rowLength = checkOutput(modelFile, proto, spec);
            Head head = resolveHead(modelFile, spec, tokenizer, rowLength);
            long[] columns = head.kind() == Head.Kind.LM ? new long[] {head.positiveId(), head.negativeId()} : null;
            ReadoutGraph.Edited edited = ReadoutGraph.edit(proto, spec.output(), columns);
            proto = null; // the parsed graph may alias a large mapped file; let it go before ONNX Runtime loads
            opened = SessionFactory.open(edited.model(), dir, preference);
            OrtSession session = opened.session();
            List<String> required = checkInputs(modelFile, session, spec);
            boolean int32 = idType(modelFile, session, spec.inputIds());
            String hash = ModelHash.of(dir);
            return new PrmModel(dir, spec, tokenizer, session, opened.device(), hash, head, int32, required);
        } catch (OrtException e) {
            closeQuietly(opened, tokenizer);
            throw new ModelFolderException(modelFile + ": ONNX Runtime cannot load it: " + firstLine(e.getMessage()), e);
        } catch (com.google.protobuf.InvalidProtocolBufferException e) {
            closeQuietly(opened, tokenizer);
            throw new ModelFolderException(modelFile + ": ONNX Runtime cannot load it: not an ONNX model ("
                    + firstLine(e.getMessage()) + ")", e);
        } catch (IOException e) {
            closeQuietly(opened, tokenizer);
            throw new ModelFolderException(dir + ": cannot read: " + e.getMessage(), e);
        } catch (ModelFolderException | CudaUnavailableException | RuntimeException e) {
            closeQuietly(opened, tokenizer);
            throw e;
        }
    }

    /** The scorer name under which scores are stored. */
    public String name() {
        return spec.name();
    }

    public Device device() {
        return device;
    }

    /** Fingerprint of the folder's files (16 hex digits); cached scores are keyed by it. */
    public String hash() {
        return hash;
    }

    public PrmSpec spec() {
        return spec;
    }

    public Path folder() {
        return folder;
    }

    /** The longest sequence, in tokens, the model reads; longer solutions are reported, never truncated. */
    public int maxTokens() {
        return spec.maxTokens();
    }

    EncodedSolution encode(String problem, List<String> steps) {
        return tokenizer.encode(problem, steps);
    }

    /** Token ids of a text alone (no template, no special tokens); for tests and benchmarks. */
    public long[] tokenIds(String text) {
        return tokenizer.ids(text);
    }

    /** One forward pass over a batch padded to {@code paddedLength}; per solution, per step, P(correct). */
    double[][] run(List<EncodedSolution> batch, int paddedLength) throws OrtException {
        return ForwardPass.run(session, spec, head, int32Inputs, requiredInputs, batch, paddedLength);
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            // Closing frees native memory; nothing useful to do if it complains.
        }
        tokenizer.close();
    }

    // -- checks made once when opening --------------------------------------------------------------------

    /**
     * Maps the model's inputs: token ids always; attention mask, position ids and token type ids whenever the model
     * has an input of the spec's name for them (an optimum export has the first three). An input StepLens cannot
     * fill is an error naming it.
     */
    private static List<String> checkInputs(Path file, OrtSession session, PrmSpec spec) throws ModelFolderException {
        TreeSet<String> actual = new TreeSet<>(session.getInputNames());
        actual.remove(ReadoutGraph.POSITIONS);
        if (!actual.contains(spec.inputIds())) {
            throw new ModelFolderException(file + ": has no input named \"" + spec.inputIds() + "\" (the spec's "
                    + "input_ids); the model's inputs are " + actual + ", set \"inputs\" in " + PrmSpec.FILE_NAME
                    + " to match");
        }
        List<String> fed = new ArrayList<>();
        fed.add(spec.inputIds());
        for (String optional : new String[] {spec.attentionMask(), spec.positionIds(), spec.tokenTypeIds()}) {
            if (optional != null && actual.contains(optional)) {
                fed.add(optional);
            }
        }
        for (String name : actual) {
            if (!fed.contains(name)) {
                throw new ModelFolderException(file + ": needs input \"" + name + "\", which the spec does not map "
                        + "(StepLens provides input_ids, attention_mask, position_ids and token_type_ids; set "
                        + "\"inputs\" in " + PrmSpec.FILE_NAME + ")");
            }
        }
        return fed;
    }

    private static boolean idType(Path file, OrtSession session, String inputIds) throws OrtException,
            ModelFolderException {
        NodeInfo info = session.getInputInfo().get(inputIds);
        if (info.getInfo() instanceof TensorInfo t && (t.type == OnnxJavaType.INT64 || t.type == OnnxJavaType.INT32)) {
            return t.type == OnnxJavaType.INT32;
        }
        throw new ModelFolderException(file + ": input \"" + inputIds + "\" is " + info.getInfo()
                + ", expected an int64 or int32 tensor of token ids");
    }

    /** Checks the output exists and has the right rank; returns its last dimension (-1 when dynamic). */
    private static int checkOutput(Path file, ModelProto model, PrmSpec spec) throws ModelFolderException {
        ReadoutGraph.OutputInfo info = ReadoutGraph.output(model, spec.output());
        if (info == null) {
            TreeSet<String> names = new TreeSet<>();
            model.getGraph().getOutputList().forEach(o -> names.add(o.getName()));
            throw new ModelFolderException(file + ": has no output named \"" + spec.output() + "\"; its outputs are "
                    + names + ", set \"output\" in " + PrmSpec.FILE_NAME);
        }
        int type = info.elementType();
        if (type != TensorProto.DataType.FLOAT_VALUE && type != TensorProto.DataType.FLOAT16_VALUE) {
            throw new ModelFolderException(file + ": output \"" + spec.output() + "\" has element type "
                    + TensorProto.DataType.forNumber(type) + ", expected a float tensor");
        }
        List<Long> shape = info.dims();
        boolean value = spec.head().kind() == Head.Kind.VALUE;
        boolean rankOk = value ? shape.size() == 2 || shape.size() == 3 && shape.get(2) == 1 : shape.size() == 3;
        if (!rankOk) {
            throw new ModelFolderException(file + ": output \"" + spec.output() + "\" has shape " + shape
                    + ", expected " + (value ? "[batch, sequence] for a value head"
                    : "[batch, sequence, classes or vocabulary]"));
        }
        return (int) info.rowLength();
    }

    private static Head resolveHead(Path file, PrmSpec spec, PrmTokenizer tokenizer, int rowLength)
            throws ModelFolderException {
        Head h = spec.head();
        if (h.kind() == Head.Kind.TWO_CLASS) {
            if (rowLength > 0 && (h.classIndex() < 0 || h.classIndex() >= rowLength)) {
                throw new ModelFolderException(file + ": class_index " + h.classIndex() + " but the head has "
                        + rowLength + " classes");
            }
            return h;
        }
        if (h.kind() != Head.Kind.LM) {
            return h;
        }
        long plus = h.positiveId() >= 0 ? h.positiveId() : labelId(file, tokenizer, h.positive());
        long minus = h.negativeId() >= 0 ? h.negativeId() : labelId(file, tokenizer, h.negative());
        for (long id : new long[] {plus, minus}) {
            if (rowLength > 0 && id >= rowLength) {
                throw new ModelFolderException(file + ": label token id " + id + " is outside the model's vocabulary of "
                        + rowLength);
            }
        }
        return new Head(Head.Kind.LM, h.positive(), h.negative(), plus, minus, 0, false);
    }

    /** The label token's id: the last id of the label encoded alone, as the Math-Shepherd and RLHFlow code do. */
    private static long labelId(Path file, PrmTokenizer tokenizer, String label) throws ModelFolderException {
        long[] ids = tokenizer.ids(label);
        if (ids.length == 0) {
            throw new ModelFolderException(file.resolveSibling(PrmTokenizer.FILE_NAME) + ": the head's label "
                    + PrmTokenizer.quote(label) + " encodes to no token");
        }
        return ids[ids.length - 1];
    }

    private static void closeQuietly(SessionFactory.Opened opened, PrmTokenizer tokenizer) {
        if (opened != null) {
            try {
                opened.session().close();
            } catch (OrtException ignored) {
                // already failing; the first error is the one to report
            }
        }
        tokenizer.close();
    }

    /** One line for any failure: its message's first line, or its kind when it has no message. */
    static String describe(Throwable e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : firstLine(e.getMessage());
    }

    static String firstLine(String m) {
        if (m == null) {
            return "unknown error";
        }
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
