package org.steplens.grade;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;

/**
 * Decides whether a given answer matches the ground truth as PRM800K's reference grader does:
 * <ol>
 *   <li>equal MATH ("Hendrycks") normal forms are correct;</li>
 *   <li>equal second normal forms are correct; an empty given answer is wrong;</li>
 *   <li>tuples and intervals are split; when the truth has several elements the brackets must match; element
 *   counts must match; per element, two plain fractions must be equal as strings ({@code 2/4} is not
 *   {@code 1/2}), exactly one integer makes the pair wrong, otherwise the guarded symbolic check decides
 *   ({@link SymbolicEquality}).</li>
 * </ol>
 * A null given answer or ground truth is wrong; an empty or blank answer is equal to an empty ground truth, as in
 * the reference. Each comparison is bounded in time ({@link #timeout()}, 5 s by default) and in size
 * ({@link GradingBudget}); a comparison over either budget counts as not equal and as one
 * {@linkplain #budgetWarnings() budget warning}. Grading never throws. Thread-safe; normal forms and symbolic
 * decisions are cached (bounded).
 */
public final class Grader {
    private static final Grader PRM800K = new Grader(Duration.ofSeconds(5), false);
    private static final int CACHE_LIMIT = 100_000; // per cache; cleared when full
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private final Duration timeout;
    private final boolean exactDecimals;
    private final Map<String, NormalizedAnswer> forms = new ConcurrentHashMap<>();
    private final Map<String, Boolean> symbolic = new ConcurrentHashMap<>();
    private final Map<String, ElementFacts> facts = new ConcurrentHashMap<>();
    private final LongAdder budgetWarnings = new LongAdder();
    private final AtomicReference<String> lastWarning = new AtomicReference<>();

    /** What the per-element rules need to know about one normalised element. */
    private record ElementFacts(boolean fraction, boolean integer, boolean plainNumber) {
        static ElementFacts of(String element) {
            return new ElementFacts(NumberRules.isFraction(element), NumberRules.strIsInt(element),
                    PLAIN_NUMBER.matcher(element).matches());
        }
    }

    private ElementFacts facts(String element) {
        ElementFacts f = facts.get(element);
        if (f == null) {
            f = ElementFacts.of(element);
            if (facts.size() >= CACHE_LIMIT) {
                facts.clear();
            }
            facts.put(element, f);
        }
        return f;
    }

    private Grader(Duration timeout, boolean exactDecimals) {
        this.timeout = timeout;
        this.exactDecimals = exactDecimals;
    }

    /** The grader with PRM800K semantics and the default 5 s bound per comparison. */
    public static Grader prm800k() {
        return PRM800K;
    }

    /** A grader with PRM800K semantics and its own bound per comparison. */
    public static Grader prm800k(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        return new Grader(timeout, false);
    }

    /**
     * This grader's rules with decimals as exact numbers ({@code 0.1+0.2} equals {@code 0.3}, and
     * {@code 0.3333333333333333} is not {@code 1/3}) instead of the reference's binary Floats: an opt-in for
     * judging mathematics rather than reproducing PRM800K's decisions.
     */
    public Grader withExactDecimals() {
        return new Grader(timeout, true);
    }

    /** Whether decimals are exact numbers here ({@link #withExactDecimals()}) rather than binary Floats. */
    public boolean exactDecimals() {
        return exactDecimals;
    }

    /** The time bound per comparison. */
    public Duration timeout() {
        return timeout;
    }

    /** True when {@code given} counts as equal to {@code groundTruth}; a null answer or truth is wrong. */
    public boolean grade(String given, String groundTruth) {
        if (given == null || groundTruth == null) {
            return false;
        }
        return grade(normalize(given), normalize(groundTruth));
    }

    /**
     * Comparisons so far that went over the time or size budget (each counted as not equal). Callers that want
     * the count for one run read it before and after.
     */
    public long budgetWarnings() {
        return budgetWarnings.sum();
    }

    /** What the last budget warning was about, or null. */
    public String lastBudgetWarning() {
        return lastWarning.get();
    }

    private boolean overBudget(String reason, String given, String truth) {
        budgetWarnings.increment();
        String message = reason + " (given " + abbreviate(given) + ", truth " + abbreviate(truth) + ")";
        lastWarning.set(message);
        return false;
    }

    private static String abbreviate(String s) {
        String oneLine = s.replace('\n', ' ');
        return oneLine.length() <= 60 ? '"' + oneLine + '"' : '"' + oneLine.substring(0, 57) + "...\" ("
                + s.length() + " chars)";
    }

    /** The intermediate forms of {@code answer} (cached); an answer over the size budget gets refused forms. */
    public NormalizedAnswer normalize(String answer) {
        Objects.requireNonNull(answer, "answer");
        NormalizedAnswer f = forms.get(answer);
        if (f == null) {
            try {
                f = NormalizedAnswer.of(answer);
            } catch (GradingBudget.Exceeded e) {
                f = NormalizedAnswer.refused(answer, e.getMessage());
            } catch (RuntimeException | StackOverflowError e) {
                // a defect in this port, not the answer's fault: never let it take a whole file down
                f = NormalizedAnswer.refused(answer, "normalisation failed: " + e);
            }
            if (forms.size() >= CACHE_LIMIT) {
                forms.clear();
            }
            forms.put(answer, f);
        }
        return f;
    }

    /** {@link #grade(String, String)} on precomputed forms. */
    public boolean grade(NormalizedAnswer given, NormalizedAnswer truth) {
        if (given.isRefused() || truth.isRefused()) {
            return overBudget(given.isRefused() ? given.refusal() : truth.refusal(), given.answer(), truth.answer());
        }
        try {
            return gradeForms(given, truth);
        } catch (Deadline.Expired e) {
            return overBudget("time limit of " + timeout.toMillis() + " ms", given.answer(), truth.answer());
        } catch (GradingBudget.Exceeded e) {
            return overBudget(e.getMessage(), given.answer(), truth.answer());
        } catch (RuntimeException | StackOverflowError e) {
            return overBudget("grading failed: " + e, given.answer(), truth.answer());
        }
    }

    /** The reference's decision on normalised forms; may throw when over budget. */
    boolean gradeForms(NormalizedAnswer given, NormalizedAnswer truth) {
        if (truth.hendrycks().equals(given.hendrycks())) {
            return true;
        }
        String t = truth.normalized();
        String g = given.normalized();
        if (t.equals(g)) {
            return true;
        }
        if (g.isEmpty()) {
            return false;
        }
        List<String> tElems = truth.elements();
        List<String> gElems = given.elements();
        if (tElems.size() > 1 && (t.charAt(0) != g.charAt(0) || t.charAt(t.length() - 1) != g.charAt(g.length() - 1))) {
            return false;
        }
        if (tElems.size() != gElems.size()) {
            return false;
        }
        Deadline deadline = Deadline.after(timeout);
        for (int i = 0; i < tElems.size(); i++) {
            if (!elementsEqual(tElems.get(i), gElems.get(i), deadline)) {
                return false;
            }
        }
        return true;
    }

    private boolean elementsEqual(String truth, String given, Deadline deadline) {
        ElementFacts t = facts(truth);
        ElementFacts g = facts(given);
        if (t.fraction() && g.fraction()) {
            return truth.equals(given);
        }
        if (t.integer() != g.integer()) {
            return false;
        }
        if (t.plainNumber() && g.plainNumber()) {
            return plainNumbersEqual(truth, given, exactDecimals);
        }
        String key = truth + '\u0000' + given;
        Boolean cached = symbolic.get(key);
        if (cached != null) {
            return cached;
        }
        boolean equal = SymbolicEquality.areEqual(truth, given, deadline, exactDecimals); // not cached if it throws
        if (symbolic.size() >= CACHE_LIMIT) {
            symbolic.clear();
        }
        symbolic.put(key, equal);
        return equal;
    }

    /**
     * {@code (truth)-(given)} is zero for two plain numbers (not both integers) as sympy computes it: integers
     * exact, decimals as binary Floats rounded to the larger precision ({@link SympyFloat}); all exact with
     * {@code exactDecimals}.
     */
    private static boolean plainNumbersEqual(String truth, String given, boolean exactDecimals) {
        int[] precision = new int[2];
        Rational t = plainNumber(truth, precision, 0, exactDecimals);
        Rational g = plainNumber(given, precision, 1, exactDecimals);
        int p = Math.max(precision[0], precision[1]);
        return p == 0 ? t.equals(g) : SympyFloat.round(t, p).equals(SympyFloat.round(g, p));
    }

    private static Rational plainNumber(String text, int[] precision, int slot, boolean exactDecimals) {
        boolean negative = text.startsWith("-");
        String digits = negative ? text.substring(1) : text;
        Rational v;
        if (digits.indexOf('.') < 0 || exactDecimals) {
            v = Rational.ofDecimal(SympyFloat.decimal(digits));
        } else {
            SympyFloat.Literal f = SympyFloat.literal(digits);
            v = f.value();
            precision[slot] = f.precision();
        }
        return negative ? v.negate() : v;
    }
}
