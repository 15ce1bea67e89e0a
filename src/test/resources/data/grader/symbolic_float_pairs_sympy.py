"""Pairs of answer elements with symbols and decimals, decided as PRM800K's grader decides them.

The decision is the reference's symbolic check (openai/prm800k grading/grader.py, are_equal_under_sympy) as
its semantics are documented there: on "(truth)-(given)", the guard (at most two distinct letters once "sqrt"
and "frac" are removed; no "^{", "^(", "^<digits>^" or two-digit exponent), then sympy's parse_expr (standard
transformations + implicit multiplication and application, "^" read as "**"), simplify, and compare with 0. Run with sympy 1.14.0 (python 3.11):
    python3 symbolic_float_pairs_sympy.py > symbolic_float_pairs_sympy.tsv
The pairs are generated deterministically (random.Random(18)) from hand-written answer shapes.
"""
import random
import re

import sympy
from sympy.parsing import sympy_parser

TRANSFORMS = sympy_parser.standard_transformations + (sympy_parser.implicit_multiplication_application,)


def guard_allows(expr):
    letters = {c for c in expr.replace("sqrt", "").replace("frac", "") if c.isalpha()}
    if len(letters) > 2 or "^{" in expr or "^(" in expr:
        return False
    return not re.search(r"\^[0-9]+\^", expr) and not re.search(r"\^[0-9][0-9]+", expr)


def reference_equal(truth, given):
    expr = f"({truth})-({given})"
    if not guard_allows(expr):
        return False
    try:
        diff = sympy_parser.parse_expr(expr.replace("^", "**"), transformations=TRANSFORMS)
        return sympy.simplify(diff) == 0
    except Exception:
        return False


HAND = [
    ("0.3x", "0.1x+0.2x"), ("0.3", "0.1+0.2"), ("2x", "2.0x"), ("x", "1.0x"), ("x/2", "0.5x"),
    ("2.5x", "5x/2"), ("x/3", "0.333333333333333x"), ("x/3", "0.3333333333333333x"),
    ("x^2/3", "0.3333333333333333x^2"), ("0.1x+0.2", "0.2+0.1x"), ("1.1x+1", "1+1.1x"), ("0.1x", "x/10"),
    ("0.1(x+1)", "0.1x+0.1"), ("0.7x-0.1x", "0.6x"), ("x+0.1+0.2", "x+0.3"), ("0.5sqrt(x)", "sqrt(x)/2"),
    ("sqrt(0.5)x", "x/sqrt(2)"), ("1.5x+y", "y+3x/2"), ("0.1x*10", "x"), ("2.0x^2", "2x^2"), ("x^2.0", "x^2"),
    ("(x+0.1)^2", "x^2+0.2x+0.01"), ("x/0.1", "10x"), ("(x+1)/0.5", "2x+2"), ("0.5(x+y)^2", "(x+y)^2/2"),
    ("(0.5x+1)(x+1)", "0.5x^2+1.5x+1"), ("x(0.5x+1)", "0.5x^2+x"), ("1/(0.5x)", "2/x"), ("0.5x/y", "x/(2y)"),
    ("pi*0.5x", "pi x/2"), ("0.5sqrt(2)x", "sqrt(2)x/2"), ("0.1x+0.2x", "0.2x+0.1x"), ("0.1x+0.7x", "0.8x"),
    ("x/10+x/5", "0.3x"), ("0.25x", "x/4"), ("0.2x", "x/5"), ("3.14x", "pi x"), ("1.2x-3.4", "6x/5-17/5"),
    ("0.1x+0.1x+0.1x", "0.3x"), ("0.3x", "3(0.1x)"), ("x+y", "1.0x+1.0y"), ("0.5x+0.5y", "(x+y)/2"),
    ("0.1(x+0.2)", "0.1x+0.02"), ("(x+0.5)^2", "x^2+x+0.25"), ("(x-0.3)(x+0.3)", "x^2-0.09"),
    ("0.1x^2+0.2x^2", "0.3x^2"), ("4.5t", "9t/2"), ("0.75a+0.25a", "a"), ("1.25n", "5n/4"),
    ("0.6x", "0.2x*3"), ("0.1x/0.2", "0.5x"), ("x/0.3", "10x/3"), ("0.0x+1", "1"), ("1e-1x", "0.1x"),
    ("1.0000000000000001x", "x"), ("0.1000000000000000x", "x/10"), ("0.10000000000000001x", "x/10"),
    ("1.5e2x", "150x"), ("12.5%x", "0.125x"), ("2.50x+1.00", "2.5x+1"), ("0.999999999999999x", "x"),
]

COEFFS = ["0.1", "0.2", "0.3", "0.25", "0.5", "0.7", "1.5", "2.5", "0.125", "0.35", "1.1", "3.3", "0.05",
          "0.3333333333333333", "0.1666666666666667", "1", "2", "3", "1/3", "1/10", "3/10", "1/4", "5/2", "7/20"]
DECIMAL_OF = {"1/3": "0.3333333333333333", "1/10": "0.1", "3/10": "0.3", "1/4": "0.25", "5/2": "2.5",
              "7/20": "0.35"}
SYMS = ["x", "y", "a", "t", "n"]


def term(c, m):
    return f"{c}{m}" if m else c


def random_pairs(rng, count):
    out = []
    while len(out) < count:
        kind = rng.randrange(6)
        s1, s2 = rng.sample(SYMS, 2)
        a, b, c = (rng.choice(COEFFS) for _ in range(3))
        if kind == 0:  # split a coefficient into two decimals
            x, y = rng.choice(["0.1", "0.2", "0.3", "0.4", "0.7", "1.1", "0.05", "0.15"]), rng.choice(["0.1", "0.2", "0.6", "0.35", "2.2"])
            total = f"{float(x) + float(y):.10g}"
            out.append((f"{total}{s1}", f"{x}{s1}+{y}{s1}"))
        elif kind == 1:  # a fraction and its decimal as a coefficient
            f = rng.choice(list(DECIMAL_OF))
            out.append((f"{f}*{s1}+{b}", f"{DECIMAL_OF[f]}{s1}+{b}"))
        elif kind == 2:  # distribute a decimal over a sum
            out.append((f"{a}({s1}+{b})", f"{a}{s1}+{a}*{b}"))
        elif kind == 3:  # a product of two linear factors against its expansion, computed in decimals
            p, q = rng.choice(["0.1", "0.5", "1.5", "0.2", "2"]), rng.choice(["0.3", "0.5", "1", "0.25", "3"])
            pq = f"{float(p) * float(q):.10g}"
            sm = f"{float(p) + float(q):.10g}"
            out.append((f"({s1}+{p})({s1}+{q})", f"{s1}^2+{sm}{s1}+{pq}"))
        elif kind == 4:  # two variables, coefficients reordered
            out.append((f"{a}{s1}+{b}{s2}", f"{b}{s2}+{a}{s1}"))
        else:  # a decimal divided out
            d = rng.choice(["0.5", "0.2", "0.25", "0.1", "1.5", "0.3"])
            out.append((f"({s1}+{b})/{d}", f"{s1}/{d}+{b}/{d}"))
    return out


def main():
    rng = random.Random(18)
    pairs = HAND + [(g, t) for t, g in HAND] + random_pairs(rng, 240)
    seen = set()
    print("# truth_element\tgiven_element\treference_symbolic_check (guard, then sympy " + sympy.__version__
          + " parse_expr with standard + implicit multiplication/application, simplify == 0);"
          + " made by symbolic_float_pairs_sympy.py")
    for t, g in pairs:
        if (t, g) in seen:
            continue
        seen.add((t, g))
        print(f"{t}\t{g}\t{str(reference_equal(t, g)).lower()}")


if __name__ == "__main__":
    main()
