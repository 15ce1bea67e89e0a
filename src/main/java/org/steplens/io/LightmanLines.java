package org.steplens.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.steplens.io.cache.BlockText;
import org.steplens.model.Problem;
import org.steplens.model.ScorerNames;
import org.steplens.model.Solution;
import org.steplens.model.StepTexts;

/**
 * The fast path for Lightman lines: Jackson tokens straight into a {@link Solution} (step text as UTF-8 into the
 * block's {@link BlockText}, probabilities into primitive arrays, the problem text and ground truth shared with
 * the previous line's when equal), no JSON tree. A line of any other shape (unknown or repeated fields, numbers
 * as answers, anything unusual) goes through the tree reader instead, so both paths give identical results and
 * identical error messages.
 */
final class LightmanLines implements LineParser {
    private final FormatReader.RecordHandler tree;
    private final AnswerCompletion answers;
    private final ThreadLocal<Recent> recent = ThreadLocal.withInitial(Recent::new);

    LightmanLines(FormatReader.RecordHandler tree, AnswerCompletion answers) {
        this.tree = tree;
        this.answers = answers;
    }

    /** One line read the fast way: the problem's fields (used when the problem is new) and the solution. */
    private record Sample(String id, String problem, String truth, String subject, Integer level,
                          Solution solution) {
    }

    @Override
    public Object parse(byte[] bytes, int from, int to, BlockText text) {
        int mark = text.length();
        try (JsonParser p = Json.parser(bytes, from, to - from)) {
            Sample s = fast(p, text, bytes, from, to);
            if (s != null && p.nextToken() == null) {
                if (s.truth != null && s.solution.correct().isEmpty() && s.solution.finalAnswer().isPresent()) {
                    answers.prefetch(s.solution.finalAnswer().get(), s.truth); // grade on this worker
                }
                return s;
            }
        } catch (IOException | RuntimeException e) {
            // not the common shape, or not JSON at all: the tree reader says exactly what is wrong
        }
        text.truncate(mark);
        return TreeLines.parse(bytes, from, to);
    }

    @Override
    public void apply(Object parsed, ProblemCollector out) throws BadRecordException {
        if (parsed instanceof Sample s) {
            Problem header = out.has(s.id) ? null : new Problem(s.id, s.problem, s.truth, null, s.subject, s.level,
                    "lightman", List.of(), null);
            out.add(s.id, header, s.solution);
        } else {
            tree.read(Json.object((com.fasterxml.jackson.databind.JsonNode) parsed, "the record"), out);
        }
    }

    /** The sample, or null when the line is not of the common shape. */
    private Sample fast(JsonParser p, BlockText text, byte[] line, int from, int to) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        Recent r = recent.get();
        String id = null;
        String problem = null;
        String answer = null;
        Boolean correct = null;
        String subject = null;
        Integer level = null;
        String truth = null;
        Double prm = null;
        Double orm = null;
        int[] ends = null;
        long textStart = -1;
        double[] threeWay = null;
        int seen = 0;
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            int bit = Field.bit(name);
            if (bit == 0 || (seen & bit) != 0) {
                return null;
            }
            seen |= bit;
            JsonToken v = p.nextToken();
            switch (name) {
                case "problem" -> problem = r.problem.same(p, v, line, from, to);
                case "ground_truth_answer" -> truth = v == JsonToken.VALUE_NULL ? null : r.truth.same(p, v, line, from, to);
                case "unique_id" -> id = r.id.same(p, v, line, from, to);
                case "subject" -> subject = v == JsonToken.VALUE_NULL ? null : r.subject.same(p, v, line, from, to);
                case "answer" -> answer = v == JsonToken.VALUE_NULL ? null : r.answer(p, v);
                case "is_correct" -> correct = v == JsonToken.VALUE_NULL ? null : bool(v);
                case "level" -> level = v == JsonToken.VALUE_NULL ? null : integer(p, v);
                case "prm_score" -> prm = v == JsonToken.VALUE_NULL ? null : number(p, v);
                case "orm_score" -> orm = v == JsonToken.VALUE_NULL ? null : number(p, v);
                case "steps" -> {
                    textStart = text.length();
                    ends = steps(p, v, text, textStart, line, from, to);
                }
                case "rating_probs" -> threeWay = v == JsonToken.VALUE_NULL ? null : ratingProbs(p, v);
                default -> {
                    return null;
                }
            }
        }
        if (t != JsonToken.END_OBJECT || id == null || problem == null || ends == null
                || threeWay != null && threeWay.length != 3 * ends.length) {
            return null;
        }
        Solution.Builder b = Solution.builder()
                .stepTexts(StepTexts.stored(text, textStart, ends))
                .finalAnswer(answer)
                .correct(correct);
        if (threeWay != null) {
            double[] positive = new double[ends.length];
            for (int i = 0; i < positive.length; i++) {
                positive[i] = threeWay[3 * i] + threeWay[3 * i + 1];
            }
            b.threeWayPacked(threeWay).stepProbabilities(ScorerNames.PRM, positive);
        }
        if (prm != null) {
            b.score(ScorerNames.PRM, prm);
        }
        if (orm != null) {
            b.score(ScorerNames.ORM, orm);
        }
        return new Sample(id, problem, truth, subject, level, b.build());
    }

    /** Step texts into {@code text}; their cumulative ends relative to {@code start}. */
    private static int[] steps(JsonParser p, JsonToken v, BlockText text, long start, byte[] line, int from,
                               int to) throws IOException {
        if (v != JsonToken.START_ARRAY) {
            throw new IOException("steps is not an array");
        }
        int[] ends = new int[16];
        int n = 0;
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.VALUE_STRING) {
            if (!RawJsonString.appendTo(p, line, from, to, text)
                    && !text.append(p.getTextCharacters(), p.getTextOffset(), p.getTextOffset() + p.getTextLength())) {
                throw new IOException("unpaired surrogate");
            }
            if (n == ends.length) {
                ends = Arrays.copyOf(ends, n * 2);
            }
            ends[n++] = (int) (text.length() - start);
        }
        if (t != JsonToken.END_ARRAY) {
            throw new IOException("a step is not a string");
        }
        return Arrays.copyOf(ends, n);
    }

    /** [{"1": a, "0": b, "-1": c}, ...] packed as a, b, c per step (keys in any order, each exactly once). */
    private static double[] ratingProbs(JsonParser p, JsonToken v) throws IOException {
        if (v != JsonToken.START_ARRAY) {
            throw new IOException("rating_probs is not an array");
        }
        double[] out = new double[48];
        int n = 0;
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.START_OBJECT) {
            if (n + 3 > out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            int seen = 0;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                int slot = switch (key) {
                    case "1" -> 0;
                    case "0" -> 1;
                    case "-1" -> 2;
                    default -> throw new IOException("unexpected key");
                };
                if ((seen & 1 << slot) != 0) {
                    throw new IOException("repeated key");
                }
                seen |= 1 << slot;
                out[n + slot] = number(p, p.nextToken());
            }
            if (seen != 7) {
                throw new IOException("missing key");
            }
            n += 3;
        }
        if (t != JsonToken.END_ARRAY) {
            throw new IOException("a rating is not an object");
        }
        return Arrays.copyOf(out, n);
    }

    private static double number(JsonParser p, JsonToken v) throws IOException {
        if (v == JsonToken.VALUE_NUMBER_FLOAT
                || v == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
            return p.getDoubleValue();
        }
        throw new IOException("not a plain number");
    }

    private static int integer(JsonParser p, JsonToken v) throws IOException {
        if (v == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
            return p.getIntValue();
        }
        throw new IOException("not an int");
    }

    private static boolean bool(JsonToken v) throws IOException {
        if (v == JsonToken.VALUE_TRUE || v == JsonToken.VALUE_FALSE) {
            return v == JsonToken.VALUE_TRUE;
        }
        throw new IOException("not a boolean");
    }

    /** The fields of the common shape, one bit each (a repeated field sends the line to the tree reader). */
    private static final class Field {
        private static final List<String> NAMES = List.of("problem", "answer", "is_correct", "subject", "level",
                "unique_id", "steps", "rating_probs", "orm_score", "prm_score", "ground_truth_answer");

        static int bit(String name) {
            int i = NAMES.indexOf(name);
            return i < 0 ? 0 : 1 << i;
        }
    }

    /**
     * The previous line's strings on this worker: a Lightman line repeats its problem, id, subject and ground truth
     * on every sample, so a value whose bytes equal the previous line's reuses the earlier string without being
     * decoded again. Short answers are shared through a small table.
     */
    private static final class Recent {
        final Repeated problem = new Repeated();
        final Repeated truth = new Repeated();
        final Repeated id = new Repeated();
        final Repeated subject = new Repeated();
        private final String[] answers = new String[1024];

        String answer(JsonParser p, JsonToken v) throws IOException {
            if (v != JsonToken.VALUE_STRING) {
                throw new IOException("not a string answer");
            }
            String a = p.getText();
            if (a.length() > 32) {
                return a;
            }
            int slot = a.hashCode() & (answers.length - 1);
            String known = answers[slot];
            if (a.equals(known)) {
                return known;
            }
            answers[slot] = a;
            return a;
        }
    }

    /** One field's value on the previous line: its raw bytes in the line and the string they decode to. */
    private static final class Repeated {
        private byte[] raw;
        private String value;

        String same(JsonParser p, JsonToken v, byte[] line, int from, int to) throws IOException {
            if (v != JsonToken.VALUE_STRING) {
                throw new IOException("not a string");
            }
            int start = RawJsonString.contentStart(p, line, from, to);
            int end = start < 0 ? -1 : RawJsonString.plainEnd(line, start, to);
            if (end < 0) { // not plain: decoded by the parser, and not remembered
                raw = null;
                return value = p.getText();
            }
            if (raw != null && Arrays.equals(raw, 0, raw.length, line, start, end)) {
                return value;
            }
            raw = Arrays.copyOfRange(line, start, end);
            return value = p.getText();
        }
    }
}
