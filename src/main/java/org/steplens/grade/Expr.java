package org.steplens.grade;

/** A parsed arithmetic expression (the subset of sympy expressions the grader's symbolic step meets). */
sealed interface Expr {
    record Num(Rational value) implements Expr {
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

    /** sqrt, log or factorial applied to one argument. */
    record Call(String function, Expr arg) implements Expr {
    }
}
