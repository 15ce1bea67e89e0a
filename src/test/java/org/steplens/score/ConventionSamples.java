package org.steplens.score;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * ProcessBench solutions the convention tests use, and (run as a program, when the test models are regenerated)
 * the reference inputs make_models.py turns into expected scores:
 * {@code java -cp ... org.steplens.score.ConventionSamples src/test/resources/score/conventions/reference_inputs.json}.
 */
public final class ConventionSamples {
    static final Path PROCESSBENCH = Path.of("src/test/resources/data/processbench");
    public static final List<String> CONVENTIONS = List.of("math-shepherd", "qwen2.5-math-prm", "rlhflow", "rlhflow-llama3",
            "skywork", "trl-token-classification");

    public record Sample(String id, String problem, List<String> steps) {
    }

    private ConventionSamples() {
    }

    public static List<Sample> subset(String name) throws IOException {
        List<Sample> out = new ArrayList<>();
        for (JsonNode r : new ObjectMapper().readTree(PROCESSBENCH.resolve(name + ".json").toFile())) {
            List<String> steps = new ArrayList<>();
            r.get("steps").forEach(s -> steps.add(s.asText()));
            out.add(new Sample(r.get("id").asText(), r.get("problem").asText(), steps));
        }
        return out;
    }

    static boolean padded(Sample s) {
        return s.steps().stream().anyMatch(step -> !step.equals(step.strip()) || !step.equals(ConventionReference.pyStrip(step)));
    }

    public static int chars(Sample s) {
        return s.problem().length() + s.steps().stream().mapToInt(String::length).sum();
    }

    /** For the model tests: two plain GSM8K solutions, the first with padded steps, and the longest MATH one. */
    static List<Sample> forModels() throws IOException {
        List<Sample> gsm8k = subset("gsm8k");
        List<Sample> out = new ArrayList<>(gsm8k.subList(0, 2));
        out.add(gsm8k.stream().filter(ConventionSamples::padded).findFirst().orElseThrow());
        out.add(subset("math").stream().max(Comparator.comparingInt(ConventionSamples::chars)).orElseThrow());
        return out;
    }

    public static void main(String[] args) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        for (String convention : CONVENTIONS) {
            ObjectNode c = root.putObject(convention);
            try (HuggingFaceTokenizer t = RealTokenizers.open(RealTokenizers.baseOf(convention))) {
                if (convention.startsWith("rlhflow")) {
                    c.putArray("labels").add(last(t.encode("+", true, false).getIds()))
                            .add(last(t.encode("-", true, false).getIds()));
                } else if (convention.equals("math-shepherd")) {
                    long[] both = t.encode("+ -", true, false).getIds();
                    c.putArray("labels").add(both[1]).add(both[2]);
                }
                ArrayNode solutions = c.putArray("solutions");
                for (Sample s : forModels()) {
                    ConventionReference.Input in = ConventionReference.of(convention, t, s.problem(), s.steps());
                    ObjectNode o = solutions.addObject();
                    o.put("id", s.id()).put("problem", s.problem());
                    s.steps().forEach(o.putArray("steps")::add);
                    ArrayNode ids = o.putArray("ids");
                    for (long id : in.ids()) {
                        ids.add(id);
                    }
                    ArrayNode reads = o.putArray("reads");
                    for (int r : in.reads()) {
                        reads.add(r);
                    }
                }
            }
        }
        Files.writeString(Path.of(args[0]), json.writeValueAsString(root));
    }

    /** The token ids StepLens feeds the model for each solution of a dataset, to run the same inputs elsewhere. */
    public static List<long[]> encodedIds(PrmModel model, org.steplens.model.Dataset data) {
        List<long[]> out = new ArrayList<>();
        for (org.steplens.model.Problem p : data.problems()) {
            for (org.steplens.model.Solution s : p.solutions()) {
                out.add(model.encode(p.text(), s.stepTexts()).ids());
            }
        }
        return out;
    }

    private static long last(long[] ids) {
        return ids[ids.length - 1];
    }
}
