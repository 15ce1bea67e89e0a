package org.steplens.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads another reviewer's work: a review journal (or its native snapshot), or StepLens's PRM800K-shaped export
 * (its "steplens" block says which problem, solution and dataset). Gives the edits that rebuild those reviews.
 */
public final class ReviewImport {

    /** What a file held: the edits, the dataset it names (or null), and lines that could not be used. */
    public record Imported(List<ReviewEdit> edits, DatasetFingerprint dataset, List<String> notices) {
    }

    private ReviewImport() {
    }

    public static Imported read(Path file) throws IOException {
        String first;
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            first = lines.filter(l -> !l.isBlank()).findFirst().orElse("");
        }
        if (isPrm800kExport(first)) {
            return readPrm800k(file);
        }
        ReviewJournal.Contents c = ReviewJournal.read(file);
        return new Imported(c.edits(), c.dataset(), c.notices());
    }

    /** Edits from several files, in time order (stable), and whether they all name the same dataset. */
    public static Imported merge(List<Path> files) throws IOException {
        List<ReviewEdit> all = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        DatasetFingerprint dataset = null;
        for (Path f : files) {
            Imported one = read(f);
            all.addAll(one.edits());
            notices.addAll(one.notices());
            if (one.dataset() != null) {
                if (dataset == null) {
                    dataset = one.dataset();
                } else if (!dataset.sameContent(one.dataset())) {
                    notices.add(f.getFileName() + " reviews " + one.dataset().name() + " (" + one.dataset().size()
                            + " bytes), not " + dataset.name() + " (" + dataset.size() + " bytes)");
                }
            }
        }
        all.sort(Comparator.comparing(ReviewEdit::time));
        return new Imported(all, dataset, notices);
    }

    private static boolean isPrm800kExport(String line) {
        try {
            JsonNode o = JournalCodec.MAPPER.readTree(line);
            return o != null && o.has("question") && o.has("label");
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private static Imported readPrm800k(Path file) throws IOException {
        List<ReviewEdit> edits = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        DatasetFingerprint dataset = null;
        int lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode o = JournalCodec.MAPPER.readTree(line);
                JsonNode s = o.path("steplens");
                if (!s.isObject()) {
                    throw new IllegalArgumentException("no \"steplens\" block (a PRM800K record not exported by "
                            + "StepLens cannot be matched to a dataset's solutions)");
                }
                if (dataset == null && s.path("dataset").isObject()) {
                    JsonNode d = s.path("dataset");
                    dataset = new DatasetFingerprint(d.path("name").asText(""), d.path("size").asLong(-1),
                            d.path("hash").asText(""));
                }
                edits.addAll(editsOf(o, s));
            } catch (JsonProcessingException e) {
                notices.add(file.getFileName() + ":" + lineNo + ": not JSON; line skipped");
            } catch (IllegalArgumentException e) {
                notices.add(file.getFileName() + ":" + lineNo + ": " + e.getMessage() + "; line skipped");
            }
        }
        return new Imported(edits, dataset, notices);
    }

    private static List<ReviewEdit> editsOf(JsonNode record, JsonNode s) {
        String reviewer = record.path("labeler").asText("");
        String problem = s.path("problem_id").asText(null);
        if (problem == null || !s.path("solution_index").canConvertToInt()) {
            throw new IllegalArgumentException("steplens.problem_id or steplens.solution_index is missing");
        }
        int sol = s.path("solution_index").asInt();
        Instant created = time(s.path("created"), record.path("timestamp"));
        Instant updated = time(record.path("timestamp"), s.path("created"));
        List<ReviewEdit> out = new ArrayList<>();
        JsonNode ratings = s.path("ratings");
        for (int i = 0; i < ratings.size(); i++) {
            JsonNode r = ratings.get(i);
            if (!r.isNull()) {
                StepRating rating = r.isIntegralNumber() ? StepRating.ofValue(r.intValue()) : StepRating.parse(r.asText());
                out.add(new ReviewEdit(updated, reviewer, ReviewOp.RATE, ReviewTarget.step(problem, sol, i), rating));
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = s.path("tags").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            ReviewTarget target = new ReviewTarget(problem, sol, stepOf(e.getKey()));
            for (JsonNode tag : e.getValue()) {
                out.add(new ReviewEdit(updated, reviewer, ReviewOp.TAG, target, tag.asText()));
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = s.path("notes").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.add(new ReviewEdit(updated, reviewer, ReviewOp.NOTE, new ReviewTarget(problem, sol, stepOf(e.getKey())),
                    e.getValue().asText()));
        }
        if (s.path("verdict").isTextual()) {
            out.add(new ReviewEdit(updated, reviewer, ReviewOp.VERDICT, ReviewTarget.solution(problem, sol),
                    Verdict.parse(s.path("verdict").asText())));
        }
        if (s.path("answer_follows").isBoolean()) {
            out.add(new ReviewEdit(updated, reviewer, ReviewOp.ANSWER_FOLLOWS, ReviewTarget.solution(problem, sol),
                    s.path("answer_follows").booleanValue()));
        }
        if (!out.isEmpty()) {
            out.set(0, out.get(0).at(created));
        }
        return out;
    }

    private static int stepOf(String key) {
        return "solution".equals(key) ? ReviewTarget.WHOLE_SOLUTION : Integer.parseInt(key);
    }

    private static Instant time(JsonNode preferred, JsonNode fallback) {
        for (JsonNode n : new JsonNode[] {preferred, fallback}) {
            try {
                if (n.isTextual()) {
                    return Instant.parse(n.asText());
                }
            } catch (DateTimeParseException ignored) {
                // try the other
            }
        }
        return Instant.EPOCH;
    }
}
