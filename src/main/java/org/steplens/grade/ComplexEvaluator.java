package org.steplens.grade;

import java.util.Map;

/**
 * Evaluates an {@link Expr} at a complex point in double precision, principal branches throughout, to catch
 * identities that hold for real numbers only ({@code sqrt(x^2)} is not {@code x} for complex symbols).
 */
final class ComplexEvaluator {
    record C(double re, double im) {
        C plus(C o) {
            return new C(re + o.re, im + o.im);
        }

        C minus(C o) {
            return new C(re - o.re, im - o.im);
        }

        C times(C o) {
            return new C(re * o.re - im * o.im, re * o.im + im * o.re);
        }

        C over(C o) {
            double d = o.re * o.re + o.im * o.im;
            if (d == 0) {
                throw new RealEvaluator.DivisionByZero();
            }
            return new C((re * o.re + im * o.im) / d, (im * o.re - re * o.im) / d);
        }

        double abs() {
            return Math.hypot(re, im);
        }

        boolean isZero() {
            return re == 0 && im == 0;
        }

        C log() {
            return new C(Math.log(abs()), Math.atan2(im, re));
        }

        C exp() {
            double m = Math.exp(re);
            return new C(m * Math.cos(im), m * Math.sin(im));
        }

        boolean finite() {
            return Double.isFinite(re) && Double.isFinite(im);
        }
    }

    private static final C ONE = new C(1, 0);

    private final Map<String, C> point;
    private final Deadline deadline;

    ComplexEvaluator(Map<String, C> point, Deadline deadline) {
        this.point = point;
        this.deadline = deadline;
    }

    C eval(Expr e) {
        deadline.check();
        if (e instanceof Expr.Num n) {
            return new C(n.value().toDouble(), 0);
        }
        if (e instanceof Expr.Sym s) {
            return point.get(s.name());
        }
        if (e instanceof Expr.Pi) {
            return new C(Math.PI, 0);
        }
        if (e instanceof Expr.Imag) {
            return new C(0, 1);
        }
        if (e instanceof Expr.Neg n) {
            C v = eval(n.arg());
            return new C(-v.re(), -v.im());
        }
        if (e instanceof Expr.Call c) {
            C v = eval(c.arg());
            return switch (c.function()) {
                case "sqrt" -> power(v, new C(0.5, 0), false);
                case "log" -> {
                    if (v.isZero()) {
                        throw new RealEvaluator.DivisionByZero();
                    }
                    yield v.log();
                }
                case "factorial" -> factorial(v, 1);
                case "factorial2" -> factorial(v, 2);
                default -> throw new SympyParser.Unsupported(c.function());
            };
        }
        if (e instanceof Expr.Chain ch) {
            C acc = eval(ch.first());
            for (int i = 0; i < ch.rest().size(); i++) {
                acc = arithmetic(ch.ops().charAt(i), acc, eval(ch.rest().get(i)));
            }
            return acc;
        }
        Expr.Bin b = (Expr.Bin) e;
        C l = eval(b.left());
        C r = eval(b.right());
        return b.op() == '^' ? power(l, r, isInteger(b.right())) : arithmetic(b.op(), l, r);
    }

    private static C arithmetic(char op, C l, C r) {
        return switch (op) {
            case '+' -> l.plus(r);
            case '-' -> l.minus(r);
            case '*' -> l.times(r);
            default -> l.over(r);
        };
    }

    private static boolean isInteger(Expr e) {
        return e instanceof Expr.Num n && n.value().isInteger()
                || e instanceof Expr.Neg neg && neg.arg() instanceof Expr.Num n2 && n2.value().isInteger();
    }

    private static C power(C base, C exponent, boolean integerExponent) {
        if (integerExponent && exponent.im() == 0 && Math.abs(exponent.re()) <= 1 << 20) {
            long n = (long) exponent.re();
            if (base.isZero() && n < 0) {
                throw new RealEvaluator.DivisionByZero();
            }
            C result = ONE;
            C x = n < 0 ? ONE.over(base) : base;
            long k = Math.abs(n);
            while (k > 0) {
                if ((k & 1) == 1) {
                    result = result.times(x);
                }
                x = x.times(x);
                k >>= 1;
            }
            return result;
        }
        if (base.isZero()) {
            if (exponent.re() > 0) {
                return new C(0, 0);
            }
            throw new RealEvaluator.DivisionByZero();
        }
        if (exponent.im() == 0 && exponent.re() == 0.5) {
            double r = base.abs();
            double re = Math.sqrt((r + base.re()) / 2);
            double im = Math.copySign(Math.sqrt((r - base.re()) / 2), base.im());
            if (base.im() == 0 && base.re() < 0) {
                im = Math.sqrt(-base.re());
            }
            return new C(re, im);
        }
        return base.log().times(exponent).exp();
    }

    private static C factorial(C v, int step) {
        if (v.im() != 0 || v.re() < 0 || v.re() != Math.rint(v.re()) || v.re() > 170) {
            throw new SympyParser.Unsupported("factorial");
        }
        double acc = 1;
        for (int k = (int) v.re(); k >= 2; k -= step) {
            acc *= k;
        }
        return new C(acc, 0);
    }
}
