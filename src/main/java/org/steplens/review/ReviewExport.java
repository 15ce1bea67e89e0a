package org.steplens.review;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.steplens.chart.CsvExport;
import org.steplens.model.Problem;
import org.steplens.model.Solution;

/**
 * Writes reviews out: PRM800K-shaped JSONL (one line per reviewed solution, readable by StepLens's PRM800K reader
 * and by PRM800K tooling), CSV (one row per step), or the native journal snapshot.
 */
public final class ReviewExport {
    /** The export formats. */
    public enum Format { PRM800K, CSV, NATIVE }

    private static final String CSV_HEADER = "reviewer,problem_id,solution,step,rating,tags,note,verdict,"
            + "answer_follows,solution_tags,solution_note,step_text";

    private ReviewExport() {
    }

    /** Writes every review in {@code state} of solutions found in {@code index}; returns how many solutions. */
    public static int write(Format format, ReviewState state, DatasetFingerprint dataset, Rater.DatasetIndex index,
                            OutputStream out) throws IOException {
        return switch (format) {
            case PRM800K -> writePrm800k(state, dataset, index, out);
            case CSV -> writeCsv(state, index, out);
            case NATIVE -> writeNative(state, dataset, out);
        };
    }

    private static int writePrm800k(ReviewState state, DatasetFingerprint dataset, Rater.DatasetIndex index,
                                    OutputStream out) throws IOException {
        int written = 0;
        for (String reviewer : state.reviewers()) {
            for (Map.Entry<SolutionKey, SolutionReview> e : state.reviewsBy(reviewer).entrySet()) {
                Optional<Solution> solution = index.solution(e.getKey());
                Optional<Problem> problem = index.problem(e.getKey().problemId());
                if (solution.isEmpty() || problem.isEmpty()) {
                    continue;
                }
                out.write(prm800kLine(e.getValue(), problem.get(), solution.get(), dataset)
                        .getBytes(StandardCharsets.UTF_8));
                out.write('\n');
                written++;
            }
        }
        return written;
    }

    /**
     * One PRM800K phase-2-style record: the steps up to and including the first -1 as label steps, each with one
     * completion carrying the rating (null when unrated or unsure); finish_reason "found_error" when a step is -1.
     * What PRM800K has no place for (every rating, unsure steps, tags, notes, verdict) goes under "steplens".
     */
    static String prm800kLine(SolutionReview review, Problem problem, Solution solution, DatasetFingerprint dataset) {
        ObjectNode root = JournalCodec.MAPPER.createObjectNode();
        root.put("labeler", review.reviewer());
        root.put("timestamp", review.updated().toString());
        ObjectNode question = root.putObject("question");
        question.put("problem", problem.text());
        if (problem.groundTruthAnswer() != null) {
            question.put("ground_truth_answer", problem.groundTruthAnswer());
        }
        ArrayNode pre = question.putArray("pre_generated_steps");
        solution.stepTexts().forEach(pre::add);
        if (solution.finalAnswer().isPresent()) {
            question.put("pre_generated_answer", solution.finalAnswer().get());
        }
        ObjectNode label = root.putObject("label");
        ArrayNode steps = label.putArray("steps");
        OptionalInt firstNegative = review.firstNegativeStep();
        int last = firstNegative.isPresent() ? firstNegative.getAsInt() : solution.stepCount() - 1;
        for (int i = 0; i <= last; i++) {
            ObjectNode step = steps.addObject();
            ObjectNode completion = step.putArray("completions").addObject();
            completion.put("text", solution.stepText(i));
            Optional<Integer> value = review.rating(i).flatMap(StepRating::prm800kValue);
            if (value.isPresent()) {
                completion.put("rating", value.get());
            } else {
                completion.putNull("rating");
            }
            completion.put("flagged", false);
            step.putNull("human_completion");
            if (firstNegative.isPresent() && i == last) {
                step.putNull("chosen_completion");
            } else {
                step.put("chosen_completion", 0);
            }
        }
        label.putNull("total_time");
        label.put("finish_reason", firstNegative.isPresent() ? "found_error" : "solution");
        ObjectNode extra = root.putObject("steplens");
        extra.put("problem_id", problem.id());
        extra.put("solution_index", review.solution().solution());
        ObjectNode ds = extra.putObject("dataset");
        ds.put("name", dataset.name());
        ds.put("size", dataset.size());
        ds.put("hash", dataset.hash());
        ArrayNode ratings = extra.putArray("ratings");
        for (int i = 0; i < solution.stepCount(); i++) {
            Optional<StepRating> r = review.rating(i);
            if (r.isEmpty()) {
                ratings.addNull();
            } else if (r.get() == StepRating.UNSURE) {
                ratings.add("unsure");
            } else {
                ratings.add(r.get().prm800kValue().orElseThrow());
            }
        }
        ObjectNode tags = extra.putObject("tags");
        for (int step : review.taggedSteps()) {
            ArrayNode t = tags.putArray(step == ReviewTarget.WHOLE_SOLUTION ? "solution" : String.valueOf(step));
            review.tags(step).forEach(t::add);
        }
        ObjectNode notes = extra.putObject("notes");
        for (int step : review.notedSteps()) {
            notes.put(step == ReviewTarget.WHOLE_SOLUTION ? "solution" : String.valueOf(step),
                    review.note(step).orElseThrow());
        }
        review.verdict().ifPresent(v -> extra.put("verdict", v.id()));
        review.answerFollows().ifPresent(f -> extra.put("answer_follows", f));
        extra.put("created", review.created().toString());
        return root.toString();
    }

    private static int writeCsv(ReviewState state, Rater.DatasetIndex index, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(CSV_HEADER);
        w.write("\r\n");
        int written = 0;
        for (String reviewer : state.reviewers()) {
            for (Map.Entry<SolutionKey, SolutionReview> e : state.reviewsBy(reviewer).entrySet()) {
                SolutionReview r = e.getValue();
                Optional<Solution> solution = index.solution(e.getKey());
                int steps = solution.map(Solution::stepCount).orElse(lastRatedStep(r) + 1);
                for (int i = 0; i < steps; i++) {
                    List<String> cells = List.of(reviewer, e.getKey().problemId(),
                            String.valueOf(e.getKey().solution()), String.valueOf(i),
                            r.rating(i).map(StepRating::label).orElse(""), String.join(";", r.tags(i)),
                            r.note(i).orElse(""), r.verdict().map(Verdict::id).orElse(""),
                            r.answerFollows().map(b -> b.toString().toLowerCase(Locale.ROOT)).orElse(""),
                            String.join(";", r.tags(ReviewTarget.WHOLE_SOLUTION)),
                            r.note(ReviewTarget.WHOLE_SOLUTION).orElse(""),
                            solution.isPresent() ? solution.get().stepText(i) : "");
                    w.write(CsvExport.row(cells));
                    w.write("\r\n");
                }
                written++;
            }
        }
        w.flush();
        return written;
    }

    private static int writeNative(ReviewState state, DatasetFingerprint dataset, OutputStream out) throws IOException {
        StringBuilder sb = new StringBuilder(JournalCodec.header(dataset)).append('\n');
        List<ReviewEdit> snapshot = state.snapshot();
        for (ReviewEdit e : snapshot) {
            sb.append(JournalCodec.encode(e)).append('\n');
        }
        out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        int reviews = 0;
        for (String r : state.reviewers()) {
            reviews += state.reviewsBy(r).size();
        }
        return reviews;
    }

    private static int lastRatedStep(SolutionReview r) {
        int last = -1;
        for (int step : r.ratings().keySet()) {
            last = Math.max(last, step);
        }
        return last;
    }
}
