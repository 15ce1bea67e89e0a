package org.steplens.grade;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The reference grader's last resort: "does {@code (truth)-(given)} simplify to 0?", with its guards (no more
 * than two distinct letters besides {@code sqrt}/{@code frac}, no {@code ^{}, no {@code ^(}, no exponent of
 * two or more digits, no {@code ^n^}). sympy's simplification is replaced by evaluation: exactly with
 * rationals at several real points where the arithmetic stays rational, with 70-digit decimals where roots,
 * logarithms or pi enter, and in double precision at complex points to catch real-only identities. Decimals are
 * sympy Floats, as in the reference: without symbols they are evaluated in binary ({@code 0.1+0.2} is not
 * {@code 0.3}, {@code 0.5} is {@code 1/2}); with symbols, like terms are collected in Float arithmetic
 * ({@link CollectedTerms}: {@code 0.1x+0.2x} is not {@code 0.3x}). With {@code exactDecimals} (an opt-in, not the
 * reference) decimals are exact everywhere. Anything the reference could not parse is "not equal".
 */
public final class SymbolicEquality {
    private static final Pattern EXPONENT_CHAIN = Pattern.compile("\\^[0-9]+\\^");
    private static final Pattern LONG_EXPONENT = Pattern.compile("\\^[0-9][0-9]+");

    /** Real values given to symbols (cycled); chosen to avoid accidental zeros. */
    private static final Rational[] REAL_VALUES = {Rational.of(29, 7), Rational.of(-61, 29), Rational.of(37, 23),
        Rational.of(53, 11), Rational.of(-7, 41), Rational.of(19, 97), Rational.of(-83, 31), Rational.of(113, 9)};
    /** Complex values given to symbols; the first two have arguments summing past pi (branch cuts show). */
    private static final ComplexEvaluator.C[] COMPLEX_VALUES = {new ComplexEvaluator.C(-1.31, 0.58),
        new ComplexEvaluator.C(-0.87, 1.13), new ComplexEvaluator.C(-1.07, -0.71), new ComplexEvaluator.C(0.43, -1.21),
        new ComplexEvaluator.C(0.71, 0.93)};
    private static final int REAL_POINTS = 4;
    private static final int COMPLEX_POINTS = 3;
    private static final java.math.BigDecimal REAL_TOLERANCE = new java.math.BigDecimal("1e-45");
    private static final double COMPLEX_TOLERANCE = 1e-9;

    private SymbolicEquality() {
    }

    /** The reference's guard on {@code "(truth)-(given)"}: whether the symbolic check is attempted at all. */
    public static boolean shouldAllowEval(String expr) {
        String stripped = expr.replace("sqrt", "").replace("frac", "");
        if (stripped.codePoints().filter(PyText::isAlpha).distinct().count() > 2) {
            return false;
        }
        if (expr.contains("^{") || expr.contains("^(")) {
            return false;
        }
        return !EXPONENT_CHAIN.matcher(expr).find() && !LONG_EXPONENT.matcher(expr).find();
    }

    /** Whether the two normalised elements are equal under the reference's symbolic check. */
    static boolean areEqual(String truth, String given, Deadline deadline) {
        return areEqual(truth, given, deadline, false);
    }

    /** The same, with decimals as exact numbers when {@code exactDecimals}. */
    static boolean areEqual(String truth, String given, Deadline deadline, boolean exactDecimals) {
        String expr = "(" + truth + ")-(" + given + ")";
        if (!shouldAllowEval(expr)) {
            return false;
        }
        try {
            Expr e = SympyParser.parse(expr, deadline);
            if (!(e instanceof Expr.Bin b) || b.op() != '-') {
                return false;
            }
            return zeroEverywhere(b.left(), b.right(), deadline, exactDecimals);
        } catch (SympyParser.Unsupported | RealEvaluator.DivisionByZero | ArithmeticException | StackOverflowError e) {
            return false;
        }
    }

    private static boolean zeroEverywhere(Expr left, Expr right, Deadline deadline, boolean exactDecimals) {
        TreeSet<String> names = new TreeSet<>();
        collectSymbols(left, names);
        collectSymbols(right, names);
        List<String> symbols = new ArrayList<>(names);
        if (clearlyDifferent(left, right, symbols, deadline)) {
            return false;
        }
        if (!exactDecimals && !symbols.isEmpty()
                && (CollectedTerms.hasFloat(left) || CollectedTerms.hasFloat(right))) {
            Boolean collected = CollectedTerms.equal(left, right, deadline);
            if (collected != null) {
                return collected;
            }
        }
        int realPoints = symbols.isEmpty() ? 1 : REAL_POINTS;
        int evaluated = 0;
        boolean needComplex = !symbols.isEmpty();
        for (int p = 0; p < realPoints; p++) {
            Map<String, Rational> point = new HashMap<>();
            for (int s = 0; s < symbols.size(); s++) {
                point.put(symbols.get(s), REAL_VALUES[(p * 3 + s * 5) % REAL_VALUES.length]);
            }
            // without symbols sympy evaluates the numbers at parse time, Floats in binary; with symbols (outside
            // what CollectedTerms handles) exact decimals follow its symbolic work more closely than rounding at
            // a point
            RealEvaluator ev = new RealEvaluator(point, deadline, symbols.isEmpty() && !exactDecimals);
            try {
                RealEvaluator.Value l = ev.eval(left);
                RealEvaluator.Value r = ev.eval(right);
                if (!equalReal(l, r)) {
                    return false;
                }
                evaluated++;
            } catch (RealEvaluator.NonReal e) {
                needComplex = true;
            } catch (RealEvaluator.DivisionByZero e) {
                if (symbols.isEmpty()) {
                    return false;
                }
            }
        }
        if (needComplex) {
            int points = symbols.isEmpty() ? 1 : COMPLEX_POINTS;
            for (int p = 0; p < points; p++) {
                Map<String, ComplexEvaluator.C> point = new HashMap<>();
                for (int s = 0; s < symbols.size(); s++) {
                    point.put(symbols.get(s), COMPLEX_VALUES[(p * 2 + s) % COMPLEX_VALUES.length]);
                }
                ComplexEvaluator ev = new ComplexEvaluator(point, deadline);
                try {
                    ComplexEvaluator.C l = ev.eval(left);
                    ComplexEvaluator.C r = ev.eval(right);
                    if (!l.finite() || !r.finite()) {
                        continue;
                    }
                    double scale = Math.max(1, Math.max(l.abs(), r.abs()));
                    if (l.minus(r).abs() > COMPLEX_TOLERANCE * scale) {
                        return false;
                    }
                    evaluated++;
                } catch (RealEvaluator.DivisionByZero e) {
                    if (symbols.isEmpty()) {
                        return false;
                    }
                }
            }
        }
        return evaluated > 0;
    }

    /**
     * A cheap first look in double precision at two real points and one complex point: most pairs that reach
     * the symbolic step are different answers, and a relative difference above 1e-6 settles them. Pairs that
     * look equal (or cannot be evaluated in doubles) go on to the precise check.
     */
    private static boolean clearlyDifferent(Expr left, Expr right, List<String> symbols, Deadline deadline) {
        for (int p = 0; p < 3; p++) {
            Map<String, ComplexEvaluator.C> point = new HashMap<>();
            for (int s = 0; s < symbols.size(); s++) {
                point.put(symbols.get(s), p < 2
                        ? new ComplexEvaluator.C(REAL_VALUES[(p * 3 + s * 5) % REAL_VALUES.length].toDouble(), 0)
                        : COMPLEX_VALUES[s % COMPLEX_VALUES.length]);
            }
            try {
                ComplexEvaluator ev = new ComplexEvaluator(point, deadline);
                ComplexEvaluator.C l = ev.eval(left);
                ComplexEvaluator.C r = ev.eval(right);
                if (l.finite() && r.finite()
                        && l.minus(r).abs() > 1e-6 * Math.max(1, Math.max(l.abs(), r.abs()))) {
                    return true;
                }
            } catch (SympyParser.Unsupported | RealEvaluator.DivisionByZero | ArithmeticException e) {
                // decided by the precise check
            }
            if (symbols.isEmpty()) {
                break;
            }
        }
        return false;
    }

    static boolean equalReal(RealEvaluator.Value l, RealEvaluator.Value r) {
        if (l.isBinaryFloat() && r.exact() != null || r.isBinaryFloat() && l.exact() != null) {
            return RealEvaluator.arithmetic('-', l, r).exact().signum() == 0;
        }
        if (l.exact() != null && r.exact() != null) {
            return l.exact().equals(r.exact());
        }
        java.math.BigDecimal a = l.decimal();
        java.math.BigDecimal b = r.decimal();
        java.math.BigDecimal scale = a.abs().max(b.abs()).max(java.math.BigDecimal.ONE);
        return a.subtract(b, BigMath.MC).abs().compareTo(scale.multiply(REAL_TOLERANCE)) <= 0;
    }

    private static void collectSymbols(Expr e, TreeSet<String> out) {
        if (e instanceof Expr.Sym s) {
            out.add(s.name());
        } else if (e instanceof Expr.Neg n) {
            collectSymbols(n.arg(), out);
        } else if (e instanceof Expr.Call c) {
            collectSymbols(c.arg(), out);
        } else if (e instanceof Expr.Bin b) {
            collectSymbols(b.left(), out);
            collectSymbols(b.right(), out);
        } else if (e instanceof Expr.Chain ch) {
            collectSymbols(ch.first(), out);
            ch.rest().forEach(r -> collectSymbols(r, out));
        }
    }
}
