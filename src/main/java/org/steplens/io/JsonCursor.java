package org.steplens.io;

import ch.randelshofer.fastdoubleparser.JsonDoubleParser;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.steplens.io.cache.BlockText;

/**
 * Reads JSON values straight from the bytes of one line, for the fast paths of the common record shapes: no token
 * objects, no char buffers, strings compared and copied as bytes. It reads only what it is sure of (strict JSON,
 * well-formed UTF-8, numbers whose double value is unambiguous); anything else throws {@link NotCommon} and the
 * caller hands the line to the JSON tree reader, which decodes it exactly or reports what is wrong. So the two paths
 * never disagree: this one either gives the tree reader's values or gives up. One cursor per thread.
 */
final class JsonCursor {
    /** The line is not of the shape this reader is sure of (no stack trace: it is control flow, and common). */
    static final class NotCommon extends RuntimeException {
        static final NotCommon INSTANCE = new NotCommon();

        private NotCommon() {
            super("not of the common shape", null, false, false);
        }
    }

    /** Numbers longer than this are left to the tree reader (which applies Jackson's limits and messages). */
    private static final int MAX_NUMBER_CHARS = 40;

    private byte[] b;
    private int at;
    private int end;
    /** Where the content of the last string or key read ends (its closing quote). */
    private int stringEnd;
    private String lastDecoded;
    private byte[] scratch = new byte[256];

    /** Starts reading {@code line[from, to)}. */
    void reset(byte[] line, int from, int to) {
        b = line;
        at = from;
        end = to;
    }

    static NotCommon notCommon() {
        return NotCommon.INSTANCE;
    }

    /** The next byte after white space (not '\n': lines are records), not consumed; -1 at the end. */
    int peek() {
        // The common spellings put no space or one space before a value or key: decided here without a loop, so
        // the reader's compiled code (where this is inlined some forty times) stays small and compiles fast.
        int i = at;
        if (i < end && b[i] == ' ') {
            i++;
        }
        if (i < end) {
            byte c = b[i];
            if (c > ' ') { // printable ASCII; bytes of 0x80 and more are negative and go the long way
                at = i;
                return c;
            }
        }
        return peekPastSpaces(i);
    }

    /** {@link #peek} past any run of white space from {@code i}. */
    private int peekPastSpaces(int i) {
        byte[] bytes = b;
        while (i < end) {
            byte c = bytes[i];
            if (c != ' ' && c != '\t' && c != '\r') { // a line's '\n' ends it: see lineEnd()
                at = i;
                return c;
            }
            i++;
        }
        at = i;
        return -1;
    }

    /** Consumes {@code c} (after white space), or gives up. */
    void expect(char c) {
        if (peek() != c) {
            throw notCommon();
        }
        at++;
    }

    /** Consumes {@code c} when it comes next (after white space). */
    boolean consume(char c) {
        if (peek() == c) {
            at++;
            return true;
        }
        return false;
    }

    /** A short ASCII text that comes next in the common spelling of a record, compared as one eight-byte word. */
    static final class Literal {
        private final byte[] bytes;
        private final long word;
        private final long mask;

        Literal(String text) {
            bytes = text.getBytes(StandardCharsets.US_ASCII);
            if (bytes.length == 0 || bytes.length > 8) {
                throw new IllegalArgumentException("a literal of 1 to 8 bytes: " + text);
            }
            long w = 0;
            for (int i = 0; i < bytes.length; i++) {
                w |= (bytes[i] & 0xFFL) << 8 * i;
            }
            word = w;
            mask = bytes.length == 8 ? -1L : (1L << 8 * bytes.length) - 1;
        }
    }

    /** Consumes exactly {@code literal} (no white space skipped) when it comes next. */
    boolean consume(Literal literal) {
        int n = literal.bytes.length;
        boolean found = at + 8 <= end ? (ByteScan.word(b, at) & literal.mask) == literal.word
                : at + n <= end && Arrays.equals(literal.bytes, 0, n, b, at, at + n);
        if (found) {
            at += n;
        }
        return found;
    }

    /** Where reading stands, for {@link #seek}. */
    int position() {
        return at;
    }

    /** Goes back to a {@link #position} (to read the same bytes another way). */
    void seek(int position) {
        at = position;
    }

    /** Consumes a {@code null} when one comes next. */
    boolean consumeNull() {
        if (peek() != 'n') {
            return false;
        }
        literal("null");
        return true;
    }

    boolean bool() {
        int c = peek();
        if (c == 't') {
            literal("true");
            return true;
        }
        if (c == 'f') {
            literal("false");
            return false;
        }
        throw notCommon();
    }

    private void literal(String word) {
        int n = word.length();
        if (at + n > end) {
            throw notCommon();
        }
        for (int i = 0; i < n; i++) {
            if (b[at + i] != word.charAt(i)) {
                throw notCommon();
            }
        }
        at += n; // "nullx" fails at the next expect()
    }

    /**
     * Reads a key: a string of plain ASCII without escapes (anything else gives up). Returns where its content
     * starts; {@link #is} then compares it.
     */
    int key() {
        expect('"');
        int start = at;
        int i = start;
        while (i < end) {
            byte c = b[i];
            if (c == '"') {
                stringEnd = i;
                at = i + 1;
                return start;
            }
            if (c < 0x20 || c == '\\') { // c < 0x20 covers bytes of 0x80 and more (negative)
                break;
            }
            i++;
        }
        throw notCommon();
    }

    /** Reads a string and returns its text. */
    String string() {
        int start = stringStart();
        int n = decodeInto(scratch(end - start), 0);
        return new String(scratch, 0, n, StandardCharsets.UTF_8);
    }

    /** Reads a string and appends its text to {@code out} as UTF-8. */
    void appendString(BlockText out) {
        int length = out.length();
        byte[] room = out.room(end - stringStart() + 8);
        out.setLength(decodeInto(room, length));
    }

    /**
     * Reads a string that is byte for byte {@code raw} (the content of a string read before), without checking it
     * again; false (nothing read) when the next value is anything else.
     */
    boolean sameString(byte[] raw) {
        if (raw == null || peek() != '"') {
            return false;
        }
        int start = at + 1;
        // One branch, on a sum of differences: a value that changes is rare (a new problem every ~1,860 lines), and
        // a rarely taken branch inside the compiled reader costs a deoptimisation and a second compilation of it
        // (~1 s of CPU) the first time it is taken. The quote after an earlier string's content is its closing
        // quote: that content cannot end in a lone backslash.
        int close = Math.min(start + raw.length, end);
        int differs = Arrays.mismatch(raw, 0, raw.length, b, start, close) + 1 // 0 when all bytes are equal
                | close - start - raw.length // the line ends first
                | (end - 1 - close) >>> 31 // no room for the closing quote
                | b[Math.min(close, end - 1)] ^ '"';
        if (differs != 0) {
            return false;
        }
        at = close + 1;
        return true;
    }

    /**
     * Reads a string, keeping its raw content for {@link #sameString} later: returns the raw bytes, and the decoded
     * text through {@link #lastDecoded}.
     */
    byte[] rawString() {
        int start = stringStart();
        int n = decodeInto(scratch(end - start), 0);
        lastDecoded = new String(scratch, 0, n, StandardCharsets.UTF_8);
        return Arrays.copyOfRange(b, start, stringEnd);
    }

    /** The text of the string {@link #rawString} read last. */
    String lastDecoded() {
        return lastDecoded;
    }

    /** Whether the last key read is exactly the ASCII text {@code s}. */
    boolean is(int start, String s) {
        int n = stringEnd - start;
        if (n != s.length()) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (b[start + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Consumes the opening quote of a string; returns where its content starts. */
    private int stringStart() {
        expect('"');
        return at;
    }

    private byte[] scratch(int bytes) {
        if (scratch.length < bytes + 8) {
            scratch = new byte[Math.max(bytes + 8, scratch.length * 2)];
        }
        return scratch;
    }

    /**
     * Decodes the string whose content starts at {@link #at} into {@code out} from {@code n} as UTF-8, checking it
     * (escapes valid, no raw control characters, UTF-8 well formed); moves past the closing quote and returns the
     * new length. {@code out} needs room for the content's bytes plus 8 from {@code n} (text never grows when
     * decoded; plain runs are copied eight bytes at a time).
     */
    private int decodeInto(byte[] out, int n) {
        int i = at;
        while (true) {
            while (i + 8 <= end) { // eight bytes at a time up to the first byte that is not plain
                long word = ByteScan.word(b, i);
                ByteScan.putWord(out, n, word); // bytes past a special one are overwritten later
                long special = ByteScan.plainRunEnds(word);
                if (special != 0) {
                    int plain = Long.numberOfTrailingZeros(special) >>> 3;
                    i += plain;
                    n += plain;
                    break;
                }
                i += 8;
                n += 8;
            }
            if (i >= end) {
                throw notCommon(); // no closing quote
            }
            byte c = b[i];
            if (c >= 0x20 && c != '"' && c != '\\') { // plain (a false hit of the eight-byte test)
                out[n++] = c;
                i++;
            } else if (c == '"') {
                stringEnd = i;
                at = i + 1;
                return n;
            } else if (c == '\\') {
                if (i + 1 >= end) {
                    throw notCommon();
                }
                byte e = b[i + 1];
                if (e == 'u') {
                    int cp = unicodeEscape(i);
                    n = Utf8.encode(cp, out, n);
                    i += Character.isBmpCodePoint(cp) ? 6 : 12;
                    continue;
                }
                out[n++] = switch (e) {
                    case '"', '\\', '/' -> e;
                    case 'b' -> '\b';
                    case 'f' -> '\f';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    default -> throw notCommon();
                };
                i += 2;
            } else if (c < 0 && c >= -64) { // a UTF-8 lead byte (0xC0..0xFF)
                int length = Utf8.sequenceLength(b, i, end);
                System.arraycopy(b, i, out, n, length);
                i += length;
                n += length;
            } else {
                throw notCommon(); // a control character, or a stray continuation byte
            }
        }
    }

    /**
     * The code point of the \\u escape at {@code slash}, with its low half when it is a high surrogate (then 12
     * bytes long, else 6). A lone surrogate, which UTF-8 cannot hold, gives up.
     */
    private int unicodeEscape(int slash) {
        int unit = hexUnit(slash);
        if (!Character.isSurrogate((char) unit)) {
            return unit;
        }
        int next = slash + 6;
        if (!Character.isHighSurrogate((char) unit) || next + 6 > end || b[next] != '\\' || b[next + 1] != 'u') {
            throw notCommon();
        }
        int low = hexUnit(next);
        if (!Character.isLowSurrogate((char) low)) {
            throw notCommon();
        }
        return Character.toCodePoint((char) unit, (char) low);
    }

    /** The four hex digits after the backslash-u at {@code slash}. */
    private int hexUnit(int slash) {
        if (slash + 6 > end) {
            throw notCommon();
        }
        int unit = 0;
        for (int k = slash + 2; k < slash + 6; k++) {
            int h = hex(b[k]);
            if (h < 0) {
                throw notCommon();
            }
            unit = unit << 4 | h;
        }
        return unit;
    }

    private static int hex(byte c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /**
     * A JSON number as the tree reader's double, read in one pass (eight digits at a time): an integer of up to 18
     * digits exactly (so "-0" is 0.0, as Jackson reads an integer); any other number correctly rounded, by
     * Clinger's fast path when the significand and the power of ten are exact doubles, by {@link ExactQuotient}
     * for up to 18 significant digits over a power of ten down to 10^-22 (a probability's 17 digits), else by
     * FastDoubleParser. Longer integers give up.
     */
    double number() {
        peek();
        int start = at;
        int i = at;
        boolean negative = i < end && b[i] == '-';
        if (negative) {
            i++;
        }
        int intStart = i;
        long digits = 0;
        for (int d; i < end && (d = b[i] - '0') >= 0 && d <= 9; i++) {
            digits = digits * 10 + d;
        }
        int intDigits = i - intStart;
        if (intDigits == 0 || intDigits > 1 && b[intStart] == '0') {
            throw notCommon(); // no digits, or a leading zero
        }
        int significant = digits == 0 ? 0 : intDigits;
        int fractionDigits = 0;
        boolean integer = true;
        if (i < end && b[i] == '.') {
            integer = false;
            int fraction = ++i;
            if (digits == 0) {
                while (i < end && b[i] == '0') {
                    i++; // zeros before the first significant digit
                }
            }
            int from = i;
            for (long word; i + 8 <= end && isEightDigits(word = ByteScan.word(b, i)); i += 8) {
                digits = digits * 100_000_000 + eightDigits(word); // may overflow past 18 digits: then unused
            }
            for (int d; i < end && (d = b[i] - '0') >= 0 && d <= 9; i++) {
                digits = digits * 10 + d;
            }
            fractionDigits = i - fraction;
            if (fractionDigits == 0) {
                throw notCommon();
            }
            significant += i - from;
        }
        int exponent = 0;
        boolean hugeExponent = false;
        if (i < end && (b[i] == 'e' || b[i] == 'E')) {
            integer = false;
            i++;
            boolean negativeExponent = i < end && b[i] == '-';
            if (i < end && (b[i] == '+' || b[i] == '-')) {
                i++;
            }
            int exponentStart = i;
            for (int d; i < end && (d = b[i] - '0') >= 0 && d <= 9; i++) {
                if (exponent < 100_000) {
                    exponent = exponent * 10 + d;
                } else {
                    hugeExponent = true;
                }
            }
            if (i == exponentStart) {
                throw notCommon();
            }
            exponent = negativeExponent ? -exponent : exponent;
        }
        if (i - start > MAX_NUMBER_CHARS) {
            throw notCommon();
        }
        at = i;
        if (integer) {
            if (intDigits > 18) {
                throw notCommon(); // Jackson reads it as a long or a BigInteger: the tree reader decides
            }
            return negative ? -digits : digits;
        }
        int power = exponent - fractionDigits;
        double value;
        if (significant > 18 || hugeExponent || Math.abs(power) > ExactQuotient.MAX_POWER) {
            return JsonDoubleParser.parseDouble(b, start, i - start); // rare: many digits, a far exponent
        } else if (digits == 0) {
            value = 0;
        } else if (digits <= MAX_EXACT_INTEGER) { // Clinger: both exact, so one correct rounding
            value = power < 0 ? digits / ExactQuotient.powerOfTen(-power) : digits * ExactQuotient.powerOfTen(power);
        } else if (power < 0) {
            value = ExactQuotient.of(digits, -power);
        } else {
            return JsonDoubleParser.parseDouble(b, start, i - start);
        }
        return negative ? -value : value;
    }

    /** Integers up to 2^53 are exact doubles. */
    private static final long MAX_EXACT_INTEGER = 1L << 53;

    /** Whether the eight bytes {@code x} are all ASCII digits. */
    private static boolean isEightDigits(long x) {
        return ((x & 0xF0F0F0F0F0F0F0F0L) | (((x + 0x0606060606060606L) & 0xF0F0F0F0F0F0F0F0L) >>> 4))
                == 0x3333333333333333L;
    }

    /** The value of eight ASCII digits (the first in the lowest byte), by pairwise multiply-adds. */
    private static long eightDigits(long x) {
        long v = x - 0x3030303030303030L;
        v = v * 10 + (v >>> 8); // pairs of digits in every other byte
        return ((v & 0x000000FF000000FFL) * (100 + (1_000_000L << 32))
                + ((v >>> 16) & 0x000000FF000000FFL) * (1 + (10_000L << 32))) >>> 32;
    }

    /** The JSON integer {@code b[from, to)}: optional minus, no leading zero, at most {@code maxDigits} digits. */
    private long integerAt(int from, int to, int maxDigits) {
        boolean negative = b[from] == '-';
        int digitsStart = negative ? from + 1 : from;
        int n = to - digitsStart;
        if (n == 0 || n > maxDigits || n > 1 && b[digitsStart] == '0') {
            throw notCommon();
        }
        long v = 0;
        for (int k = digitsStart; k < to; k++) {
            int d = b[k] - '0';
            if (d < 0 || d > 9) {
                throw notCommon();
            }
            v = v * 10 + d;
        }
        return negative ? -v : v;
    }

    /** A JSON integer that fits an int (Jackson's INT); anything else gives up. */
    int integer() {
        peek();
        int start = at;
        int i = at;
        while (i < end && (b[i] >= '0' && b[i] <= '9' || b[i] == '-')) {
            i++;
        }
        if (i == start || i < end && (b[i] == '.' || b[i] == 'e' || b[i] == 'E')) {
            throw notCommon();
        }
        at = i;
        return (int) integerAt(start, i, 9); // 10 digits may still be an int, but the tree reader decides those
    }

    /**
     * After a record: where its line ends, the index of the '\n' (or of the end of the bytes), when only white
     * space comes before it; else gives up.
     */
    int lineEnd() {
        // peekPastSpaces directly, not through peek(): this is the one common place where a line's end is reached,
        // and keeping peek's own call of it cold keeps that loop out of the many places peek is inlined
        int c = peekPastSpaces(at);
        if (c < 0) {
            return end;
        }
        if (c != '\n') {
            throw notCommon();
        }
        return at;
    }
}
