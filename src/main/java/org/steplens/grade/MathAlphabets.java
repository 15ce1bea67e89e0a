package org.steplens.grade;

import java.util.Map;

/** Unicode mathematical alphabets ({@code \mathbf}, {@code \mathbb}, ...), as the LaTeX-to-text step renders them. */
final class MathAlphabets {
    private MathAlphabets() {
    }

    private static final Map<String, int[]> OFFSETS = Map.ofEntries(
            Map.entry("bold", new int[] {0x1D400, 0x1D41A}), Map.entry("italic", new int[] {0x1D434, 0x1D44E}),
            Map.entry("script", new int[] {0x1D49C, 0x1D4B6}), Map.entry("fraktur", new int[] {0x1D504, 0x1D51E}),
            Map.entry("doublestruck", new int[] {0x1D538, 0x1D552}), Map.entry("sans", new int[] {0x1D5A0, 0x1D5BA}),
            Map.entry("monospace", new int[] {0x1D670, 0x1D68A}));

    private static final Map<String, Map<Character, Integer>> EXCEPTIONS = Map.of(
            "italic", Map.of('h', 0x210E),
            "script", Map.ofEntries(Map.entry('B', 0x212C), Map.entry('E', 0x2130), Map.entry('F', 0x2131),
                    Map.entry('H', 0x210B), Map.entry('I', 0x2110), Map.entry('L', 0x2112), Map.entry('M', 0x2133),
                    Map.entry('R', 0x211B), Map.entry('e', 0x212F), Map.entry('g', 0x210A), Map.entry('o', 0x2134)),
            "fraktur", Map.of('C', 0x212D, 'H', 0x210C, 'I', 0x2111, 'R', 0x211C, 'Z', 0x2128),
            "doublestruck", Map.of('C', 0x2102, 'H', 0x210D, 'N', 0x2115, 'P', 0x2119, 'Q', 0x211A, 'R', 0x211D,
                    'Z', 0x2124));

    static String apply(String text, String style) {
        int[] offsets = OFFSETS.get(style);
        Map<Character, Integer> exceptions = EXCEPTIONS.getOrDefault(style, Map.of());
        StringBuilder sb = new StringBuilder(text.length() * 2);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            Integer ex = exceptions.get(c);
            if (ex != null) {
                sb.appendCodePoint(ex);
            } else if (c >= 'A' && c <= 'Z') {
                sb.appendCodePoint(offsets[0] + c - 'A');
            } else if (c >= 'a' && c <= 'z') {
                sb.appendCodePoint(offsets[1] + c - 'a');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
