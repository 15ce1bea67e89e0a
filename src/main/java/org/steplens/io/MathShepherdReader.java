package org.steplens.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.steplens.model.HumanRating;
import org.steplens.model.Problem;
import org.steplens.model.Solution;

/**
 * Math-Shepherd: {@code input} is the question followed by "Step 1: ..." steps, each ending with the tag " ки";
 * {@code label} is the same text with "+" or "-" in place of each tag, read as human ratings 1 / -1. Solutions of
 * the same question are grouped into one problem (id derived from the question text).
 */
final class MathShepherdReader implements FormatReader {
    static final String NAME = "Math-Shepherd";
    static final String TAG = "ки";
    private static final String FIRST_STEP = "Step 1:";
    private static final Set<String> KNOWN = Set.of("input", "label", "task");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean accepts(ObjectNode first) {
        return first.path("input").isTextual() && first.path("label").isTextual()
                && first.path("input").textValue().contains(TAG);
    }

    @Override
    public RecordHandler open(Path file) {
        return (record, out) -> {
            String input = Json.string(record.path("input"), "input");
            String label = Json.string(record.path("label"), "label");
            String task = Json.optString(record.path("task"), "task");
            int stepsStart = input.indexOf(FIRST_STEP);
            if (stepsStart < 0) {
                throw new BadRecordException("input has no \"" + FIRST_STEP + "\" where the steps begin");
            }
            String question = input.substring(0, stepsStart).trim();
            if (!label.startsWith(input.substring(0, stepsStart))) {
                throw new BadRecordException("label does not repeat the question of input");
            }
            List<String> steps = new ArrayList<>();
            List<HumanRating> ratings = new ArrayList<>();
            int in = stepsStart;
            int at = stepsStart;
            while (true) {
                int tag = input.indexOf(TAG, in);
                if (tag < 0) {
                    if (!input.substring(in).isBlank()) {
                        throw new BadRecordException("input has text after its last \"" + TAG + "\" tag");
                    }
                    break;
                }
                String piece = input.substring(in, tag);
                int mark = at + piece.length();
                if (!label.startsWith(piece, at) || mark >= label.length()) {
                    throw new BadRecordException("label does not match input at step " + (steps.size() + 1));
                }
                char sign = label.charAt(mark);
                if (sign != '+' && sign != '-') {
                    throw new BadRecordException("label has '" + sign + "' at step " + (steps.size() + 1)
                            + ", expected '+' or '-'");
                }
                steps.add(piece.trim());
                ratings.add(sign == '+' ? HumanRating.POSITIVE : HumanRating.NEGATIVE);
                in = tag + TAG.length();
                at = mark + 1;
            }
            if (steps.isEmpty()) {
                throw new BadRecordException("input has no \"" + TAG + "\" step tags");
            }
            Solution solution = Solution.builder().steps(steps).humanRatings(ratings)
                    .extraJson(Json.extra(record, KNOWN)).build();
            String key = "math-shepherd-" + Prm800kReader.shortHash(question);
            String source = task == null ? "math-shepherd" : "math-shepherd/" + task.toLowerCase(Locale.ROOT);
            Problem header = out.has(key) ? null
                    : new Problem(key, question, null, null, null, null, source, List.of(), null);
            out.add(key, header, solution);
        };
    }
}
