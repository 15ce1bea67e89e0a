package org.steplens.typeset;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits mixed prose and LaTeX into runs. Understands {@code $…$}, {@code $$…$$}, {@code \(…\)} and
 * {@code \[…\]}; an escaped dollar ({@code \$}) is prose; an unclosed delimiter leaves the rest as prose.
 * LaTeX written without delimiters ({@code \boxed{9}}, {@code \frac{1}{2}=x}, a bare
 * {@code \begin{align}…\end{align}}) is math too: a backslash command with its arguments, up to the next space
 * or sentence punctuation outside braces (an environment up to its end, shown as display math).
 */
public final class MathRuns {
    private MathRuns() {
    }

    public static List<MathRun> split(String text) {
        List<MathRun> runs = new ArrayList<>();
        StringBuilder prose = new StringBuilder();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            String open = null;
            String close = null;
            boolean display = false;
            if (c == '\\' && i + 1 < n) {
                char d = text.charAt(i + 1);
                if (d == '$') {
                    prose.append('$');
                    i += 2;
                    continue;
                }
                if (d == '(') {
                    open = "\\(";
                    close = "\\)";
                } else if (d == '[') {
                    open = "\\[";
                    close = "\\]";
                    display = true;
                } else if (Character.isLetter(d)) {
                    int end = BareLatex.end(text, i);
                    if (end > i) {
                        flush(prose, runs);
                        String latex = text.substring(i, end);
                        runs.add(new MathRun(latex, true, latex.startsWith("\\begin"), latex));
                        i = end;
                        continue;
                    }
                }
            } else if (c == '$') {
                if (i + 1 < n && text.charAt(i + 1) == '$') {
                    open = "$$";
                    close = "$$";
                    display = true;
                } else {
                    open = "$";
                    close = "$";
                }
            }
            if (open == null) {
                prose.append(c);
                i++;
                continue;
            }
            int start = i + open.length();
            int end = findClose(text, start, close);
            if (end < 0) {
                prose.append(text, i, n);
                break;
            }
            String latex = text.substring(start, end);
            if (latex.isBlank()) {
                prose.append(text, i, end + close.length());
            } else {
                flush(prose, runs);
                runs.add(new MathRun(latex.strip(), true, display, text.substring(i, end + close.length())));
            }
            i = end + close.length();
        }
        flush(prose, runs);
        return runs;
    }

    private static int findClose(String text, int from, String close) {
        int i = from;
        while (i < text.length()) {
            int j = text.indexOf(close, i);
            if (j < 0) {
                return -1;
            }
            // "\$" inside $…$ is an escaped dollar, not the end
            if (close.equals("$") && j > 0 && text.charAt(j - 1) == '\\') {
                i = j + 1;
                continue;
            }
            return j;
        }
        return -1;
    }

    private static void flush(StringBuilder prose, List<MathRun> runs) {
        if (!prose.isEmpty()) {
            runs.add(MathRun.prose(prose.toString()));
            prose.setLength(0);
        }
    }
}
