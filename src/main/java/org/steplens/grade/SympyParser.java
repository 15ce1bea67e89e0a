package org.steplens.grade;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a normalised answer the way {@code sympy.parse_expr} does with the standard transformations plus
 * implicit multiplication and application: Python tokens ({@code 2x} is {@code 2} then {@code x}, {@code 1e3}
 * a float, {@code 2j} imaginary), {@code ^} as power, names not known to sympy split into one-letter symbols
 * ({@code xy} → {@code x*y}), juxtaposition as multiplication ({@code 2sqrt(3)}, {@code (x+1)(x-1)},
 * {@code x(x+1)}), and Python operator precedence. Anything the reference would reject or that this port does
 * not evaluate (other functions, comparisons, tuples, keywords) raises {@link Unsupported}.
 */
final class SympyParser {
    /** The input cannot be parsed or evaluated as the reference would; the grader treats it as not equal. */
    static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsupported(String message) {
            super(message, null, false, false);
        }
    }

    private static final String DIGITS = "[0-9](?:_?[0-9])*";
    private static final String EXPONENT = "[eE][-+]?" + DIGITS;
    private static final String POINTFLOAT = "(?:" + DIGITS + "\\.(?:" + DIGITS + ")?|\\." + DIGITS + ")(?:" + EXPONENT + ")?";
    private static final String EXPFLOAT = DIGITS + EXPONENT;
    private static final String FLOATNUMBER = "(?:" + POINTFLOAT + "|" + EXPFLOAT + ")";
    private static final Pattern NUMBER = Pattern.compile(
            "(?<imag>(?:" + DIGITS + "[jJ]|" + FLOATNUMBER + "[jJ]))"
                    + "|(?<float>" + FLOATNUMBER + ")"
                    + "|(?<hex>0[xX](?:_?[0-9a-fA-F])+)|(?<bin>0[bB](?:_?[01])+)|(?<oct>0[oO](?:_?[0-7])+)"
                    + "|(?<dec>0(?:_?0)*|[1-9](?:_?[0-9])*)");

    private static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async",
            "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
            "while", "with", "yield");
    /**
     * Lower-case names that sympy's namespace (or Python's builtins) defines, which this port does not
     * evaluate; the letter guard lets few of them through (at most two distinct letters in the whole pair).
     */
    private static final Set<String> OTHER_KNOWN_NAMES = Set.of("oo", "zoo", "nan", "li", "re", "im", "ff", "rf",
            "gff", "eye", "id", "frac", "exp", "sin", "cos", "tan", "cot", "sec", "csc", "abs", "arg", "lcm", "gcd",
            "sign", "floor", "ceiling", "root", "cbrt", "factorial", "binomial", "gamma", "beta", "zeta", "max",
            "min", "sum", "pow", "round", "div", "rem", "quo", "deg", "rad", "var", "ones", "zeros", "diag", "diff",
            "limit", "solve", "simplify", "expand", "factor", "symbols", "series", "integrate", "prime", "mod", "lex",
            "test", "ask", "cse", "pde", "ode", "igcd", "ilcm", "isprime", "totient", "divisors", "sqf", "real_root",
            "asin", "acos", "atan", "sinh", "cosh", "tanh", "erf");
    private static final Set<String> GREEK = Set.of("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta",
            "theta", "iota", "kappa", "lamda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "tau", "upsilon", "phi",
            "chi", "psi", "omega");

    private enum Kind { ATOM, FUNC, LPAREN, RPAREN, OP, BANG }

    private record Tok(Kind kind, String text, Expr atom) {
    }

    private final List<Tok> toks;
    private int pos;
    private int depth;
    private final Deadline deadline;

    private SympyParser(List<Tok> toks, Deadline deadline) {
        this.toks = toks;
        this.deadline = deadline;
    }

    /** Parses {@code text}; throws {@link Unsupported} where the reference raises or this port cannot follow. */
    static Expr parse(String text, Deadline deadline) {
        List<Tok> toks = implicitMultiplication(tokenize(text.replace("^", "**")));
        SympyParser p = new SympyParser(toks, deadline);
        Expr e = p.expression();
        if (p.pos != toks.size()) {
            throw new Unsupported("unexpected " + toks.get(p.pos).text());
        }
        return e;
    }

    // ------------------------------------------------------------------------------------------- tokenizer

    private static List<Tok> tokenize(String s) {
        List<Tok> out = new ArrayList<>();
        Matcher num = NUMBER.matcher(s);
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\r') {
                i++; // the whole expression sits inside parentheses, where Python ignores line breaks
                continue;
            }
            if ((c >= '0' && c <= '9') || (c == '.' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1)))) {
                num.region(i, s.length());
                if (!num.lookingAt()) {
                    throw new Unsupported("bad number");
                }
                out.add(new Tok(Kind.ATOM, num.group(), numberAtom(num)));
                i = num.end();
                continue;
            }
            int cp = s.codePointAt(i);
            if (cp == '_' || Character.isUnicodeIdentifierStart(cp)) {
                int j = i + Character.charCount(cp);
                while (j < s.length() && (s.codePointAt(j) == '_' || Character.isUnicodeIdentifierPart(s.codePointAt(j)))
                        && !Character.isIdentifierIgnorable(s.codePointAt(j))) {
                    j += Character.charCount(s.codePointAt(j));
                }
                boolean callNext = j < s.length() && s.charAt(j) == '(';
                nameTokens(s.substring(i, j), callNext, out);
                i = j;
                continue;
            }
            if (s.startsWith("**", i)) {
                out.add(new Tok(Kind.OP, "**", null));
                i += 2;
                continue;
            }
            switch (c) {
                case '+', '-', '*', '/' -> {
                    if (c == '/' && s.startsWith("//", i)) {
                        throw new Unsupported("floor division");
                    }
                    out.add(new Tok(Kind.OP, String.valueOf(c), null));
                }
                case '(' -> out.add(new Tok(Kind.LPAREN, "(", null));
                case ')' -> out.add(new Tok(Kind.RPAREN, ")", null));
                case '!' -> {
                    if (s.startsWith("!=", i)) {
                        throw new Unsupported("comparison");
                    }
                    out.add(new Tok(Kind.BANG, "!", null));
                }
                default -> throw new Unsupported("character " + c);
            }
            i++;
        }
        return out;
    }

    private static Expr numberAtom(Matcher m) {
        String text = m.group().replace("_", "");
        GradingBudget.checkLength(text, GradingBudget.MAX_LITERAL_DIGITS, "number literal");
        if (m.group("imag") != null) {
            String mag = text.substring(0, text.length() - 1);
            Expr.Num magnitude = mag.contains(".") || mag.contains("e") || mag.contains("E") ? Expr.Num.ofFloat(mag)
                    : new Expr.Num(Rational.ofDecimal(SympyFloat.decimal(mag)));
            return new Expr.Bin('*', magnitude, new Expr.Imag());
        }
        if (m.group("float") != null) {
            return Expr.Num.ofFloat(text);
        }
        if (m.group("hex") != null) {
            return new Expr.Num(new Rational(new BigInteger(text.substring(2), 16), BigInteger.ONE));
        }
        if (m.group("bin") != null) {
            return new Expr.Num(new Rational(new BigInteger(text.substring(2), 2), BigInteger.ONE));
        }
        if (m.group("oct") != null) {
            return new Expr.Num(new Rational(new BigInteger(text.substring(2), 8), BigInteger.ONE));
        }
        return new Expr.Num(new Rational(new BigInteger(text), BigInteger.ONE));
    }

    /** A Python name: a sympy function or constant, or symbols (split into letters unless unsplittable). */
    private static void nameTokens(String name, boolean callNext, List<Tok> out) {
        if (KEYWORDS.contains(name)) {
            throw new Unsupported("keyword " + name);
        }
        switch (name) {
            case "sqrt", "ln", "log" -> {
                out.add(new Tok(Kind.FUNC, name.equals("ln") ? "log" : name, null));
                return;
            }
            case "pi" -> {
                out.add(new Tok(Kind.ATOM, name, new Expr.Pi()));
                return;
            }
            default -> {
            }
        }
        if (OTHER_KNOWN_NAMES.contains(name)) {
            throw new Unsupported("function " + name);
        }
        boolean splittable = name.indexOf('_') < 0 && !GREEK.contains(name) && name.codePointCount(0, name.length()) > 1;
        if (!splittable) {
            out.add(new Tok(Kind.ATOM, name, new Expr.Sym(name)));
            return;
        }
        int i = 0;
        while (i < name.length()) {
            int cp = name.codePointAt(i);
            if (Character.isDigit(cp)) {
                if (cp > '9') {
                    // sympy splits the name but cannot parse Number('٥'); the input is unparseable there too
                    throw new Unsupported("non-ASCII digit in a name");
                }
                int j = i;
                while (j < name.length() && name.charAt(j) >= '0' && name.charAt(j) <= '9') {
                    j++;
                }
                String digits = name.substring(i, j);
                out.add(new Tok(Kind.ATOM, digits, new Expr.Num(new Rational(new BigInteger(digits), BigInteger.ONE))));
                i = j;
            } else {
                String ch = new String(Character.toChars(cp));
                out.add(new Tok(Kind.ATOM, ch, new Expr.Sym(ch)));
                i += Character.charCount(cp);
            }
        }
    }

    /** Inserts '*' where sympy's implicit multiplication does: after an operand, before an operand or '('. */
    private static List<Tok> implicitMultiplication(List<Tok> in) {
        List<Tok> out = new ArrayList<>(in.size() * 2);
        for (int i = 0; i < in.size(); i++) {
            Tok t = in.get(i);
            if (i > 0) {
                Tok prev = in.get(i - 1);
                boolean prevEnds = prev.kind() == Kind.ATOM || prev.kind() == Kind.RPAREN || prev.kind() == Kind.BANG;
                boolean nextStarts = t.kind() == Kind.ATOM || t.kind() == Kind.FUNC || t.kind() == Kind.LPAREN;
                if (prevEnds && nextStarts) {
                    out.add(new Tok(Kind.OP, "*", null));
                }
            }
            if (t.kind() == Kind.FUNC && (i + 1 >= in.size() || in.get(i + 1).kind() != Kind.LPAREN)) {
                throw new Unsupported("function without parentheses");
            }
            out.add(t);
        }
        return out;
    }

    // ---------------------------------------------------------------------------------------------- parser

    private Tok peek() {
        return pos < toks.size() ? toks.get(pos) : null;
    }

    private boolean atOp(String op) {
        Tok t = peek();
        return t != null && t.kind() == Kind.OP && t.text().equals(op);
    }

    private Expr expression() {
        deadline.check();
        if (++depth > 400) {
            throw new Unsupported("too deeply nested");
        }
        Expr left = term();
        StringBuilder ops = new StringBuilder();
        List<Expr> rest = new ArrayList<>();
        while (atOp("+") || atOp("-")) {
            ops.append(toks.get(pos++).text().charAt(0));
            rest.add(term());
        }
        depth--;
        return chain(left, ops, rest);
    }

    private Expr term() {
        Expr left = factor();
        StringBuilder ops = new StringBuilder();
        List<Expr> rest = new ArrayList<>();
        while (atOp("*") || atOp("/")) {
            ops.append(toks.get(pos++).text().charAt(0));
            rest.add(factor());
        }
        return chain(left, ops, rest);
    }

    private static Expr chain(Expr first, StringBuilder ops, List<Expr> rest) {
        if (rest.isEmpty()) {
            return first;
        }
        if (rest.size() == 1) {
            return new Expr.Bin(ops.charAt(0), first, rest.get(0));
        }
        return new Expr.Chain(first, ops.toString(), List.copyOf(rest));
    }

    private Expr factor() {
        boolean negative = false;
        while (atOp("-") || atOp("+")) {
            negative ^= toks.get(pos++).text().equals("-");
        }
        Expr e = power();
        return negative ? new Expr.Neg(e) : e;
    }

    private Expr power() {
        Expr base = postfix();
        if (atOp("**")) {
            pos++;
            if (++depth > 400) {
                throw new Unsupported("too deeply nested");
            }
            Expr exponent = factor();
            depth--;
            return new Expr.Bin('^', base, exponent);
        }
        return base;
    }

    static boolean isFloatLiteral(Expr e) {
        return e instanceof Expr.Num n && n.fromFloat() || e instanceof Expr.Neg neg && isFloatLiteral(neg.arg());
    }

    private Expr postfix() {
        Expr e = primary();
        while (peek() != null && peek().kind() == Kind.BANG) {
            pos++;
            boolean dbl = peek() != null && peek().kind() == Kind.BANG;
            if (dbl) {
                pos++; // sympy reads "!!" as the double factorial
            }
            e = new Expr.Call(dbl ? "factorial2" : "factorial", e);
        }
        return e;
    }

    private Expr primary() {
        Tok t = peek();
        if (t == null) {
            throw new Unsupported("unexpected end");
        }
        pos++;
        switch (t.kind()) {
            case ATOM:
                return t.atom();
            case FUNC: {
                pos++; // '('
                Expr arg = expression();
                expectClose();
                return new Expr.Call(t.text(), arg);
            }
            case LPAREN: {
                Expr inner = expression();
                expectClose();
                return inner;
            }
            default:
                throw new Unsupported("unexpected " + t.text());
        }
    }

    private void expectClose() {
        Tok t = peek();
        if (t == null || t.kind() != Kind.RPAREN) {
            throw new Unsupported("missing )");
        }
        pos++;
    }
}
