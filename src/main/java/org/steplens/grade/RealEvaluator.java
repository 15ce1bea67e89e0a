package org.steplens.grade;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Map;

/**
 * Evaluates an {@link Expr} at a real point: exactly (rationals) while the arithmetic stays rational, with
 * 70-digit decimals once a root, logarithm or pi enters. A value that leaves the reals raises {@link NonReal}.
 * With {@code binaryFloats}, decimal literals are sympy Floats and arithmetic on them rounds as sympy's does
 * ({@link SympyFloat}); without it they are exact decimals.
 */
final class RealEvaluator {
    /** The value is not real (square root of a negative number, imaginary unit, ...). */
    static final class NonReal extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NonReal() {
            super(null, null, false, false);
        }
    }

    /** Division by zero: sympy's {@code zoo}, never equal to anything. */
    static final class DivisionByZero extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DivisionByZero() {
            super(null, null, false, false);
        }
    }

    /** Exact arithmetic is abandoned beyond this many bits (keeps {@code (x^9)^9^...} bounded). */
    private static final long EXACT_BIT_LIMIT = 20_000;
    private static final MathContext MC = BigMath.MC;
    /** Size bound for sympy Floats held as exact dyadic rationals (1e5000 needs about 16,600 bits). */
    private static final long FLOAT_BIT_LIMIT = 200_000;

    /**
     * A real value: exact when {@code exact} is set, else approximate. {@code fromFloat} marks values computed
     * from a decimal literal (a sympy Float); {@code precision} is the binary precision of a sympy Float value
     * (0 for exact numbers and outside binary-float mode).
     */
    record Value(Rational exact, BigDecimal approx, boolean fromFloat, int precision) {
        static Value of(Rational r) {
            return new Value(r, null, false, 0);
        }

        static Value approx(BigDecimal d) {
            return new Value(null, d, false, 0);
        }

        static Value binaryFloat(Rational r, int precision) {
            return new Value(r, null, true, precision);
        }

        Value tainted(boolean t) {
            return t == fromFloat ? this : new Value(exact, approx, t, precision);
        }

        boolean isBinaryFloat() {
            return precision > 0 && exact != null;
        }

        BigDecimal decimal() {
            return exact != null ? exact.toBigDecimal(MC) : approx;
        }

        int signum() {
            return exact != null ? exact.signum() : approx.signum();
        }
    }

    private final Map<String, Rational> point;
    private final Deadline deadline;
    private final boolean binaryFloats;

    RealEvaluator(Map<String, Rational> point, Deadline deadline, boolean binaryFloats) {
        this.point = point;
        this.deadline = deadline;
        this.binaryFloats = binaryFloats;
    }

    Value eval(Expr e) {
        deadline.check();
        if (e instanceof Expr.Num n) {
            if (binaryFloats && n.fromFloat()) {
                return Value.binaryFloat(n.binary(), n.precision());
            }
            return Value.of(n.value()).tainted(n.fromFloat());
        }
        if (e instanceof Expr.Sym s) {
            return Value.of(point.get(s.name()));
        }
        if (e instanceof Expr.Pi) {
            return Value.approx(BigMath.PI.round(MC));
        }
        if (e instanceof Expr.Imag) {
            throw new NonReal();
        }
        if (e instanceof Expr.Neg n) {
            Value v = eval(n.arg());
            return v.exact() != null ? new Value(v.exact().negate(), null, v.fromFloat(), v.precision())
                    : Value.approx(v.approx().negate()).tainted(v.fromFloat());
        }
        if (e instanceof Expr.Call c) {
            Value arg = eval(c.arg());
            return opaqueCheck(arg, call(c.function(), arg));
        }
        if (e instanceof Expr.Chain ch) {
            Value acc = eval(ch.first());
            for (int i = 0; i < ch.rest().size(); i++) {
                Value r = eval(ch.rest().get(i));
                acc = arithmetic(ch.ops().charAt(i), acc, r).tainted(acc.fromFloat() || r.fromFloat());
            }
            return acc;
        }
        Expr.Bin b = (Expr.Bin) e;
        Value l = eval(b.left());
        Value r = eval(b.right());
        boolean fromFloat = l.fromFloat() || r.fromFloat();
        if (b.op() == '^') {
            if (SympyParser.isFloatLiteral(b.right())) {
                Value v = power(l, r);
                return (containsSymbol(b.left()) || v.exact() == null ? opaque(v) : v).tainted(true);
            }
            Value v = power(l, r);
            if (l.isBinaryFloat() && v.exact() != null) {
                return Value.binaryFloat(SympyFloat.round(v.exact(), l.precision()), l.precision());
            }
            return (r.exact() != null && r.exact().isInteger() ? v : opaqueCheck(l, v)).tainted(fromFloat);
        }
        return arithmetic(b.op(), l, r).tainted(fromFloat);
    }

    /**
     * sympy evaluates a root or logarithm of a Float (and a power with a Float exponent) to an inexact Float that
     * cancels only with the very same term, never with an exact irrational: such values get a fixed relative
     * offset far above the comparison tolerance, so identical terms still cancel and the rest do not.
     */
    private static Value opaqueCheck(Value input, Value result) {
        if (input.fromFloat() && result.exact() == null) {
            return opaque(result);
        }
        return result.tainted(input.fromFloat());
    }

    private static final BigDecimal OPAQUE_OFFSET = BigDecimal.ONE.add(new BigDecimal("1e-30"));

    private static Value opaque(Value v) {
        return Value.approx(v.decimal().multiply(OPAQUE_OFFSET, MC)).tainted(true);
    }

    static boolean containsSymbol(Expr e) {
        return Expr.any(e, x -> x instanceof Expr.Sym);
    }

    static Value arithmetic(char op, Value l, Value r) {
        if (l.isBinaryFloat() && r.exact() != null || r.isBinaryFloat() && l.exact() != null) {
            return floatArithmetic(op, l, r);
        }
        if (l.exact() != null && r.exact() != null
                && l.exact().bitLength() + r.exact().bitLength() <= EXACT_BIT_LIMIT) {
            return switch (op) {
                case '+' -> Value.of(l.exact().add(r.exact()));
                case '-' -> Value.of(l.exact().subtract(r.exact()));
                case '*' -> Value.of(l.exact().multiply(r.exact()));
                default -> divide(l, r);
            };
        }
        // beyond the exact-size bound (or with an approximate operand): 70-digit decimals
        return switch (op) {
            case '+' -> Value.approx(l.decimal().add(r.decimal(), MC));
            case '-' -> Value.approx(l.decimal().subtract(r.decimal(), MC));
            case '*' -> Value.approx(l.decimal().multiply(r.decimal(), MC));
            default -> divide(Value.approx(l.decimal()), Value.approx(r.decimal()));
        };
    }

    /**
     * sympy's arithmetic with a Float operand: both rounded to the larger precision, the result rounded again;
     * a rational divided by a Float is multiplied by the Float's rounded reciprocal, as sympy does.
     */
    private static Value floatArithmetic(char op, Value l, Value r) {
        if (l.exact().bitLength() + r.exact().bitLength() > FLOAT_BIT_LIMIT) {
            // a Float's exponent is unbounded in sympy; held exactly here, it must stay within the budget
            throw new GradingBudget.Exceeded("Float arithmetic beyond " + FLOAT_BIT_LIMIT + " bits");
        }
        int p = Math.max(l.precision(), r.precision());
        Rational a = SympyFloat.round(l.exact(), p);
        Rational b = SympyFloat.round(r.exact(), p);
        Rational exact = switch (op) {
            case '+' -> a.add(b);
            case '-' -> a.subtract(b);
            case '*' -> a.multiply(b);
            default -> {
                if (b.signum() == 0) {
                    throw new DivisionByZero();
                }
                yield l.isBinaryFloat() ? a.divide(b) : a.multiply(SympyFloat.round(Rational.ONE.divide(b), p));
            }
        };
        return Value.binaryFloat(SympyFloat.round(exact, p), p);
    }

    private static Value divide(Value l, Value r) {
        if (r.signum() == 0) {
            throw new DivisionByZero();
        }
        if (l.exact() != null && r.exact() != null) {
            return Value.of(l.exact().divide(r.exact()));
        }
        return Value.approx(l.decimal().divide(r.decimal(), MC));
    }

    private Value call(String f, Value v) {
        switch (f) {
            case "sqrt":
                return power(v, Value.of(Rational.of(1, 2)));
            case "log":
                if (v.signum() == 0) {
                    throw new DivisionByZero();
                }
                if (v.signum() < 0) {
                    throw new NonReal();
                }
                if (v.exact() != null && v.exact().equals(Rational.ONE)) {
                    return Value.of(Rational.ZERO);
                }
                return Value.approx(BigMath.ln(v.decimal()));
            case "factorial", "factorial2":
                if (v.exact() == null || !v.exact().isInteger() || v.exact().signum() < 0
                        || v.exact().num().compareTo(BigInteger.valueOf(3000)) > 0) {
                    throw new SympyParser.Unsupported("factorial");
                }
                int n = v.exact().num().intValue();
                int step = f.equals("factorial2") ? 2 : 1;
                BigInteger acc = BigInteger.ONE;
                for (int k = n; k >= 2; k -= step) {
                    acc = acc.multiply(BigInteger.valueOf(k));
                }
                return Value.of(new Rational(acc, BigInteger.ONE));
            default:
                throw new SympyParser.Unsupported(f);
        }
    }

    private Value power(Value base, Value exponent) {
        if (exponent.exact() != null && exponent.exact().isInteger()) {
            return integerPower(base, exponent.exact().num());
        }
        if (base.signum() == 0) {
            if (exponent.signum() > 0) {
                return Value.of(Rational.ZERO);
            }
            throw new DivisionByZero();
        }
        if (base.signum() < 0) {
            throw new NonReal();
        }
        if (exponent.exact() != null && base.exact() != null) {
            Rational root = exactRoot(base.exact(), exponent.exact().den());
            if (root != null) {
                return integerPower(Value.of(root), exponent.exact().num());
            }
        }
        if (exponent.exact() != null && exponent.exact().den().equals(BigInteger.TWO)) {
            BigDecimal sqrt = base.decimal().sqrt(MC);
            return integerPowerApprox(sqrt, exponent.exact().num());
        }
        return Value.approx(BigMath.exp(exponent.decimal().multiply(BigMath.ln(base.decimal()), MC)));
    }

    private Value integerPower(Value base, BigInteger n) {
        if (base.signum() == 0 && n.signum() < 0) {
            throw new DivisionByZero();
        }
        if (n.bitLength() > 31) {
            if (base.exact() != null && (base.exact().num().abs().equals(BigInteger.ONE)
                    && base.exact().den().equals(BigInteger.ONE))) {
                return Value.of(base.exact().signum() > 0 || !n.testBit(0) ? Rational.ONE : Rational.ONE.negate());
            }
            throw new SympyParser.Unsupported("exponent too large");
        }
        int k = n.intValue();
        if (base.exact() != null && base.exact().bitLength() * (long) Math.abs(k) <= EXACT_BIT_LIMIT) {
            return Value.of(base.exact().pow(k));
        }
        return integerPowerApprox(base.decimal(), n);
    }

    private Value integerPowerApprox(BigDecimal base, BigInteger n) {
        if (n.bitLength() > 30) {
            throw new SympyParser.Unsupported("exponent too large");
        }
        deadline.checkNow();
        return Value.approx(base.pow(n.intValue(), MC));
    }

    /** The exact q-th root of a non-negative rational, or null when it is irrational. */
    private static Rational exactRoot(Rational r, BigInteger q) {
        if (q.bitLength() > 7) {
            return null;
        }
        int k = q.intValue();
        BigInteger n = integerRoot(r.num(), k);
        BigInteger d = integerRoot(r.den(), k);
        return n == null || d == null ? null : new Rational(n, d);
    }

    /** The exact k-th root of a non-negative integer, or null. */
    private static BigInteger integerRoot(BigInteger x, int k) {
        if (x.bitLength() > 4000) {
            return null;
        }
        if (x.signum() == 0 || k == 1) {
            return x;
        }
        BigInteger y;
        if (k == 2) {
            y = x.sqrt();
        } else {
            y = BigInteger.ONE.shiftLeft(x.bitLength() / k + 1);
            BigInteger km1 = BigInteger.valueOf(k - 1);
            BigInteger kb = BigInteger.valueOf(k);
            while (true) {
                BigInteger next = y.multiply(km1).add(x.divide(y.pow(k - 1))).divide(kb);
                if (next.compareTo(y) >= 0) {
                    break;
                }
                y = next;
            }
        }
        return y.pow(k).equals(x) ? y : null;
    }
}
