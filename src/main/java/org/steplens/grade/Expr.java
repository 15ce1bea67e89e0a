package org.steplens.grade;

/** A parsed arithmetic expression (the subset of sympy expressions the grader's symbolic step meets). */
sealed interface Expr {
    /** Whether {@code test} holds for {@code e} or any expression inside it. */
    static boolean any(Expr e, java.util.function.Predicate<Expr> test) {
        if (test.test(e)) {
            return true;
        }
        if (e instanceof Neg n) {
            return any(n.arg(), test);
        }
        if (e instanceof Call c) {
            return any(c.arg(), test);
        }
        if (e instanceof Chain ch) {
            return any(ch.first(), test) || ch.rest().stream().anyMatch(r -> any(r, test));
        }
        return e instanceof Bin b && (any(b.left(), test) || any(b.right(), test));
    }
    /**
     * A number; {@code fromFloat} marks a decimal literal (a sympy Float), whose exact decimal value is
     * {@code value} and whose value as sympy holds it is {@code binary} ({@link SympyFloat}); both are
     * {@code value} for integers.
     */
    record Num(Rational value, boolean fromFloat, Rational binary, int precision) implements Expr {
        Num(Rational value) {
            this(value, false, value, 0);
        }

        /** A decimal literal. */
        static Num ofFloat(String literal) {
            SympyFloat.Literal f = SympyFloat.literal(literal);
            return new Num(Rational.ofDecimal(SympyFloat.decimal(literal)), true, f.value(), f.precision());
        }
    }

    /** The imaginary unit (from Python's {@code 2j} literal). */
    record Imag() implements Expr {
    }

    record Pi() implements Expr {
    }

    record Sym(String name) implements Expr {
    }

    record Neg(Expr arg) implements Expr {
    }

    record Bin(char op, Expr left, Expr right) implements Expr {
    }

    /**
     * A left-to-right chain {@code first ops[0] rest[0] ops[1] rest[1] ...} of '+'/'-' or '*'/'/' operations,
     * flat so that long sums do not nest deeply.
     */
    record Chain(Expr first, String ops, java.util.List<Expr> rest) implements Expr {
    }

    /** sqrt, log or factorial applied to one argument. */
    record Call(String function, Expr arg) implements Expr {
    }
}
