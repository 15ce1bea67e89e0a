package org.steplens.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.steplens.model.Problem;
import org.steplens.model.Solution;

/**
 * PRMBench: JSON Lines of an original process and a modified one with {@code error_steps} (1-based). One problem
 * per record with two solutions, ids "original" and "modified"; error steps are stored 0-based on the modified
 * one. The original process claims no error label (the data does not give one). Processes may be arrays or JSON
 * strings holding arrays. The problem id is {@code idx/classification} ({@code idx} alone is shared by the variants
 * of one question); {@code idx} itself stays in the problem's extra JSON.
 */
final class PrmBenchReader implements FormatReader {
    static final String NAME = "PRMBench";
    static final String ORIGINAL = "original";
    static final String MODIFIED = "modified";
    private static final Set<String> KNOWN = Set.of("original_question", "original_process",
            "modified_process", "error_steps", "ground_truth", "modified_question", "modified_steps",
            "classification", "reason");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean accepts(ObjectNode first) {
        return first.has("original_process") && first.has("modified_process") && first.has("error_steps");
    }

    @Override
    public RecordHandler open(Path file) {
        return (record, out) -> {
            String idx = Json.string(record.path("idx"), "idx");
            String classification = Json.optString(record.path("classification"), "classification");
            // idx names the source question, shared by its variants: the classification tells them apart
            String id = classification == null ? idx : idx + "/" + classification;
            String question = Json.string(record.path("original_question"), "original_question");
            List<String> original = process(record, "original_process");
            List<String> modified = process(record, "modified_process");
            JsonNode errorSteps = Json.array(record.path("error_steps"), "error_steps");
            int[] labels = new int[errorSteps.size()];
            for (int i = 0; i < labels.length; i++) {
                int step = Json.integer(errorSteps.get(i), "error_steps[" + i + "]");
                if (step < 1) {
                    throw new BadRecordException("error_steps[" + i + "] is " + step
                            + ", expected a step number from 1");
                }
                labels[i] = step - 1;
            }
            ObjectNode modifiedExtra = Json.MAPPER.createObjectNode();
            for (String key : List.of("classification", "reason", "modified_steps")) {
                if (record.has(key)) {
                    modifiedExtra.set(key, record.get(key));
                }
            }
            String modifiedQuestion = Json.optString(record.path("modified_question"), "modified_question");
            if (modifiedQuestion != null) {
                modifiedExtra.put("modified_question", modifiedQuestion);
            }
            Solution originalSolution = Solution.builder().id(ORIGINAL).steps(original).build();
            Solution modifiedSolution = Solution.builder().id(MODIFIED).steps(modified).errorStepLabels(labels)
                    .extraJson(modifiedExtra.isEmpty() ? null : Json.compact(modifiedExtra))
                    .build();
            String groundTruth = Json.optAnswer(record.path("ground_truth"), "ground_truth");
            out.add(new Problem(id, question, groundTruth, null, null, null, "prmbench",
                    List.of(originalSolution, modifiedSolution), Json.extra(record, KNOWN)));
        };
    }

    private static List<String> process(ObjectNode record, String field) throws BadRecordException {
        JsonNode value = record.path(field);
        if (value.isTextual() && value.textValue().trim().startsWith("[")) {
            try {
                value = Json.MAPPER.readTree(value.textValue());
            } catch (JsonProcessingException e) {
                throw new BadRecordException(field + " is a string that is not a JSON array: "
                        + JsonSyntax.describe(e));
            }
        }
        return Json.strings(value, field);
    }
}
