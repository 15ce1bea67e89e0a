package org.steplens.grade;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the final answer in a solution's text. Four conventions are recognised, and the one that occurs last in
 * the text wins:
 * <ul>
 *   <li>{@code \boxed{...}} (nested braces), {@code \boxed 5}, and {@code \fbox{...}}: the last one;</li>
 *   <li>PRM800K's {@code # Answer} section: the text after the heading;</li>
 *   <li>Math-Shepherd's {@code The answer is: X} (step tag {@code ки} and a closing period dropped);</li>
 *   <li>GSM8K's {@code #### X}.</li>
 * </ul>
 * A text with none of these, or with an empty one, has no answer.
 */
public final class AnswerExtractor {
    private static final Pattern ANSWER_HEADING = Pattern.compile("(?m)^#\\s*Answer\\s*$");
    private static final Pattern THE_ANSWER_IS = Pattern.compile("(?i)the (?:final )?answer is\\s*:?");
    private static final Pattern GSM8K = Pattern.compile("(?m)^\\s*####");

    private AnswerExtractor() {
    }

    /** The final answer, or empty when the text states none. */
    public static Optional<String> extract(String solutionText) {
        if (solutionText == null || solutionText.isEmpty()) {
            return Optional.empty();
        }
        Candidate best = null;
        best = later(best, boxed(solutionText));
        best = later(best, afterLast(ANSWER_HEADING, solutionText, false));
        best = later(best, afterLast(THE_ANSWER_IS, solutionText, true));
        best = later(best, afterLast(GSM8K, solutionText, true));
        if (best == null) {
            return Optional.empty();
        }
        String answer = best.text().strip();
        return answer.isEmpty() ? Optional.empty() : Optional.of(answer);
    }

    private record Candidate(int position, String text) {
    }

    private static Candidate later(Candidate a, Candidate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.position() >= b.position() ? a : b;
    }

    /** The last {@code \boxed}/{@code \fbox}, or null. */
    private static Candidate boxed(String s) {
        int i = Math.max(s.lastIndexOf("\\boxed"), s.lastIndexOf("\\fbox"));
        if (i < 0) {
            return null;
        }
        int p = i + (s.startsWith("\\boxed", i) ? 6 : 5);
        if (p < s.length() && Character.isLetter(s.charAt(p))) {
            return null; // some other macro, e.g. \boxedthing
        }
        int q = p;
        while (q < s.length() && Character.isWhitespace(s.charAt(q))) {
            q++;
        }
        if (q < s.length() && s.charAt(q) == '{') {
            int depth = 0;
            for (int k = q; k < s.length(); k++) {
                char c = s.charAt(k);
                if (c == '\\' && k + 1 < s.length()) {
                    k++; // an escaped brace does not count
                } else if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    return new Candidate(i, s.substring(q + 1, k));
                }
            }
            return null; // unbalanced
        }
        if (q == p) {
            return null; // "\boxed" directly followed by something that is not an argument
        }
        // "\boxed 5": up to the closing dollar or the end of the line
        int end = q;
        while (end < s.length() && s.charAt(end) != '$' && s.charAt(end) != '\n') {
            end++;
        }
        return new Candidate(i, s.substring(q, end));
    }

    /** The rest after the last match of {@code marker} (the rest of its line when {@code lineOnly}). */
    private static Candidate afterLast(Pattern marker, String s, boolean lineOnly) {
        Matcher m = marker.matcher(s);
        int start = -1;
        int end = -1;
        while (m.find()) {
            start = m.start();
            end = m.end();
        }
        if (start < 0) {
            return null;
        }
        String rest = s.substring(end);
        if (lineOnly) {
            String stripped = rest.stripLeading();
            int nl = stripped.indexOf('\n');
            rest = firstSentence(nl < 0 ? stripped : stripped.substring(0, nl));
        }
        return new Candidate(start, cleanup(rest));
    }

    /**
     * The answer sentence without what follows it: "107. I hope it is correct." is "107.". A sentence ends at a
     * period (or ! or ?) outside math and braces that is followed by a space and a capital letter; "3.5" and
     * "$x. Y$" do not end one.
     */
    static String firstSentence(String line) {
        int depth = 0;
        boolean inDollars = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                i++; // an escaped character (\{, \$, \( ...) neither opens nor ends anything
            } else if (c == '$') {
                inDollars = !inDollars;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth = Math.max(0, depth - 1);
            } else if ((c == '.' || c == '!' || c == '?') && depth == 0 && !inDollars
                    && i + 2 < line.length() && line.charAt(i + 1) == ' ' && Character.isUpperCase(line.charAt(i + 2))) {
                return line.substring(0, i + 1);
            }
        }
        return line;
    }

    /** Drops Math-Shepherd step tags, surrounding math delimiters and a sentence-final period. */
    private static String cleanup(String raw) {
        String t = raw.strip();
        if (t.endsWith("ки")) {
            t = t.substring(0, t.length() - 2).strip();
        }
        if (t.endsWith(".")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        for (String[] pair : DELIMITERS) {
            if (t.length() >= pair[0].length() + pair[1].length() && t.startsWith(pair[0]) && t.endsWith(pair[1])) {
                String inner = t.substring(pair[0].length(), t.length() - pair[1].length());
                // "$a$ and $b$" is not one formula: keep it whole
                if (!inner.contains(pair[0]) && !inner.contains(pair[1])) {
                    t = inner.strip();
                    break;
                }
            }
        }
        return t;
    }

    private static final String[][] DELIMITERS = {{"$$", "$$"}, {"$", "$"}, {"\\(", "\\)"}, {"\\[", "\\]"}};
}
