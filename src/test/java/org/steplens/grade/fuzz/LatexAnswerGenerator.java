package org.steplens.grade.fuzz;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates answer-like LaTeX for fuzzing, from a small grammar of what answers contain (numbers, fractions,
 * roots, powers, tuples and intervals, matrices, text, units, boxed answers) plus the hostile cases (huge and
 * long numbers and exponents, Unicode digits, unclosed environments, repeated nesting, unbalanced braces), and by
 * mutating and splicing a seed corpus. Deterministic for a given seed.
 */
public final class LatexAnswerGenerator {
    private static final String[] SYMBOLS = {"x", "y", "n", "a", "k", "\\pi", "\\theta", "i", "e", "t"};
    private static final String[] UNICODE_DIGITS = {"\uFF15", "\u0665", "\u0967\u0968", "\uD835\uDFD3", "\u09EB",
        "\u0E55", "\u00B2", "\u2155", "\u0F25", "\uD835\uDFEC\uD835\uDFEE"};
    private static final String[] WORDS = {"cm", "degrees", "inches", "million", " and ", " or ", "\\%", "\\$",
        "^\\circ", "\\text{ cm}", "\\mbox{ cm}^2", "\\!", "\\,", "\\ ", "\\left(", "\\right)", "\\infty", "\\cup",
        "\\cdot", "\\times", "\\pm", "=", "<", ",", "\\\\", "&", "%", "$", "~", "\n", " "};
    private static final String[] ENVIRONMENTS = {"pmatrix", "bmatrix", "array", "matrix", "align*", "cases"};
    private static final String[] HUGE = {"1e99999999", "1e99999999999", "9^9^9^9", "10^{10^{10}}", "1e-99999999",
        "2^{100000}", "99999999999999999999999999999999", "0." + "3".repeat(40), "1_000_000", "0x1F", "1e400",
        "(10^9)!", "3!!!!!!", "1.7976931348623157e308", "4.9e-324", "nan", "inf", "-inf"};

    private final SplittableRandom random;
    private final List<String> seeds;

    public LatexAnswerGenerator(long seed, List<String> seeds) {
        this.random = new SplittableRandom(seed);
        this.seeds = List.copyOf(seeds);
    }

    /** The next answer: from the grammar, a mutated seed, or a splice of two. */
    public String next() {
        int kind = random.nextInt(10);
        if (kind < 5 || seeds.isEmpty()) {
            return expression(random.nextInt(1, 6));
        }
        if (kind < 8) {
            return mutate(seed());
        }
        String a = seed();
        String b = random.nextBoolean() ? seed() : expression(3);
        return a.substring(0, random.nextInt(a.length() + 1)) + b.substring(random.nextInt(b.length() + 1));
    }

    /** A ground truth for {@code given}: often a related answer, so that comparisons reach the symbolic step. */
    public String truthFor(String given) {
        return switch (random.nextInt(4)) {
            case 0 -> given;
            case 1 -> mutate(given);
            case 2 -> seed();
            default -> expression(random.nextInt(1, 4));
        };
    }

    private String seed() {
        return seeds.isEmpty() ? expression(2) : seeds.get(random.nextInt(seeds.size()));
    }

    String expression(int depth) {
        if (depth <= 0) {
            return atom();
        }
        int d = depth - 1;
        return switch (random.nextInt(24)) {
            case 0 -> "\\frac{" + expression(d) + "}{" + expression(d) + "}";
            case 1 -> (random.nextBoolean() ? "\\dfrac" : "\\frac") + digit() + digit();
            case 2 -> "\\sqrt{" + expression(d) + "}";
            case 3 -> "\\sqrt[" + atom() + "]{" + expression(d) + "}";
            case 4 -> random.nextBoolean() ? "\\sqrt" : "\\sqrt{}";
            case 5 -> expression(d) + "^{" + expression(d) + "}";
            case 6 -> atom() + "^" + digit();
            case 7 -> "(" + expression(d) + ", " + expression(d) + ")";
            case 8 -> (random.nextBoolean() ? "[" : "(") + expression(d) + "," + expression(d)
                    + (random.nextBoolean() ? "]" : ")");
            case 9 -> matrix(d);
            case 10 -> "\\text{" + expression(d) + "}";
            case 11 -> "\\left(" + expression(d) + "\\right)";
            case 12 -> expression(d) + pick("+", "-", "*", "/", "\\cdot ", "\\times ", " ") + expression(d);
            case 13 -> "\\boxed{" + expression(d) + "}";
            case 14 -> pick(HUGE);
            case 15 -> expression(d) + pick(WORDS);
            case 16 -> repeat(expression(d));
            case 17 -> unbalance(expression(d));
            case 18 -> pick(UNICODE_DIGITS) + (random.nextBoolean() ? "." + pick(UNICODE_DIGITS) : "");
            case 19 -> "-" + expression(d);
            case 20 -> "$" + expression(d) + "$";
            case 21 -> "\\mathbf{" + expression(d) + "}";
            case 22 -> expression(d) + "!";
            default -> atom();
        };
    }

    private String atom() {
        return switch (random.nextInt(7)) {
            case 0 -> Integer.toString(random.nextInt(-20, 1000));
            case 1 -> random.nextInt(100) + "." + random.nextInt(1000);
            case 2 -> "0." + "1234567890123456789".substring(0, random.nextInt(1, 19));
            case 3 -> pick(SYMBOLS);
            case 4 -> random.nextInt(1, 99) + "/" + random.nextInt(1, 99);
            case 5 -> random.nextInt(1, 9) + "e" + random.nextInt(-400, 400);
            default -> digit();
        };
    }

    private String matrix(int depth) {
        String env = pick(ENVIRONMENTS);
        StringBuilder sb = new StringBuilder("\\begin{" + env + "}");
        int rows = random.nextInt(0, 3);
        for (int r = 0; r < rows; r++) {
            if (r > 0) {
                sb.append("\\\\");
            }
            sb.append(expression(depth)).append(random.nextBoolean() ? " & " + expression(depth) : "");
        }
        // sometimes left unclosed, or closed by a mistyped \endpmatrix} as in the reproduction
        return sb.append(switch (random.nextInt(4)) {
            case 0 -> "";
            case 1 -> "\\end" + env + "}";
            default -> "\\end{" + env + "}";
        }).toString();
    }

    private String repeat(String s) {
        int times = random.nextInt(2, 40);
        return s.length() * times > 6_000 ? s : s.repeat(times);
    }

    private String unbalance(String s) {
        StringBuilder sb = new StringBuilder(s);
        for (int k = random.nextInt(1, 4); k > 0; k--) {
            sb.insert(random.nextInt(sb.length() + 1), pick("{", "}", "\\", "$", "\\begin{", "\\end{", "^", "_", "["));
        }
        return sb.toString();
    }

    /** Inserts, deletes, duplicates or replaces a random piece of {@code s}. */
    String mutate(String s) {
        StringBuilder sb = new StringBuilder(s);
        for (int k = random.nextInt(1, 4); k > 0; k--) {
            int at = random.nextInt(sb.length() + 1);
            switch (random.nextInt(5)) {
                case 0 -> sb.insert(at, expression(1));
                case 1 -> {
                    if (sb.length() > 0) {
                        sb.delete(at, Math.min(sb.length(), at + random.nextInt(1, 6)));
                    }
                }
                case 2 -> {
                    int end = Math.min(sb.length(), at + random.nextInt(1, 20));
                    String piece = sb.substring(at, end);
                    sb.insert(at, piece.repeat(random.nextInt(1, 8)));
                }
                case 3 -> sb.insert(at, pick(WORDS));
                default -> sb.insert(at, pick(UNICODE_DIGITS));
            }
        }
        return sb.toString();
    }

    private String digit() {
        return Integer.toString(random.nextInt(10));
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }
}
