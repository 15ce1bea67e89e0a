package org.steplens.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level differences between two texts (longest common subsequence over words, whitespace kept with the word
 * before it), for highlighting inside a pair of aligned steps. Texts longer than {@link #MAX_WORDS} words are shown
 * as one removal and one addition rather than risking a huge table.
 */
public final class WordDiff {
    static final int MAX_WORDS = 3000;
    private static final Pattern WORD = Pattern.compile("\\S+\\s*|\\s+");

    /** What a piece of text is in the comparison. */
    public enum Kind { SAME, REMOVED, ADDED }

    /** A run of text of one kind. */
    public record Segment(Kind kind, String text) {
    }

    private WordDiff() {
    }

    public static List<Segment> diff(String left, String right) {
        List<String> a = words(left);
        List<String> b = words(right);
        List<Segment> out = new ArrayList<>();
        if ((long) a.size() * b.size() > (long) MAX_WORDS * MAX_WORDS) {
            add(out, Kind.REMOVED, left);
            add(out, Kind.ADDED, right);
            return out;
        }
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = same(a.get(i), b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && same(a.get(i), b.get(j))) {
                add(out, Kind.SAME, b.get(j));
                i++;
                j++;
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                add(out, Kind.ADDED, b.get(j++));
            } else {
                add(out, Kind.REMOVED, a.get(i++));
            }
        }
        return out;
    }

    /** Words compare without their trailing whitespace. */
    private static boolean same(String x, String y) {
        return x.strip().equals(y.strip());
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Appends, merging with the previous segment of the same kind. */
    private static void add(List<Segment> out, Kind kind, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!out.isEmpty() && out.get(out.size() - 1).kind() == kind) {
            Segment last = out.remove(out.size() - 1);
            out.add(new Segment(kind, last.text() + text));
        } else {
            out.add(new Segment(kind, text));
        }
    }
}
