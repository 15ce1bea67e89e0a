package org.steplens.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.StringStringEntryProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The graph edit made at load: what it keeps, what it removes, and external weight files. */
class ReadoutGraphTest {
    @TempDir
    Path tmp;

    @Test
    void aLanguageModelHeadIsCutToItsTwoLabelColumnsBeforeTheVocabularyMatMul() throws Exception {
        ModelProto model = ReadoutGraph.read(RealTokenizers.MODELS.resolve("rlhflow/model.onnx"));
        assertEquals(List.of(-1L, -1L, 128256L), ReadoutGraph.output(model, "logits").dims());
        ReadoutGraph.Edited edited = ReadoutGraph.edit(model, "logits", new long[] {10, 12});
        assertTrue(edited.headCut());
        ModelProto after = ModelProto.parseFrom(edited.model());
        List<String> outputs = after.getGraph().getOutputList().stream().map(o -> o.getName()).toList();
        assertEquals(List.of(ReadoutGraph.OUTPUT), outputs);
        for (NodeProto n : after.getGraph().getNodeList()) {
            assertFalse(n.getOutputList().contains("logits"), "the [batch, sequence, vocabulary] MatMul is gone");
        }
        assertTrue(after.getGraph().getInputList().stream().anyMatch(i -> i.getName().equals(ReadoutGraph.POSITIONS)));
    }

    @Test
    void anOutputOfAnotherShapeIsGatheredAfterTheFact() throws Exception {
        // the plumbing model's logits come from a CumSum, not a MatMul: rows are picked from the output itself
        ModelProto model = ReadoutGraph.read(ModelFolderTest.PLUMBING.resolve("math-shepherd/model.onnx"));
        ReadoutGraph.Edited edited = ReadoutGraph.edit(model, "logits", new long[] {3, 4});
        assertFalse(edited.headCut());
        assertEquals(List.of(ReadoutGraph.OUTPUT), ModelProto.parseFrom(edited.model()).getGraph().getOutputList()
                .stream().map(o -> o.getName()).toList());
    }

    @Test
    void weightsInAnExternalDataFileAreReadFromTheModelFolder() throws Exception {
        // The LM head's weight moved to model.onnx_data, as optimum stores large models.
        Path folder = RealTokenizers.modelFolder("math-shepherd", tmp);
        ModelProto model = ReadoutGraph.read(folder.resolve("model.onnx"));
        List<TensorProto> initializers = new ArrayList<>(model.getGraph().getInitializerList());
        int largest = 0;
        for (int i = 1; i < initializers.size(); i++) {
            if (initializers.get(i).getRawData().size() > initializers.get(largest).getRawData().size()) {
                largest = i;
            }
        }
        TensorProto weight = initializers.get(largest);
        Files.write(folder.resolve("model.onnx_data"), weight.getRawData().toByteArray());
        initializers.set(largest, weight.toBuilder().clearRawData()
                .setDataLocation(TensorProto.DataLocation.EXTERNAL)
                .addExternalData(StringStringEntryProto.newBuilder().setKey("location").setValue("model.onnx_data"))
                .addExternalData(StringStringEntryProto.newBuilder().setKey("offset").setValue("0"))
                .addExternalData(StringStringEntryProto.newBuilder().setKey("length")
                        .setValue(String.valueOf(weight.getRawData().size())))
                .build());
        ModelProto external = model.toBuilder().setGraph(model.getGraph().toBuilder().clearInitializer()
                .addAllInitializer(initializers)).build();
        Files.write(folder.resolve("model.onnx"), external.toByteArray());
        assertTrue(Files.size(folder.resolve("model.onnx")) < 100_000, "the weights left the model file");

        JsonNode expected = new ObjectMapper().readTree(RealTokenizers.MODELS.resolve("math-shepherd/expected.json")
                .toFile()).get(0);
        List<String> steps = new ArrayList<>();
        expected.get("steps").forEach(s -> steps.add(s.asText()));
        try (PrmModel prm = PrmModel.open(folder, DevicePreference.CPU)) {
            EncodedSolution encoded = prm.encode(expected.get("problem").asText(), steps);
            double[] p = prm.run(List.of(encoded), encoded.length())[0];
            for (int k = 0; k < p.length; k++) {
                assertEquals(expected.get("step_probabilities").get(k).asDouble(), p[k], 1e-4);
            }
        }
    }
}
