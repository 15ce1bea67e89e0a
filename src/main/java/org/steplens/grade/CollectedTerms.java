package org.steplens.grade;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * sympy's arithmetic on expressions with symbols and decimals, as the reference grader meets it: a decimal is a
 * binary Float, like terms are collected by adding their coefficients in Float arithmetic, and a term whose
 * coefficient comes out as exactly 0 disappears. So {@code 0.1x+0.2x} minus {@code 0.3x} leaves
 * {@code -5.55e-17 x} (not equal) while {@code 0.1x} minus {@code x/10} leaves nothing (equal: the fraction is
 * rounded to the Float's precision first). Both sides are expanded into sums of monomials (symbols with rational
 * powers) whose coefficients are the numbers sympy would hold ({@link RealEvaluator} in binary-float mode), as
 * sympy's simplify expands a product of sums.
 *
 * <p>Only polynomials (with negative powers from division by a monomial, and square roots of a symbol) are
 * collected; anything else ({@link #equal} returns null) is left to the evaluation at points.
 */
final class CollectedTerms {
    /** A sum grows no larger than this many terms ({@code (x+y+1)^9} has 55); beyond it, evaluation decides. */
    private static final int MAX_TERMS = 2_000;
    /**
     * A product of sums multiplies no more than this many pairs of terms: expanding {@code ((x+1)^9+1)^9} would
     * take seconds of big-number work before the term limit stopped it.
     */
    private static final long MAX_TERM_PRODUCTS = 4_000;
    /** Integer powers of sums are expanded up to this exponent. */
    private static final int MAX_EXPANDED_POWER = 32;
    /**
     * Numbers larger than this many bits (decimals like {@code 1e1867}, never seen in real answers) are left to
     * evaluation: exact coefficient arithmetic on them costs seconds where evaluation costs milliseconds.
     */
    private static final long MAX_NUMBER_BITS = 1_024;

    /** The expression is not one this class collects. */
    private static final class Outside extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Outside INSTANCE = new Outside();

        private Outside() {
            super(null, null, false, false);
        }
    }

    /** Monomial (symbol to power, sorted) to coefficient. */
    private record Sum(Map<Map<String, Rational>, RealEvaluator.Value> terms) {
        static Sum constant(RealEvaluator.Value v) {
            Map<Map<String, Rational>, RealEvaluator.Value> t = new HashMap<>();
            if (!isZero(v)) {
                t.put(Map.of(), v);
            }
            return new Sum(t);
        }

        static Sum symbol(String name, Rational power) {
            Map<Map<String, Rational>, RealEvaluator.Value> t = new HashMap<>();
            t.put(Map.of(name, power), RealEvaluator.Value.of(Rational.ONE));
            return new Sum(t);
        }
    }

    private final RealEvaluator numbers;
    private final Deadline deadline;

    private CollectedTerms(Deadline deadline) {
        this.deadline = deadline;
        this.numbers = new RealEvaluator(Map.of(), deadline, true);
    }

    /**
     * Whether {@code left - right} collects to nothing, or null when either side is outside what is collected here
     * (then evaluation at points decides).
     */
    static Boolean equal(Expr left, Expr right, Deadline deadline) {
        if (Expr.any(left, CollectedTerms::huge) || Expr.any(right, CollectedTerms::huge)) {
            return null;
        }
        CollectedTerms c = new CollectedTerms(deadline);
        Sum l;
        Sum r;
        try {
            l = c.collect(left);
            r = c.collect(right);
        } catch (Outside | RealEvaluator.NonReal | RealEvaluator.DivisionByZero e) {
            return null;
        }
        Set<Map<String, Rational>> monomials = new LinkedHashSet<>(l.terms().keySet());
        monomials.addAll(r.terms().keySet());
        RealEvaluator.Value zero = RealEvaluator.Value.of(Rational.ZERO);
        for (Map<String, Rational> m : monomials) {
            if (!SymbolicEquality.equalReal(l.terms().getOrDefault(m, zero), r.terms().getOrDefault(m, zero))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code e} holds a decimal literal (a sympy Float) anywhere. */
    static boolean hasFloat(Expr e) {
        return Expr.any(e, x -> x instanceof Expr.Num n && n.fromFloat());
    }

    private static boolean huge(Expr e) {
        return e instanceof Expr.Num n && (n.value().bitLength() > MAX_NUMBER_BITS
                || n.binary().bitLength() > MAX_NUMBER_BITS);
    }

    private Sum collect(Expr e) {
        deadline.check();
        if (!RealEvaluator.containsSymbol(e)) {
            return Sum.constant(numbers.eval(e)); // numbers alone: sympy evaluates them at once
        }
        if (e instanceof Expr.Sym s) {
            return Sum.symbol(s.name(), Rational.ONE);
        }
        if (e instanceof Expr.Neg n) {
            return scale(collect(n.arg()), RealEvaluator.Value.of(Rational.ONE.negate()));
        }
        if (e instanceof Expr.Call c) {
            if (c.function().equals("sqrt") && c.arg() instanceof Expr.Sym s) {
                return Sum.symbol(s.name(), Rational.of(1, 2));
            }
            throw Outside.INSTANCE;
        }
        if (e instanceof Expr.Chain ch) {
            Sum acc = collect(ch.first());
            for (int i = 0; i < ch.rest().size(); i++) {
                acc = apply(ch.ops().charAt(i), acc, ch.rest().get(i));
            }
            return acc;
        }
        Expr.Bin b = (Expr.Bin) e;
        if (b.op() == '^') {
            return power(collect(b.left()), b.right());
        }
        return apply(b.op(), collect(b.left()), b.right());
    }

    private Sum apply(char op, Sum left, Expr rightExpr) {
        return switch (op) {
            case '+' -> add(left, collect(rightExpr), false);
            case '-' -> add(left, collect(rightExpr), true);
            case '*' -> multiply(left, collect(rightExpr));
            case '/' -> multiply(left, inverse(collect(rightExpr)));
            default -> throw Outside.INSTANCE;
        };
    }

    private Sum add(Sum a, Sum b, boolean subtract) {
        Map<Map<String, Rational>, RealEvaluator.Value> t = new HashMap<>(a.terms());
        for (Map.Entry<Map<String, Rational>, RealEvaluator.Value> e : b.terms().entrySet()) {
            RealEvaluator.Value v = e.getValue();
            RealEvaluator.Value old = t.get(e.getKey());
            RealEvaluator.Value sum = old == null ? (subtract ? negate(v) : v)
                    : RealEvaluator.arithmetic(subtract ? '-' : '+', old, v);
            put(t, e.getKey(), sum);
        }
        return checked(new Sum(t));
    }

    private Sum multiply(Sum a, Sum b) {
        if ((long) a.terms().size() * b.terms().size() > MAX_TERM_PRODUCTS) {
            throw Outside.INSTANCE;
        }
        Map<Map<String, Rational>, RealEvaluator.Value> t = new HashMap<>();
        for (Map.Entry<Map<String, Rational>, RealEvaluator.Value> x : a.terms().entrySet()) {
            for (Map.Entry<Map<String, Rational>, RealEvaluator.Value> y : b.terms().entrySet()) {
                deadline.check();
                Map<String, Rational> m = times(x.getKey(), y.getKey());
                RealEvaluator.Value v = RealEvaluator.arithmetic('*', x.getValue(), y.getValue());
                RealEvaluator.Value old = t.get(m);
                put(t, m, old == null ? v : RealEvaluator.arithmetic('+', old, v));
            }
            checked(new Sum(t));
        }
        return new Sum(t);
    }

    /** 1/s for a single term (a monomial with a non-zero coefficient); a sum in a denominator is outside. */
    private Sum inverse(Sum s) {
        if (s.terms().size() != 1) {
            throw s.terms().isEmpty() ? new RealEvaluator.DivisionByZero() : Outside.INSTANCE;
        }
        Map.Entry<Map<String, Rational>, RealEvaluator.Value> only = s.terms().entrySet().iterator().next();
        Map<String, Rational> m = new TreeMap<>();
        only.getKey().forEach((k, p) -> m.put(k, p.negate()));
        Map<Map<String, Rational>, RealEvaluator.Value> t = new HashMap<>();
        t.put(Map.copyOf(m), RealEvaluator.arithmetic('/', RealEvaluator.Value.of(Rational.ONE), only.getValue()));
        return new Sum(t);
    }

    /** A sum to a small non-negative integer power, or a monomial to any exact rational power. */
    private Sum power(Sum base, Expr exponentExpr) {
        if (RealEvaluator.containsSymbol(exponentExpr) || SympyParser.isFloatLiteral(exponentExpr)) {
            throw Outside.INSTANCE; // x^y, and x^2.0 (sympy keeps a Float power apart from x^2)
        }
        RealEvaluator.Value exponent = numbers.eval(exponentExpr);
        Rational k = exponent.exact();
        if (k == null || exponent.fromFloat() || !k.isInteger() || k.signum() < 0
                || k.num().bitLength() > 31 || k.num().intValue() > MAX_EXPANDED_POWER) {
            throw Outside.INSTANCE;
        }
        Sum result = Sum.constant(RealEvaluator.Value.of(Rational.ONE));
        for (int i = 0; i < k.num().intValue(); i++) {
            result = multiply(result, base);
        }
        return result;
    }

    private Sum scale(Sum s, RealEvaluator.Value factor) {
        return multiply(s, Sum.constant(factor));
    }

    private static RealEvaluator.Value negate(RealEvaluator.Value v) {
        return RealEvaluator.arithmetic('*', RealEvaluator.Value.of(Rational.ONE.negate()), v);
    }

    private static Map<String, Rational> times(Map<String, Rational> a, Map<String, Rational> b) {
        Map<String, Rational> m = new TreeMap<>(a);
        b.forEach((k, p) -> m.merge(k, p, Rational::add));
        m.values().removeIf(p -> p.signum() == 0);
        return Map.copyOf(m);
    }

    /** sympy drops a term whose coefficient is exactly zero (a Float 0.0 too). */
    private static void put(Map<Map<String, Rational>, RealEvaluator.Value> t, Map<String, Rational> m,
                            RealEvaluator.Value v) {
        if (isZero(v)) {
            t.remove(m);
        } else {
            t.put(m, v);
        }
    }

    private static boolean isZero(RealEvaluator.Value v) {
        return v.exact() != null && v.exact().signum() == 0;
    }

    private static Sum checked(Sum s) {
        if (s.terms().size() > MAX_TERMS) {
            throw Outside.INSTANCE;
        }
        return s;
    }
}
