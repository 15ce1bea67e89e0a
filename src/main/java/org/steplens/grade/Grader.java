package org.steplens.grade;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
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
 * A null or blank given answer is wrong. Each comparison is bounded in time ({@link #timeout()}, 5 s by
 * default); a comparison that runs out of time counts as not equal. Thread-safe; normal forms and symbolic
 * decisions are cached (bounded).
 */
public final class Grader {
    private static final Grader PRM800K = new Grader(Duration.ofSeconds(5));
    private static final int CACHE_LIMIT = 100_000; // per cache; cleared when full
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private final Duration timeout;
    private final Map<String, NormalizedAnswer> forms = new ConcurrentHashMap<>();
    private final Map<String, Boolean> symbolic = new ConcurrentHashMap<>();
    private final Map<String, ElementFacts> facts = new ConcurrentHashMap<>();

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

    private Grader(Duration timeout) {
        this.timeout = timeout;
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
        return new Grader(timeout);
    }

    /** The time bound per comparison. */
    public Duration timeout() {
        return timeout;
    }

    /** True when {@code given} counts as equal to {@code groundTruth}; a null or blank given answer is wrong. */
    public boolean grade(String given, String groundTruth) {
        if (given == null || groundTruth == null || given.isBlank()) {
            return false;
        }
        return grade(normalize(given), normalize(groundTruth));
    }

    /** The intermediate forms of {@code answer} (cached). */
    public NormalizedAnswer normalize(String answer) {
        Objects.requireNonNull(answer, "answer");
        NormalizedAnswer f = forms.get(answer);
        if (f == null) {
            f = NormalizedAnswer.of(answer);
            if (forms.size() >= CACHE_LIMIT) {
                forms.clear();
            }
            forms.put(answer, f);
        }
        return f;
    }

    /** {@link #grade(String, String)} on precomputed forms. */
    public boolean grade(NormalizedAnswer given, NormalizedAnswer truth) {
        if (given.answer().isBlank()) {
            return false;
        }
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
            return new java.math.BigDecimal(truth).compareTo(new java.math.BigDecimal(given)) == 0;
        }
        String key = truth + '\u0000' + given;
        Boolean cached = symbolic.get(key);
        if (cached != null) {
            return cached;
        }
        boolean equal;
        try {
            equal = SymbolicEquality.areEqual(truth, given, deadline);
        } catch (Deadline.Expired e) {
            return false; // not cached: a later call with more time may decide
        }
        if (symbolic.size() >= CACHE_LIMIT) {
            symbolic.clear();
        }
        symbolic.put(key, equal);
        return equal;
    }
}
