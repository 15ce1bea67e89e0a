package org.steplens.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Extraction and grading on real data: MATH500 reference solutions and Qwen2.5-Math samples. */
class GraderRealDataTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static List<JsonNode> jsonl(String resource) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (InputStream in = GraderRealDataTest.class.getResourceAsStream(resource);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    out.add(JSON.readTree(line));
                }
            }
        }
        return out;
    }

    @Test
    void everyMath500ReferenceSolutionGradesCorrectAgainstItsAnswer() throws IOException {
        List<JsonNode> problems = jsonl("/data/math500/test.jsonl");
        assertEquals(500, problems.size());
        List<String> failures = new ArrayList<>();
        for (JsonNode p : problems) {
            Optional<String> extracted = AnswerExtractor.extract(p.get("solution").asText());
            String answer = p.get("answer").asText();
            if (extracted.isEmpty() || !Grader.prm800k().grade(extracted.get(), answer)) {
                failures.add(p.get("unique_id").asText() + ": " + extracted + " vs " + answer);
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void qwenPredictionsReproduceTheirScoreFlagsExceptTheThousandsSeparatorCase() throws IOException {
        List<JsonNode> problems = jsonl("/data/qwen25math/math_cot_100.jsonl");
        int agree = 0;
        int total = 0;
        List<String> disagreements = new ArrayList<>();
        for (JsonNode p : problems) {
            String answer = p.get("answer").asText();
            for (int i = 0; i < p.get("pred").size(); i++) {
                String pred = p.get("pred").get(i).asText();
                boolean flag = p.get("score").get(i).asBoolean();
                total++;
                if (Grader.prm800k().grade(pred, answer) == flag) {
                    agree++;
                } else {
                    disagreements.add(pred + " vs " + answer + " (score " + flag + ")");
                }
            }
        }
        assertEquals(800, total);
        assertEquals(List.of("10000 vs 10{,}000 (score false)"), disagreements);
        assertEquals(799, agree);
    }

    @Test
    void qwenResponsesYieldTheirPredictions() throws IOException {
        // the extracted answer of each sampled response grades like the dataset's own extracted answer
        int same = 0;
        int total = 0;
        for (JsonNode p : jsonl("/data/qwen25math/math_cot_100.jsonl")) {
            JsonNode code = p.get("code");
            for (int i = 0; i < code.size(); i++) {
                total++;
                Optional<String> ours = AnswerExtractor.extract(code.get(i).asText());
                String pred = p.get("pred").get(i).asText();
                if (ours.isPresent() && Grader.prm800k().grade(ours.get(), pred)) {
                    same++;
                }
            }
        }
        assertTrue(same >= total * 0.97, same + " of " + total);
    }
}
