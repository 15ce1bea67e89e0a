package org.steplens.grade;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reference grader's second normalisation: drops {@code \text{}}, dollars and percent signs, units,
 * degrees and thousands separators, renders LaTeX as text ({@link #latexToText}), joins mixed numbers
 * ({@code "7 3/4"} → {@code "7+3/4"}), removes spaces and braces, lower-cases, and writes integers canonically.
 */
public final class AnswerNormalizer {
    private static final String[] UNITS = {"degree", "cm", "centimeter", "meter", "mile", "second", "minute", "hour",
        "day", "week", "month", "year", "foot", "feet", "inch", "yard"};
    private static final Pattern[] UNIT_PATTERNS = new Pattern[UNITS.length];
    private static final Pattern DEGREE_CIRC = Pattern.compile("\\^ *\\\\circ", Pattern.UNIX_LINES);
    private static final Pattern LATEX_THOUSANDS = Pattern.compile(",\\\\! *", Pattern.UNIX_LINES);
    private static final Pattern MINUS_SPACE = Pattern.compile("- *", Pattern.UNIX_LINES);
    private static final Pattern MIXED_NUMBER = Pattern.compile("([0-9]) +([0-9])", Pattern.UNIX_LINES);

    static {
        for (int i = 0; i < UNITS.length; i++) {
            UNIT_PATTERNS[i] = Pattern.compile(UNITS[i] + "(es)?(s)? *(\\^[0-9]+)?", Pattern.UNIX_LINES);
        }
    }

    private AnswerNormalizer() {
    }

    /** The normal form, or null for null. */
    public static String normalize(String answer) {
        if (answer == null) {
            return null;
        }
        String expr = answer;
        Matcher m = HendrycksNormalizer.ENCLOSING_TEXT.matcher(expr);
        if (m.find()) {
            expr = m.group("text");
        }
        expr = expr.replace("\\%", "%").replace("\\$", "$").replace("$", "").replace("%", "");
        expr = expr.replace(" or ", " , ").replace(" and ", " , ");
        expr = expr.replace("million", "*10^6").replace("billion", "*10^9").replace("trillion", "*10^12");
        for (Pattern unit : UNIT_PATTERNS) {
            if (expr.indexOf(unit.pattern().charAt(0)) >= 0) {
                expr = unit.matcher(expr).replaceAll("");
            }
        }
        expr = DEGREE_CIRC.matcher(expr).replaceAll("");
        if (!expr.isEmpty() && expr.charAt(0) == '{' && expr.charAt(expr.length() - 1) == '}') {
            expr = expr.substring(1, expr.length() - 1);
        }
        expr = LATEX_THOUSANDS.matcher(expr).replaceAll("");
        Double f = PyText.parseFloat(expr);
        if (f != null && PyText.isNearInt(f)) {
            expr = PyText.roundToIntString(f);
        }
        if (expr.contains("\\")) {
            try {
                expr = latexToText(expr);
                GradingBudget.checkLength(expr, GradingBudget.MAX_TEXT_CHARS, "LaTeX text");
            } catch (GradingBudget.Exceeded e) {
                throw e;
            } catch (RuntimeException e) {
                // the reference keeps the expression when LaTeX conversion fails
            }
        }
        expr = MINUS_SPACE.matcher(expr).replaceAll("-");
        expr = injectMixedNumbers(expr);
        expr = expr.replace(" ", "").replace("{", "").replace("}", "");
        expr = expr.toLowerCase(java.util.Locale.ROOT);
        if (NumberRules.strIsInt(expr)) {
            expr = NumberRules.strToInt(expr);
        }
        return expr;
    }

    /** {@code "7 3/4"} → {@code "7+3/4"}. */
    static String injectMixedNumbers(String expr) {
        return MIXED_NUMBER.matcher(expr).replaceAll("$1+$2");
    }

    /**
     * LaTeX to the text form the symbolic step reads: {@code \dfrac}/{@code \tfrac} as {@code \frac}, a space
     * before each {@code \frac} (so mixed numbers stay apart), LaTeX rendered as text, then {@code √ π ∞ ∪ · ×}
     * written as {@code sqrt pi inf U * *}, trimmed.
     */
    public static String latexToText(String expr) {
        String e = expr.replace("\\tfrac", "\\frac").replace("\\dfrac", "\\frac").replace("\\frac", " \\frac");
        e = LatexToText.convert(e);
        e = e.replace("\u221A", "sqrt").replace("\u03C0", "pi").replace("\u221E", "inf").replace("\u222A", "U")
                .replace("\u00B7", "*").replace("\u00D7", "*");
        return PyText.strip(e);
    }
}
