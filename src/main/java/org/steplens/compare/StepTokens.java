package org.steplens.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Step text as tokens for comparing: words and numbers, LaTeX commands, single symbols; lower case, with math
 * delimiters and spacing commands dropped, so "$x = 2$" and "\(x=2\)" compare equal. At most {@link #MAX_TOKENS}
 * tokens a step, so a pathological step cannot make alignment slow.
 */
final class StepTokens {
    static final int MAX_TOKENS = 4000;
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:\\.\\d+)?|\\\\[a-zA-Z]+|[^\\s\\p{L}\\p{N}]");
    private static final Set<String> IGNORED = Set.of("$", "\\(", "\\)", "\\[", "\\]", "\\left", "\\right", "\\,",
            "\\;", "\\!", "\\quad", "\\qquad", "\\displaystyle", "\\dfrac", "\\tfrac", "{", "}");

    private StepTokens() {
    }

    static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find() && out.size() < MAX_TOKENS) {
            String t = m.group().toLowerCase(Locale.ROOT);
            if (t.equals("\\dfrac") || t.equals("\\tfrac")) {
                t = "\\frac";
            }
            if (!IGNORED.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    static Set<String> set(String text) {
        return new LinkedHashSet<>(of(text));
    }

    /** Jaccard similarity of two token sets: 1 for equal sets (and for two empty steps), 0 for disjoint ones. */
    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        int common = 0;
        for (String t : a) {
            if (b.contains(t)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }
}
