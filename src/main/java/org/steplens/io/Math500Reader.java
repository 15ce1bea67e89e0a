package org.steplens.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.steplens.model.Problem;

/**
 * MATH problems ({@code problem, solution, answer, subject, level, unique_id}), e.g. PRM800K's MATH500 split.
 * Problems only: the reference solution becomes the ground-truth solution, not a candidate.
 */
final class Math500Reader implements FormatReader {
    static final String NAME = "MATH problems";
    private static final Set<String> KNOWN = Set.of("problem", "solution", "answer", "subject", "level", "unique_id");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean accepts(ObjectNode first) {
        return first.has("problem") && first.has("solution") && first.has("answer") && !first.has("steps");
    }

    @Override
    public RecordHandler open(Path file) {
        return (record, out) -> {
            String id = Json.string(record.path("unique_id"), "unique_id");
            out.add(new Problem(id, Json.string(record.path("problem"), "problem"),
                    Json.optAnswer(record.path("answer"), "answer"),
                    Json.optString(record.path("solution"), "solution"),
                    Json.optString(record.path("subject"), "subject"), Json.optLevel(record.path("level"), "level"),
                    "math", List.of(), Json.extra(record, KNOWN)));
        };
    }
}
