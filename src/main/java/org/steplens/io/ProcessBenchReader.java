package org.steplens.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.steplens.model.Problem;
import org.steplens.model.Solution;

/**
 * ProcessBench (Qwen, 2024): a JSON array of {@code id, generator, problem, steps, final_answer_correct, label};
 * one problem with one solution per record. The subset ("processbench/gsm8k") comes from the id prefix, or the
 * file name when the id has none.
 */
final class ProcessBenchReader implements FormatReader {
    static final String NAME = "ProcessBench";
    private static final Set<String> KNOWN =
            Set.of("id", "generator", "problem", "steps", "final_answer_correct", "label");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean accepts(ObjectNode first) {
        return first.has("steps") && first.has("label") && first.has("final_answer_correct");
    }

    @Override
    public RecordHandler open(Path file) {
        String fileSubset = FileNames.stem(file);
        return (record, out) -> {
            String id = Json.string(record.path("id"), "id");
            String text = Json.string(record.path("problem"), "problem");
            List<String> steps = Json.strings(record.path("steps"), "steps");
            int label = Json.integer(record.path("label"), "label");
            if (label < Solution.NO_ERROR || label >= steps.size()) {
                throw new BadRecordException("label is " + label + ", expected -1 or a step index from 0 to "
                        + (steps.size() - 1));
            }
            boolean correct = Json.bool(record.path("final_answer_correct"), "final_answer_correct");
            Solution solution = Solution.builder()
                    .steps(steps)
                    .firstErrorLabel(label)
                    .correct(correct)
                    .generator(Json.optString(record.path("generator"), "generator"))
                    .build();
            int dash = id.lastIndexOf('-');
            String subset = dash > 0 ? id.substring(0, dash) : fileSubset;
            out.add(new Problem(id, text, null, null, null, null, "processbench/" + subset, List.of(solution),
                    Json.extra(record, KNOWN)));
        };
    }
}
