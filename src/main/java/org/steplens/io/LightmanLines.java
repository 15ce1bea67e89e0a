package org.steplens.io;

import java.util.Arrays;
import java.util.List;
import org.steplens.io.cache.BlockText;
import org.steplens.model.NamedScores;
import org.steplens.model.Problem;
import org.steplens.model.ScorerNames;
import org.steplens.model.Solution;
import org.steplens.model.StepProbabilities;
import org.steplens.model.StepTexts;

/**
 * The fast path for Lightman lines: the line's bytes read straight into a {@link Solution} by a {@link JsonCursor}
 * (step text as UTF-8 into the block's {@link BlockText}, probabilities into primitive arrays, the problem text and
 * ground truth shared with the previous line's when equal), no tokens and no JSON tree. A line of any other shape
 * (unknown or repeated fields, numbers as answers, anything unusual) goes through the tree reader instead, so both
 * paths give identical results and identical error messages ({@code LightmanFastPathTest}).
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
        Sample s = fast(bytes, from, to, text, null);
        return s != null ? s : TreeLines.parse(bytes, from, to);
    }

    /** The fast path finds the line's end itself; any other line is found and read as usual. */
    @Override
    public Object parseLine(byte[] bytes, int from, int limit, BlockText text, int[] lineEnd) {
        Sample s = fast(bytes, from, limit, text, lineEnd);
        return s != null ? s : LineParser.super.parseLine(bytes, from, limit, text, lineEnd);
    }

    /**
     * The line at {@code from} read the fast way, its end put into {@code lineEnd[0]} (when not null); null (and
     * nothing left in {@code text}) when it is not of the common shape.
     */
    private Sample fast(byte[] bytes, int from, int limit, BlockText text, int[] lineEnd) {
        int mark = text.length();
        try {
            Recent r = recent.get();
            Sample s = scan(r, bytes, from, limit, text);
            if (lineEnd != null) {
                lineEnd[0] = r.cursor.lineEnd();
            }
            String answer = s.solution.finalAnswerOrNull();
            if (s.truth != null && s.solution.correctOrNull() == null && answer != null) {
                answers.prefetch(answer, s.truth); // grade on this worker
            }
            return s;
        } catch (JsonCursor.NotCommon | IllegalArgumentException e) {
            // not the common shape, or not JSON at all: the tree reader says exactly what is wrong
            text.setLength(mark);
            return null;
        }
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

    /** The sample; {@link JsonCursor.NotCommon} when the line is not of the common shape. */
    private static Sample scan(Recent r, byte[] line, int from, int to, BlockText text) {
        JsonCursor c = r.cursor;
        c.reset(line, from, to);
        String id = null;
        String problem = null;
        String answer = null;
        Boolean correct = null;
        String subject = null;
        Integer level = null;
        String truth = null;
        double prm = Double.NaN; // NaN: absent (the reader gives no NaN: JSON has none)
        double orm = Double.NaN;
        int[] ends = null;
        long textStart = -1;
        int threeWayCount = -1; // -1: absent; else the values in r.probs
        int seen = 0;
        int previous = -1;
        c.expect('{');
        do {
            int field = Field.of(c, c.key(), r.nextField[previous + 1]);
            if (field < 0 || (seen & 1 << field) != 0) {
                throw JsonCursor.notCommon();
            }
            seen |= 1 << field;
            r.nextField[previous + 1] = field;
            previous = field;
            c.expect(':');
            // Each reader below is called from one place, so that the compiled scan holds one copy of it: the JIT
            // compiles this method while the workers run its slower first-tier code, and a smaller method is
            // compiled sooner. Null steps are refused here, a null problem or id below; the tree reader then reports.
            boolean isNull = c.consumeNull();
            switch (field) {
                case Field.PROBLEM, Field.TRUTH, Field.ID, Field.SUBJECT -> {
                    String value = isNull ? null : r.repeated[field].read(c);
                    switch (field) {
                        case Field.PROBLEM -> problem = value;
                        case Field.TRUTH -> truth = value;
                        case Field.ID -> id = value;
                        default -> subject = value;
                    }
                }
                case Field.PRM, Field.ORM -> {
                    double value = isNull ? Double.NaN : c.number();
                    if (field == Field.PRM) {
                        prm = value;
                    } else {
                        orm = value;
                    }
                }
                case Field.ANSWER -> answer = isNull ? null : r.answer(c);
                case Field.CORRECT -> correct = isNull ? null : c.bool();
                case Field.LEVEL -> level = isNull ? null : c.integer();
                case Field.STEPS -> {
                    if (isNull) {
                        throw JsonCursor.notCommon();
                    }
                    textStart = text.length();
                    ends = steps(c, text, textStart, r);
                }
                case Field.RATINGS -> threeWayCount = isNull ? -1 : ratingProbs(c, r);
                default -> throw JsonCursor.notCommon();
            }
        } while (c.consume(','));
        c.expect('}');
        c.lineEnd(); // only white space before the end of the line
        if (id == null || problem == null || ends == null
                || threeWayCount >= 0 && threeWayCount != 3 * ends.length) {
            throw JsonCursor.notCommon();
        }
        Solution.Builder b = Solution.builder()
                .stepTexts(StepTexts.stored(text, textStart, ends))
                .finalAnswer(answer)
                .correct(correct);
        if (threeWayCount >= 0) {
            double[] threeWay = r.probs;
            double[] positive = new double[ends.length];
            for (int i = 0; i < positive.length; i++) {
                positive[i] = threeWay[3 * i] + threeWay[3 * i + 1];
            }
            b.threeWayPacked(threeWay, threeWayCount).stepProbabilities(r.prmSteps.withValues(positive));
        }
        boolean hasPrm = !Double.isNaN(prm);
        boolean hasOrm = !Double.isNaN(orm);
        if (hasPrm && hasOrm) {
            b.scores(r.prmAndOrm.withValues(new double[] {prm, orm}));
        } else if (hasPrm) {
            b.score(ScorerNames.PRM, prm);
        } else if (hasOrm) {
            b.score(ScorerNames.ORM, orm);
        }
        return new Sample(id, problem, truth, subject, level, b.build());
    }

    /** Step texts into {@code text}; their cumulative ends relative to {@code start}. */
    private static int[] steps(JsonCursor c, BlockText text, long start, Recent r) {
        c.expect('[');
        int n = 0;
        int[] ends = r.ends;
        if (!c.consume(']')) {
            do {
                c.appendString(text);
                if (n == ends.length) {
                    ends = r.ends = Arrays.copyOf(ends, n * 2);
                }
                ends[n++] = (int) (text.length() - start);
            } while (c.consume(','));
            c.expect(']');
        }
        return Arrays.copyOf(ends, n);
    }

    /**
     * [{"1": a, "0": b, "-1": c}, ...] packed as a, b, c per step (keys in any order, each exactly once) into
     * {@code r.probs}; returns how many values.
     */
    private static int ratingProbs(JsonCursor c, Recent r) {
        c.expect('[');
        double[] out = r.probs;
        int n = 0;
        if (!c.consume(']')) {
            do {
                if (n + 3 > out.length) {
                    out = r.probs = Arrays.copyOf(out, out.length * 2);
                }
                int object = c.position();
                if (canonicalRating(c, out, n)) {
                    n += 3;
                    continue;
                }
                c.seek(object);
                c.expect('{');
                int seen = 0;
                do {
                    int key = c.key();
                    int slot = c.is(key, "1") ? 0 : c.is(key, "0") ? 1 : c.is(key, "-1") ? 2 : -1;
                    if (slot < 0 || (seen & 1 << slot) != 0) {
                        throw JsonCursor.notCommon();
                    }
                    seen |= 1 << slot;
                    c.expect(':');
                    out[n + slot] = c.number();
                } while (c.consume(','));
                c.expect('}');
                if (seen != 7) {
                    throw JsonCursor.notCommon();
                }
                n += 3;
            } while (c.consume(','));
            c.expect(']');
        }
        return n;
    }

    private static final JsonCursor.Literal RATING_OPEN = new JsonCursor.Literal("{\"1\": ");
    private static final JsonCursor.Literal RATING_NEUTRAL = new JsonCursor.Literal(", \"0\": ");
    private static final JsonCursor.Literal RATING_NEGATIVE = new JsonCursor.Literal(", \"-1\": ");

    /**
     * One rating written as Python's json.dumps writes it, {"1": a, "0": b, "-1": c}, read without looking at
     * keys one by one; false (the cursor somewhere inside it) for any other spelling.
     */
    private static boolean canonicalRating(JsonCursor c, double[] out, int n) {
        if (!c.consume(RATING_OPEN)) {
            return false;
        }
        double positive = c.number();
        if (!c.consume(RATING_NEUTRAL)) {
            return false;
        }
        double neutral = c.number();
        if (!c.consume(RATING_NEGATIVE)) {
            return false;
        }
        double negative = c.number();
        if (!c.consume('}')) {
            return false;
        }
        out[n] = positive;
        out[n + 1] = neutral;
        out[n + 2] = negative;
        return true;
    }

    /** The fields of the common shape, numbered (a repeated field sends the line to the tree reader). */
    private static final class Field {
        static final int PROBLEM = 0;
        static final int ANSWER = 1;
        static final int CORRECT = 2;
        static final int SUBJECT = 3;
        static final int LEVEL = 4;
        static final int ID = 5;
        static final int STEPS = 6;
        static final int RATINGS = 7;
        static final int ORM = 8;
        static final int PRM = 9;
        static final int TRUTH = 10;
        private static final String[] NAMES = {"problem", "answer", "is_correct", "subject", "level",
            "unique_id", "steps", "rating_probs", "orm_score", "prm_score", "ground_truth_answer"};

        /**
         * The number of the field whose name the cursor's last key is; -1 for any other name. {@code likely} is
         * tried first (lines of one file list their fields in one order).
         */
        static int of(JsonCursor c, int start, int likely) {
            if (likely < NAMES.length && c.is(start, NAMES[likely])) {
                return likely;
            }
            for (int i = 0; i < NAMES.length; i++) {
                if (c.is(start, NAMES[i])) {
                    return i;
                }
            }
            return -1;
        }
    }

    /**
     * A worker's cursor, scratch arrays and the previous line's strings: a Lightman line repeats its problem, id,
     * subject and ground truth on every sample, so a value whose bytes equal the previous line's reuses the earlier
     * string without being decoded again. Short answers are shared through a small table.
     */
    private static final class Recent {
        final JsonCursor cursor = new JsonCursor();
        /** Scores and step probabilities are made from these (their names shared, no lookups per line). */
        final NamedScores prmAndOrm = NamedScores.EMPTY.with(ScorerNames.PRM, 0).with(ScorerNames.ORM, 0);
        final StepProbabilities prmSteps = StepProbabilities.EMPTY.with(ScorerNames.PRM, new double[0]);
        /** The problem, ground truth, id and subject of the previous line, by field number. */
        final Repeated[] repeated = new Repeated[Field.NAMES.length];

        Recent() {
            for (int field : new int[] {Field.PROBLEM, Field.TRUTH, Field.ID, Field.SUBJECT}) {
                repeated[field] = new Repeated();
            }
        }
        int[] ends = new int[64];
        /** The field that followed each field (index + 1; 0: the first) on the previous line. */
        final int[] nextField = new int[Field.NAMES.length + 1];
        double[] probs = new double[192];
        private final String[] answers = new String[4096];

        String answer(JsonCursor c) {
            String a = c.string();
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

        String read(JsonCursor c) {
            if (c.sameString(raw)) {
                return value;
            }
            raw = c.rawString();
            return value = c.lastDecoded();
        }
    }
}
