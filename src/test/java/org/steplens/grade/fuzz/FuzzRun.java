package org.steplens.grade.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.steplens.grade.AnswerExtractor;
import org.steplens.grade.AnswerNormalizer;
import org.steplens.grade.Grader;
import org.steplens.grade.GradingBudget;
import org.steplens.grade.HendrycksNormalizer;
import org.steplens.grade.LatexToText;

/**
 * Fuzzes one target with generated answers ({@link LatexAnswerGenerator}): every call runs on a worker thread
 * with a time limit, and the bytes it allocates are measured; an exception, a call over the time limit or over
 * the allocation limit is a failure, recorded with its input. Used by the bounded run in the test suite and by
 * the longer local run ({@code app/bench GraderFuzz}).
 */
public final class FuzzRun {
    /** A function under test; throws on a defect. */
    public enum Target {
        /** {@link Grader#grade(String, String)}: never throws, and no comparison fails inside the port. */
        GRADE,
        /** {@link AnswerExtractor#extract}: on solution texts that end in answers in each convention. */
        EXTRACT,
        /** {@link LatexToText#convert} and both normalisations. */
        NORMALIZE
    }

    /** One failing input and what went wrong. */
    public record Failure(String input, String problem) {
    }

    /** What a run tried and found. */
    public record Report(Target target, int inputs, List<Failure> failures, long slowestMillis, String slowestInput,
                         long mostBytes, long budgetWarnings) {
        public String summary() {
            return String.format(Locale.ROOT, "fuzz %s: %,d inputs, %d failures, slowest call %d ms, "
                    + "most allocated by one call %.1f MB, over-budget comparisons %,d", target, inputs,
                    failures.size(), slowestMillis, mostBytes / 1e6, budgetWarnings);
        }
    }

    private static final String SEEDS = "/fuzz/answer-seeds.jsonl";
    private static final String MATH500 = "/data/grader/math500_answer_normalization_vectors.jsonl";

    private final Target target;
    private final Duration callLimit;
    private final long byteLimit;
    private final Grader grader;

    /**
     * @param callLimit most time one call may take (the grader gets a quarter of it as its own bound)
     * @param byteLimit most bytes one call may allocate
     */
    public FuzzRun(Target target, Duration callLimit, long byteLimit) {
        this.target = target;
        this.callLimit = callLimit;
        this.byteLimit = byteLimit;
        this.grader = Grader.prm800k(callLimit.dividedBy(4));
    }

    /** The seed corpus: the hostile answers of issue 18 and others, plus the 500 MATH500 answers. */
    public static List<String> seeds() {
        List<String> out = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String resource : new String[] {SEEDS, MATH500}) {
            try (InputStream in = FuzzRun.class.getResourceAsStream(resource);
                 BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    JsonNode node = json.readTree(line);
                    out.add(node.isTextual() ? node.asText() : node.path("answer").asText());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /**
     * The first {@code n} (given, truth) pairs a grader run with {@code seed} tries: the seed corpus, then
     * generated pairs (for comparing decisions with the reference grader, see docs/fuzzing.md).
     */
    public static List<String[]> pairs(long seed, int n) {
        List<String> seeds = seeds();
        LatexAnswerGenerator gen = new LatexAnswerGenerator(seed, seeds);
        List<String[]> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(pair(i, seeds, gen));
        }
        return out;
    }

    /** The i-th input: each seed (against another seed as the truth), then generated ones. */
    private static String[] pair(int i, List<String> seeds, LatexAnswerGenerator gen) {
        if (i < seeds.size()) {
            return new String[] {seeds.get(i), seeds.get((i * 7 + 3) % seeds.size())};
        }
        String given = gen.next();
        return new String[] {given, gen.truthFor(given)};
    }

    /** Tries every seed, then generated inputs until {@code maxInputs} or {@code maxTime}, whichever first. */
    public Report run(long seed, int maxInputs, Duration maxTime) {
        List<String> seeds = seeds();
        LatexAnswerGenerator gen = new LatexAnswerGenerator(seed, seeds);
        List<Failure> failures = new ArrayList<>();
        long end = System.nanoTime() + maxTime.toNanos();
        long warningsBefore = grader.budgetWarnings();
        long slowest = 0;
        String slowestInput = null;
        long most = 0;
        int n = 0;
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-" + target);
            t.setDaemon(true); // a hung call must not keep the JVM alive
            return t;
        });
        try {
            // the whole seed corpus always runs (a busy machine must not skip it); the time cap bounds the rest
            for (; n < maxInputs && (n < seeds.size() || System.nanoTime() < end); n++) {
                String[] pair = pair(n, seeds, gen);
                String given = pair[0];
                String truth = pair[1];
                Call call = new Call(given, truth);
                long t0 = System.nanoTime();
                Future<?> f = worker.submit(call);
                try {
                    f.get(callLimit.toMillis(), TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    failures.add(new Failure(describe(given, truth), "no result after " + callLimit.toMillis() + " ms"));
                    f.cancel(true);
                    // the worker is stuck: end the run
                    return report(n + 1, failures, callLimit.toMillis(), describe(given, truth), most, warningsBefore);
                } catch (ExecutionException e) {
                    failures.add(new Failure(describe(given, truth), String.valueOf(e.getCause())));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
                long millis = (System.nanoTime() - t0) / 1_000_000;
                if (millis > slowest) {
                    slowest = millis;
                    slowestInput = describe(given, truth);
                }
                most = Math.max(most, call.allocated);
                if (call.allocated > byteLimit) {
                    failures.add(new Failure(describe(given, truth), "allocated " + call.allocated + " bytes"));
                }
            }
        } finally {
            worker.shutdownNow();
        }
        return report(n, failures, slowest, slowestInput, most, warningsBefore);
    }

    private Report report(int n, List<Failure> failures, long slowest, String slowestInput, long most,
                          long warningsBefore) {
        return new Report(target, n, List.copyOf(failures), slowest, slowestInput, most,
                grader.budgetWarnings() - warningsBefore);
    }

    private String describe(String given, String truth) {
        String g = new ObjectMapper().valueToTree(given).toString();
        return target == Target.GRADE ? "given " + g + ", truth " + new ObjectMapper().valueToTree(truth) : g;
    }

    /** One call of the target, measuring what it allocates on the worker thread. */
    private final class Call implements Runnable {
        private final String given;
        private final String truth;
        private long allocated;

        Call(String given, String truth) {
            this.given = given;
            this.truth = truth;
        }

        @Override
        public void run() {
            com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            long id = Thread.currentThread().getId();
            long before = mx.getThreadAllocatedBytes(id);
            try {
                invoke();
            } finally {
                allocated = mx.getThreadAllocatedBytes(id) - before;
            }
        }

        private void invoke() {
            switch (target) {
                case GRADE -> {
                    long before = grader.budgetWarnings();
                    grader.grade(given, truth);
                    String warning = grader.lastBudgetWarning();
                    if (grader.budgetWarnings() > before && warning != null && warning.contains("failed:")) {
                        throw new IllegalStateException(warning); // a defect in the port, hidden from users
                    }
                }
                case EXTRACT -> {
                    for (Consumer<String> c : List.<Consumer<String>>of(
                            a -> AnswerExtractor.extract("Step 1.\n\nSo $x = 1$. \\boxed{" + a + "}"),
                            a -> AnswerExtractor.extract("I think so.\n\n# Answer\n\n" + a),
                            a -> AnswerExtractor.extract("Hence the answer is: " + a + " ки"),
                            a -> AnswerExtractor.extract("#### " + a),
                            a -> AnswerExtractor.extract(a))) {
                        c.accept(given);
                    }
                }
                case NORMALIZE -> {
                    try {
                        LatexToText.convert(given);
                    } catch (IllegalStateException | GradingBudget.Exceeded e) {
                        // both documented: the reference raises (empty matrix, bare \sqrt); over budget
                    }
                    try {
                        AnswerNormalizer.normalize(given);
                    } catch (GradingBudget.Exceeded e) {
                        // documented
                    }
                    HendrycksNormalizer.normalize(given);
                }
                default -> throw new IllegalArgumentException(target.toString());
            }
        }
    }
}
