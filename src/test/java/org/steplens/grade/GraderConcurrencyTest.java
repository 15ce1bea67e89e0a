package org.steplens.grade;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GraderConcurrencyTest {
    @Test
    void oneGraderSharedByManyThreadsDecidesAsOneThreadDoes() throws IOException {
        List<String[]> pairs = new ArrayList<>();
        for (JsonNode p : GraderRealDataTest.jsonl("/data/math500/test.jsonl")) {
            String truth = p.get("answer").asText();
            AnswerPerturbations.of(truth).forEach(v -> pairs.add(new String[] {v.given(), truth}));
        }
        Grader sequentialGrader = Grader.prm800k(Duration.ofSeconds(5));
        boolean[] sequential = new boolean[pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            sequential[i] = sequentialGrader.grade(pairs.get(i)[0], pairs.get(i)[1]);
        }
        Grader shared = Grader.prm800k(Duration.ofSeconds(5));
        boolean[] parallel = new boolean[pairs.size()];
        IntStream.range(0, pairs.size()).parallel()
                .forEach(i -> parallel[i] = shared.grade(pairs.get(i)[0], pairs.get(i)[1]));
        assertArrayEquals(sequential, parallel);
    }
}
