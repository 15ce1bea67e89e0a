package org.steplens.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Agreement with decisions and normal forms produced by running the PRM800K reference grader. */
class GraderVectorsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode graderVectors() throws IOException {
        try (InputStream in = GraderVectorsTest.class.getResourceAsStream("/data/grader/grader_test_vectors.json")) {
            return JSON.readTree(in);
        }
    }

    static List<JsonNode> normalizationVectors() throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (InputStream in = GraderVectorsTest.class.getResourceAsStream(
                "/data/grader/math500_answer_normalization_vectors.jsonl");
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

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    @Test
    void all54DecisionsAgree() throws IOException {
        JsonNode vectors = graderVectors();
        assertEquals(55, vectors.size()); // 54 string pairs plus a null given answer
        List<String> wrong = new ArrayList<>();
        for (JsonNode v : vectors) {
            boolean got = Grader.prm800k().grade(text(v, "given"), text(v, "ground_truth"));
            if (got != v.get("correct").asBoolean()) {
                wrong.add(text(v, "given") + " vs " + text(v, "ground_truth") + " -> " + got);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void intermediateFormsOfTheDecisionVectorsAgree() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (JsonNode v : graderVectors()) {
            String given = text(v, "given");
            check(wrong, "hendrycks", given, text(v, "mathd_norm_given"), HendrycksNormalizer.normalize(given));
            check(wrong, "normalize", given, text(v, "norm_given"), AnswerNormalizer.normalize(given));
            String truth = text(v, "ground_truth");
            check(wrong, "normalize", truth, text(v, "norm_gt"), AnswerNormalizer.normalize(truth));
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyMath500NormalFormAgrees() throws IOException {
        List<JsonNode> vectors = normalizationVectors();
        assertEquals(500, vectors.size());
        List<String> wrong = new ArrayList<>();
        for (JsonNode v : vectors) {
            String answer = text(v, "answer");
            check(wrong, "hendrycks", answer, text(v, "mathd_normalize"), HendrycksNormalizer.normalize(answer));
            check(wrong, "normalize", answer, text(v, "normalize"), AnswerNormalizer.normalize(answer));
            String expectedLatex = text(v, "parse_latex");
            String gotLatex = answer.contains("\\") ? AnswerNormalizer.latexToText(answer) : null;
            check(wrong, "latex", answer, expectedLatex, gotLatex);
            List<String> split = new ArrayList<>();
            v.get("split_tuple").forEach(e -> split.add(e.asText()));
            check(wrong, "split", answer, split.toString(), TupleSplitter.split(AnswerNormalizer.normalize(answer)).toString());
        }
        assertEquals(List.of(), wrong);
    }

    private static void check(List<String> wrong, String step, String input, String expected, String got) {
        if (expected == null ? got != null : !expected.equals(got)) {
            wrong.add(step + "(" + input + "): expected " + expected + " got " + got);
        }
    }
}
