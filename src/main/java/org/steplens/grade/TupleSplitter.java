package org.steplens.grade;

import java.util.ArrayList;
import java.util.List;

/** Splits a normalised tuple or interval such as {@code "(1,2]"} into its elements. */
public final class TupleSplitter {
    private static final String TUPLE_CHARS = "()[]";

    private TupleSplitter() {
    }

    /**
     * The elements: for a string longer than two characters that starts and ends with a bracket and has no
     * bracket inside, the comma-separated parts (trimmed); otherwise the whole string; nothing for "".
     */
    public static List<String> split(String normalized) {
        String expr = NumberRules.stripProperlyFormattedCommas(normalized);
        List<String> elems = new ArrayList<>();
        if (expr.isEmpty()) {
            return elems;
        }
        if (expr.length() > 2 && isTupleChar(expr.charAt(0)) && isTupleChar(expr.charAt(expr.length() - 1))
                && noTupleChar(expr, 1, expr.length() - 1)) {
            for (String part : HendrycksNormalizer.pySplit(expr.substring(1, expr.length() - 1), ",")) {
                elems.add(PyText.strip(part));
            }
        } else {
            elems.add(expr);
        }
        return elems;
    }

    private static boolean isTupleChar(char c) {
        return TUPLE_CHARS.indexOf(c) >= 0;
    }

    private static boolean noTupleChar(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isTupleChar(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
