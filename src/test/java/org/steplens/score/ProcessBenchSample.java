package org.steplens.score;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.steplens.model.Dataset;
import org.steplens.model.Problem;
import org.steplens.model.Solution;

/** Real ProcessBench records from the test data, as a Dataset (one solution per problem, with its label). */
final class ProcessBenchSample {
    static final Path FOLDER = Path.of("src/test/resources/data/processbench");

    private ProcessBenchSample() {
    }

    static Dataset load(String subset, int limit) throws IOException {
        JsonNode records = new ObjectMapper().readTree(FOLDER.resolve(subset + ".json").toFile());
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < Math.min(limit, records.size()); i++) {
            JsonNode r = records.get(i);
            List<String> steps = new ArrayList<>();
            r.get("steps").forEach(s -> steps.add(s.asText()));
            Solution solution = Solution.builder().id(r.get("id").asText()).steps(steps)
                    .firstErrorLabel(r.get("label").asInt()).correct(r.get("final_answer_correct").asBoolean()).build();
            problems.add(new Problem(r.get("id").asText(), r.get("problem").asText(), null, null, null, null,
                    "processbench/" + subset, List.of(solution), null));
        }
        return new Dataset(subset, "ProcessBench", problems);
    }
}
